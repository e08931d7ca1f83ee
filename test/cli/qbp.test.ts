/** `tthc export --target qbp` and `tthc simulate` on a file carrying a BIMP / QBP scenario, run as users do. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesIn, englishIn } from '../support/vietnamese.ts';
import { tthc } from '../support/cli.ts';

const QUEUE = new URL('../core/fixtures/analysis/queue-two-roles.bpmn', import.meta.url).pathname;

/** What BIMP or Prosimos keeps of a file: the diagram and its QBP info, none of the studio's capacity facts. */
function withoutStudioScenario(xml: string): string {
  return xml
    .replace(/<tthc:role [^>]*\/>/g, '')
    .replace(/<tthc:step [^>]*\/>/g, '<tthc:step />')
    .replace(/ dossiersPerYear="\d+"/g, '');
}

/** The staffing and arrivals of a queue simulation's JSON. */
function staffing(out: {
  dossiersPerYear: number;
  utilisation: Array<{ role: string; officers: number; hoursPerDay: number }>;
}) {
  return {
    dossiersPerYear: out.dossiersPerYear,
    roles: out.utilisation.map((u) => [u.role, u.officers, u.hoursPerDay]),
  };
}

describe('tthc and BIMP / QBP scenarios', { timeout: 180_000 }, () => {
  it('exports the scenario as qbp:processSimulationInfo, telling what each file carries', () => {
    // given the two-role fixture (1 desk officer 4 h a day, 2 case officers, 600 dossiers a year)
    const dir = mkdtempSync(join(tmpdir(), 'tthc-qbp-'));

    // when
    const r = tthc('export', QUEUE, '--target', 'qbp', '--out', dir, '--lang', 'vi');

    // then one BPMN file with the QBP extension, named for the input
    expect(r.code).toBe(0);
    const [name, ...others] = readdirSync(dir);
    expect(others).toEqual([]);
    expect(name).toMatch(/queue-two-roles\.qbp\.bpmn$/);
    const xml = readFileSync(join(dir, name as string), 'utf8');
    expect(xml).toContain('xmlns:qbp="http://www.qbp-simulator.com/Schema201212"');
    expect(xml).toMatch(/<qbp:resource id="qbp_resource_L1" name="Một cửa" totalAmount="1"/);
    expect(xml).toMatch(/<qbp:resource id="qbp_resource_L2" name="Công chức" totalAmount="2"/);
    expect(xml).toContain('<tthc:role officers="2"');
    expect(r.stdout).toContain(
      '2 nguồn lực (số cán bộ mỗi làn), thời gian của 2 bước, tỷ lệ của 0 nhánh, hồ sơ đến ngẫu nhiên, trung bình cách nhau 14,6 giờ.',
    );
    expect(r.stdout).toContain('Đã xuất 1 phương án dạng qbp: 1 tệp vào');
  });

  it('round trip: a file exported for BIMP, without the studio facts, simulates with the same staffing and arrivals', () => {
    // given the export, as BIMP would hand it back (its QBP info only)
    const dir = mkdtempSync(join(tmpdir(), 'tthc-qbp-'));
    expect(tthc('export', QUEUE, '--target', 'qbp', '--out', dir).code).toBe(0);
    const exported = join(dir, readdirSync(dir)[0] as string);
    const bimp = join(dir, 'from-bimp.bpmn');
    writeFileSync(bimp, withoutStudioScenario(readFileSync(exported, 'utf8')));
    expect(readFileSync(bimp, 'utf8')).not.toContain('officers=');

    // when the original and the BIMP file are simulated with one seed
    const args = ['--runs', '3', '--seed', '7', '--year', '2026', '--json'];
    const original = tthc('simulate', QUEUE, ...args);
    const fromBimp = tthc('simulate', bimp, ...args);
    const text = tthc('simulate', bimp, '--runs', '1', '--year', '2026');

    // then the BIMP file's scenario is used and named, and gives the same staffing, arrivals and step times
    expect(original.code).toBe(0);
    expect(fromBimp.code).toBe(0);
    const a = JSON.parse(original.stdout);
    const b = JSON.parse(fromBimp.stdout);
    expect(a.scenarioSource).toBe('tthc');
    expect(b.scenarioSource).toBe('qbp');
    expect(b.qbp).toEqual({ steps: 2, roles: 2, outcomes: 0, dossiersPerYear: 600, approximated: [], unmatched: [] });
    expect(staffing(b)).toEqual(staffing(a));
    expect(staffing(b)).toEqual({
      dossiersPerYear: 600,
      roles: [
        ['Một cửa', 1, 4],
        ['Công chức', 2, 8],
      ],
    });
    expect(b.meanWithoutWaitingDays).toBe(a.meanWithoutWaitingDays);
    expect(b.cycleTime).toEqual(a.cycleTime);
    expect(text.stdout).toContain(
      "scenario taken from the file's BIMP/QBP simulation info (qbp:processSimulationInfo), as no lane states its officers: officers for 2 role(s), 2 step time(s), 0 branch share(s), 600 dossiers a year",
    );
    expect(text.stdout).toContain('Queue simulation: 1 simulated years');
  });

  it("keeps the studio's own facts when a lane states officers, and lists BIMP step times it cannot take", () => {
    // given an exported file (its own officers), and a BIMP file with a NORMAL and a negative step time
    const dir = mkdtempSync(join(tmpdir(), 'tthc-qbp-'));
    expect(tthc('export', QUEUE, '--target', 'qbp', '--out', dir).code).toBe(0);
    const exported = join(dir, readdirSync(dir)[0] as string);
    const xml = readFileSync(exported, 'utf8');
    const odd = join(dir, 'odd.bpmn');
    writeFileSync(
      odd,
      withoutStudioScenario(xml)
        .replace(/(<qbp:element id="qbp_A"[^>]*>\s*<qbp:durationDistribution) type="\w+"/, '$1 type="NORMAL"')
        .replace(
          /(<qbp:element id="qbp_B"[^>]*>\s*<qbp:durationDistribution) type="\w+" mean="[^"]*"/,
          '$1 type="FIXED" mean="-60"',
        ),
    );

    // when
    const own = tthc('simulate', exported, '--runs', '1', '--year', '2026', '--json');
    const partly = tthc('simulate', odd, '--runs', '1', '--year', '2026', '--lang', 'vi');

    // then
    expect(JSON.parse(own.stdout).scenarioSource).toBe('tthc');
    expect(JSON.parse(own.stdout).qbp).toBeUndefined();
    expect(partly.code).toBe(0);
    expect(partly.stdout).toContain('kịch bản lấy từ thông tin mô phỏng BIMP trong tệp');
    expect(partly.stdout).toContain('thời gian của 0 bước');
    expect(partly.stdout).toMatch(/không lấy thời gian từ BIMP cho các bước sau .*: A, B\./);
    // the Vietnamese lines name no English word or raw code (beyond the user's file and step ids)
    const note = partly.stdout
      .split('\n')
      .filter((l) => l.includes('BIMP'))
      .join('\n')
      .split(odd)
      .join(' ')
      .replace(': A, B.', '');
    expect(englishIn(note)).toEqual([]);
    expect(codesIn(note)).toEqual([]);
  });

  it('refuses unreadable input and bad arguments with exit code 2, in the user language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-qbp-'));
    const broken = join(dir, 'broken.bpmn');
    writeFileSync(broken, '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><qbp:');
    const missing = tthc('export', join(dir, 'none.bpmn'), '--target', 'qbp', '--out', dir, '--lang', 'vi');
    const malformed = tthc('export', broken, '--target', 'qbp', '--out', join(dir, 'out'));
    const noOut = tthc('export', QUEUE, '--target', 'qbp', '--lang', 'vi');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không có tệp này');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/broken\.bpmn/);
    expect(malformed.stderr).not.toMatch(/\n\s+at /);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('Thiếu --out');
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });
});
