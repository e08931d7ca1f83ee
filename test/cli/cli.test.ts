import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tthc } from '../support/cli.ts';

const FIXTURES = new URL('../core/fixtures/analysis/', import.meta.url).pathname;
const fixture = (name: string) => join(FIXTURES, name);

const scratch = mkdtempSync(join(tmpdir(), 'tthc-cli-'));
function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('tthc analyze', () => {
  it('prints the analysis as JSON with the documented keys', () => {
    // when
    const r = tthc('analyze', fixture('parallel-loop.bpmn'), '--json');

    // then
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({
      steps: 7,
      handoffs: 10,
      units: 5,
      inPersonVisits: 2,
      documentsFromApplicant: 0,
      documentsFromDatabases: 0,
      // the longest path as the step table adds it up (no repeats): 9 days, within the 9-day limit
      feesVnd: 120_000,
      criticalPathWorkingDays: 9,
      statutoryLimitWorkingDays: 9,
      withinStatutoryLimit: true,
      complianceCostPerDossierVnd: 3_000_000,
      dossiersPerYear: 50,
      complianceCostPerYearVnd: 150_000_000,
    });
    // only hints: the decisions lack the variables an engine needs
    expect(a.warnings.map((w: { code: string }) => w.code)).toEqual([
      'decisionWithoutVariable',
      'decisionWithoutVariable',
    ]);
  });

  it('takes the cost method, hourly income and dossiers per year from options', () => {
    const r = tthc(
      'analyze',
      fixture('parallel-loop.bpmn'),
      '--json',
      '--method',
      'applicant-hours',
      '--hourly-income',
      '30000',
      '--dossiers-per-year',
      '100',
    );
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    // 4.5 h × 30,000 + 120,000 = 255,000 per dossier; × 100
    expect([a.costMethod, a.complianceCostPerDossierVnd, a.dossiersPerYear, a.complianceCostPerYearVnd]).toEqual([
      'applicant-hours',
      255_000,
      100,
      25_500_000,
    ]);
  });

  it('prints a readable report with the intermediate numbers of the cost method, in either language', () => {
    const en = tthc('analyze', fixture('linear-lanes.bpmn'));
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/Working hours \(8 h a day\)\s+3 × 8\s+24 h/);
    expect(en.stdout).toMatch(/Cost of the work per dossier\s+24 × 40,000\s+960,000 VND/);
    expect(en.stdout).toMatch(/Compliance cost per year\s+1,010,000 × 120\s+121,200,000 VND/);
    const vi = tthc('analyze', fixture('linear-lanes.bpmn'), '--lang', 'vi');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/Chi phí tuân thủ mỗi năm\s+1\.010\.000 × 120\s+121\.200\.000 đồng/);
    expect(vi.stdout).toContain('trong thời hạn');
  });

  it('gives the promised return date for a receipt time', () => {
    const r = tthc(
      'analyze',
      fixture('linear-lanes.bpmn'),
      '--json',
      '--submitted-at',
      '2026-02-12T16:30',
      '--cut-off',
      '15h',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).returnDate).toMatchObject({
      countingStartsAt: '2026-02-13T07:00',
      dueAt: '2026-02-24T17:00',
    });
    expect(tthc('analyze', fixture('linear-lanes.bpmn'), '--submitted-at', 'tomorrow').code).toBe(2);
  });

  it('exits with 2 and a clear message for an empty file, a non-BPMN file and a missing file', () => {
    const empty = tthc('analyze', file('empty.bpmn', ''));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('The file is empty');
    expect(empty.stdout).toBe('');

    const notBpmn = tthc('analyze', file('note.xml', '<?xml version="1.0"?><note><to>A</to></note>'));
    expect(notBpmn.code).toBe(2);
    expect(notBpmn.stderr).toContain('not a BPMN 2.0 diagram');

    const notXml = tthc('analyze', file('text.bpmn', 'hello, world'), '--lang', 'vi');
    expect(notXml.code).toBe(2);
    expect(notXml.stderr).toContain('Tệp không phải XML hợp lệ');

    const missing = tthc('analyze', join(scratch, 'nope.bpmn'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('exits with 2 for bad arguments', () => {
    expect(tthc('analyze').code).toBe(2);
    expect(tthc('analyze', fixture('linear-lanes.bpmn'), '--method', 'guess').stderr).toContain(
      '--method must be one of processing-time|applicant-hours',
    );
    expect(tthc('analyze', fixture('linear-lanes.bpmn'), '--hourly-income', 'lots').code).toBe(2);
    expect(tthc('analyze', fixture('linear-lanes.bpmn'), '--colour').code).toBe(2);
    expect(tthc('analyze', fixture('linear-lanes.bpmn'), '--lang', 'fr').code).toBe(2);
  });
});

describe('tthc simulate', () => {
  it('prints reproducible statistics as JSON', () => {
    // when run twice with the same seed
    const a = tthc('simulate', fixture('parallel-loop.bpmn'), '--runs', '5000', '--seed', '42', '--json');
    const b = tthc('simulate', fixture('parallel-loop.bpmn'), '--runs', '5000', '--seed', '42', '--json');

    // then
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const r = JSON.parse(a.stdout);
    expect(r).toMatchObject({ runs: 5000, seed: 42, statutoryLimitWorkingDays: 9, costMethod: 'processing-time' });
    expect(Math.abs(r.meanWorkingDays - 10.486111)).toBeLessThan(0.1);
    expect(r.histogram.bins.reduce((s: number, bin: { count: number }) => s + bin.count, 0)).toBe(5000);
    for (const key of ['medianWorkingDays', 'p90WorkingDays', 'shareWithinStatutoryLimit', 'expectedCostPerDossierVnd'])
      expect(typeof r[key]).toBe('number');
  });

  it('prints a report with a histogram and rejects bad run counts', () => {
    const r = tthc('simulate', fixture('linear-lanes.bpmn'), '--runs', '100', '--seed', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Simulation: 100 runs, seed 1');
    expect(r.stdout).toContain('Histogram');
    expect(tthc('simulate', fixture('linear-lanes.bpmn'), '--runs', '0').code).toBe(2);
    expect(tthc('simulate', fixture('linear-lanes.bpmn'), '--runs', '2.5').code).toBe(2);
    expect(tthc('simulate', file('empty2.bpmn', '   ')).code).toBe(2);
  });
});

describe('tthc dispatcher', () => {
  it('lists the commands with --help and says what the exit codes mean', () => {
    const r = tthc('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/analyze\s+counts/);
    expect(r.stdout).toMatch(/simulate\s+what-if/);
    expect(r.stdout).toContain('--lang vi|en');
    expect(r.stdout).toContain('default: en');
    expect(tthc('analyze', '--help').stdout).toContain('analyze <file.bpmn>');
  });

  it('exits with 2 for no command or an unknown one', () => {
    expect(tthc().code).toBe(2);
    const r = tthc('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown command "frobnicate"');
  });
});
