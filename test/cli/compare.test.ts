import { describe, expect, it } from 'vitest';
import { tthc } from '../support/cli.ts';

const lx = (v: string) => `procedures/doi-giay-phep-lai-xe/${v}.bpmn`;

describe('tthc compare', () => {
  it('prints matched pairs with their rule, changes with old and new, metrics and reductions as JSON', () => {
    // when: the driving-licence exchange today against its options A and B
    const r = tthc('compare', lx('hien-hanh'), lx('phuong-an-a'), lx('phuong-an-b'), '--json');

    // then
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.procedure.name).toBe('Đổi giấy phép lái xe');
    expect(j.matched.every((p: { rule: string }) => p.rule === 'id')).toBe(true);
    expect(j.added).toEqual([]);
    expect(j.removed).toEqual([]);
    const process = j.changed.find((c: { afterId: string }) => c.afterId === 'Process_DoiGiayPhepLaiXe');
    expect(process.fields).toContainEqual({ field: 'procedure.timeLimit', old: 5, new: 3.5 });
    expect(
      j.variants.map((v: { metrics: { statutoryLimitWorkingDays: number } }) => v.metrics.statutoryLimitWorkingDays),
    ).toEqual([5, 3.5, 3.5]);
    expect(j.reductions[0].reductions.statutoryLimitWorkingDays).toEqual({
      before: 5,
      after: 3.5,
      saving: 1.5,
      rate: 0.3,
    });
    expect(j.options).toHaveLength(2);
    expect(j.options[1].targets[0]).toMatchObject({ id: 'nq66-time', rate: 0.3, met: true });
  });

  it('reports no change between a file and itself, in Vietnamese', () => {
    const r = tthc('compare', lx('hien-hanh'), lx('hien-hanh'), '--lang', 'vi');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Không có thay đổi.');
    expect(r.stdout).toMatch(/Thời hạn giải quyết \(ngày làm việc\)\s+5\s+5\s+tiết kiệm 0\s+tỷ lệ 0%/);
  });

  it('needs two files and readable BPMN (exit code 2)', () => {
    const one = tthc('compare', lx('hien-hanh'));
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('compare needs two or more BPMN files');
    const missing = tthc('compare', lx('hien-hanh'), 'no/such.bpmn');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read no/such.bpmn: no such file');
  });
});
