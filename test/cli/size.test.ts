import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH } from '@/core/index.ts';
import { chainModel, nestedModel } from '../support/size-models.ts';
import { tthcWith } from '../support/cli.ts';

const CHAIN = 20_000;
const DEPTH = 3_000;
const SLOW = { timeout: 900_000 };

const tthc = (...args: string[]) => tthcWith({ timeout: 800_000, maxBuffer: 256 * 1024 * 1024 }, ...args);

/** No stack overflow and no stack trace in anything the command printed. */
function expectNoTrace(r: { stdout: string; stderr: string }): void {
  const all = r.stdout + r.stderr;
  expect(all).not.toContain('RangeError');
  expect(all).not.toMatch(/^\s+at .+[(:]\d+/m);
}

const scratch = mkdtempSync(join(tmpdir(), 'tthc-size-'));

/** Export the chain for `target` through the CLI, with no trace; the one file written. */
function exportChain(target: string): string {
  const out = join(scratch, `out-chain-${target}`);
  mkdirSync(out);
  const r = tthc('export', chain, '--target', target, '--out', out);
  expectNoTrace(r);
  expect(r.code).toBe(0);
  const [file] = readdirSync(out);
  return readFileSync(join(out, file as string), 'utf8');
}
const chain = join(scratch, 'chain.bpmn');
const nested = join(scratch, 'nested.bpmn');
writeFileSync(chain, chainModel(CHAIN, { di: true }));
writeFileSync(nested, nestedModel(DEPTH, { di: true }));

describe(`the CLI on a ${CHAIN.toLocaleString('en')}-step chain`, () => {
  it('analyses it: the longest path is every step once', SLOW, () => {
    const r = tthc('analyze', chain, '--json', '--max-paths', '2');
    expectNoTrace(r);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect([a.steps, a.criticalPathWorkingHours, a.criticalPathWorkingDays]).toEqual([CHAIN, CHAIN, CHAIN / 8]);
    expect(a.time.paths[0].stepIds).toHaveLength(CHAIN);
    expect(a.withinStatutoryLimit).toBe(true);
  });

  it('validates it without problems', SLOW, () => {
    const r = tthc('validate', chain, '--json');
    expectNoTrace(r);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].problems).toEqual([]);
  });

  it('simulates it: every run takes the whole chain', SLOW, () => {
    const r = tthc('simulate', chain, '--json', '--runs', '200');
    expectNoTrace(r);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect([s.meanWorkingDays, s.maxWorkingDays, s.shareWithinStatutoryLimit]).toEqual([CHAIN / 8, CHAIN / 8, 1]);
  });

  it('exports it as a JSON descriptor with every step', SLOW, () => {
    const descriptor = JSON.parse(exportChain('json'));
    expect(descriptor.steps).toHaveLength(CHAIN);
  });

  it('exports it for Camunda 8: every step a user task with its overdue timer drawn', SLOW, () => {
    const xml = exportChain('camunda8');
    expect(xml.match(/<bpmn:userTask /g)).toHaveLength(CHAIN);
    expect(xml.match(/<bpmn:boundaryEvent id="S\d+_Overdue"/g)).toHaveLength(CHAIN);
    expect(xml.match(/<bpmndi:BPMNShape id="S\d+_Overdue_di"/g)).toHaveLength(CHAIN);
  });

  it('compares it with itself: no change', SLOW, () => {
    const r = tthc('compare', chain, chain, '--json');
    expectNoTrace(r);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect([c.added, c.removed, c.changed]).toEqual([[], [], []]);
    expect(c.matched).toHaveLength(2 * CHAIN + 4);
  });
});

describe(`the CLI on a sub-process nested ${DEPTH.toLocaleString('en')} deep`, () => {
  it('analyses it: the one step at the bottom is the longest path', SLOW, () => {
    const r = tthc('analyze', nested, '--json');
    expectNoTrace(r);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect([a.steps, a.criticalPathWorkingHours]).toEqual([1, 1]);
  });

  it('simulates it', SLOW, () => {
    const r = tthc('simulate', nested, '--json', '--runs', '100');
    expectNoTrace(r);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).meanWorkingDays).toBe(1 / 8);
  });

  it('compares it with itself: no change', SLOW, () => {
    const r = tthc('compare', nested, nested, '--json');
    expectNoTrace(r);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect([c.added, c.removed, c.changed]).toEqual([[], [], []]);
  });

  it.each([
    ['validate', [] as string[]],
    ['export', ['--target', 'bpmn-engine', '--out', scratch]],
  ])(
    'refuses to %s it (bpmnlint checks by recursion), with a message in either language and exit code 2',
    SLOW,
    (command, extra) => {
      // levels: definitions, process, 3,000 sub-processes, the step, its extension elements and its facts
      const levels = DEPTH + 5;
      const en = tthc(command, nested, ...extra);
      expectNoTrace(en);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(`nests too deep (${levels} levels`);
      expect(en.stderr).toContain(`up to ${MAX_NESTING_DEPTH} levels`);
      const vi = tthc(command, nested, ...extra, '--lang', 'vi');
      expectNoTrace(vi);
      expect(vi.code).toBe(2);
      expect(vi.stderr).toContain(`Sơ đồ lồng nhau quá sâu (${levels} tầng`);
    },
  );
});
