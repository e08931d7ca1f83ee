import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tthc } from '../support/cli.ts';

const FIXTURES = new URL('../core/fixtures/analysis/', import.meta.url).pathname;
const QUEUE = join(FIXTURES, 'queue-two-roles.bpmn');

describe('tthc simulate with officers', { timeout: 180_000 }, () => {
  it('simulates years of dossiers and prints the documented JSON, the same for the same seed', () => {
    // when: two runs with one seed, and one with a third officer for "Công chức"
    const args = ['simulate', QUEUE, '--runs', '4', '--seed', '3', '--year', '2026', '--json'];
    const a = tthc(...args);
    const b = tthc(...args);
    const staffed = tthc(...args, '--staff', 'Công chức=1', '--staff', 'Một cửa=2', '--dossiers-per-year', '800');

    // then
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const r = JSON.parse(a.stdout);
    expect(Object.keys(r.cycleTime)).toEqual(expect.arrayContaining(['mean', 'p50', 'p90']));
    expect(r.runs).toBe(4);
    expect(r.dossiers).toBeGreaterThan(1800);
    expect(r.workingDays).toBe(4 * (250 - 20));
    expect(r.waiting.map((s: { name: string }) => s.name)).toEqual(['Tiếp nhận', 'Thẩm định']);
    expect(r.utilisation.map((u: { role: string; officers: number }) => [u.role, u.officers])).toEqual([
      ['Một cửa', 1],
      ['Công chức', 2],
    ]);
    expect(r.withinLimitShare).toBeGreaterThan(0.9);
    const s = JSON.parse(staffed.stdout);
    expect(s.dossiersPerYear).toBe(800);
    expect(s.utilisation.map((u: { officers: number }) => u.officers)).toEqual([2, 1]);
    expect(s.utilisation[1].utilisation).toBeGreaterThan(r.utilisation[1].utilisation);
  });

  it('prints a readable report in Vietnamese naming the bottleneck and what the figures rest on', () => {
    const r = tthc('simulate', QUEUE, '--runs', '2', '--seed', '1', '--lang', 'vi');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Số liệu dựa trên [\d.]+ hồ sơ đến trong [\d.]+ ngày làm việc/);
    expect(r.stdout).toMatch(/Điểm nghẽn: “(Tiếp nhận|Thẩm định)”/);
    expect(r.stdout).toContain('Mức sử dụng theo vai trò');
  });

  it('compares another variant under the same load and staffing', () => {
    // given a variant whose second step takes half as long, and which states no arrivals or officers itself
    const faster = join(mkdtempSync(join(tmpdir(), 'tthc-queue-')), 'faster.bpmn');
    writeFileSync(
      faster,
      readFileSync(QUEUE, 'utf8')
        .replace(
          'duration="2" durationUnit="hour" minDuration="1" maxDuration="4"',
          'duration="1" durationUnit="hour" minDuration="0.5" maxDuration="2"',
        )
        .replace(' dossiersPerYear="600"', '')
        .replace(/<tthc:role [^>]*\/>/g, ''),
    );

    // when
    const r = tthc(
      'simulate',
      QUEUE,
      '--runs',
      '3',
      '--seed',
      '2',
      '--year',
      '2026',
      '--staff',
      'Công chức=1',
      '--variant',
      faster,
      '--json',
    );

    // then the variant ran with the same dossiers per year and officers, and waits less at "Thẩm định"
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.variants).toHaveLength(1);
    const v = out.variants[0];
    expect(v.file).toBe(faster);
    expect(v.dossiersPerYear).toBe(600);
    expect(v.utilisation.map((u: { officers: number }) => u.officers)).toEqual([1, 1]);
    expect(v.waiting[1].meanWaitingDays).toBeLessThan(out.waiting[1].meanWaitingDays);
    expect(v.cycleTime.mean).toBeLessThan(out.cycleTime.mean);
  });

  it('refuses bad staffing and a procedure without arrivals with exit code 2 and a message', () => {
    const bad = tthc('simulate', QUEUE, '--staff', 'Công chức=hai');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--staff');
    const unknown = tthc('simulate', QUEUE, '--staff', 'Văn thư=2');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"Một cửa", "Công chức"');
    const withoutArrivals = join(mkdtempSync(join(tmpdir(), 'tthc-queue-')), 'no-arrivals.bpmn');
    writeFileSync(withoutArrivals, readFileSync(QUEUE, 'utf8').replace(' dossiersPerYear="600"', ''));
    const noArrivals = tthc('simulate', withoutArrivals, '--runs', '1');
    expect(noArrivals.code).toBe(2);
    expect(noArrivals.stderr).toMatch(/dossiers per year|số hồ sơ mỗi năm/);
  });
});
