import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBpmn, readProcedure } from '@/core/index.ts';
import { HANOI, VINH_LONG, toCsv, toDocx, toXlsx } from '../core/table-import/fixtures.ts';
import { tthc } from '../support/cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'tthc-import-table-'));
const path = (name: string) => join(scratch, name);

describe('tthc import-table', () => {
  it('turns the DOCX of a decision into a BPMN file with name and code, and reports the merged time', async () => {
    // given
    writeFileSync(path('qd-1594.docx'), await toDocx(HANOI, true));
    // when
    const r = tthc(
      'import-table',
      path('qd-1594.docx'),
      '--out',
      path('hn.bpmn'),
      '--name',
      'Đăng ký thay đổi trụ sở',
      '--code',
      '1.012644',
    );
    // then
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `Imported 17 steps in 11 lanes (hanoi format) from ${path('qd-1594.docx')} → ${path('hn.bpmn')}`,
    );
    expect(r.stdout).toContain(
      'Steps add up to 30 working days; the table states 30 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
    );
    expect(r.stdout).toContain(
      'note: Rows 9–16: the time “07 ngày” is one merged cell for 8 steps; it is put on the first (row 9).',
    );
    const { definitions } = await parseBpmn(readFileSync(path('hn.bpmn'), 'utf8'));
    expect(readProcedure(definitions)).toMatchObject({
      name: 'Đăng ký thay đổi trụ sở',
      code: '1.012644',
      timeLimit: 30,
      timeUnit: 'day',
    });
  });

  it('prints JSON with the steps, lanes, sums and problems (Vietnamese messages with --lang vi)', async () => {
    writeFileSync(path('qd-2682.xlsx'), await toXlsx(VINH_LONG));
    const r = tthc('import-table', path('qd-2682.xlsx'), '--out', path('vl.bpmn'), '--json', '--lang', 'vi');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      out: path('vl.bpmn'),
      format: 'vinhlong',
      steps: 6,
      sumDays: 3,
      totalDays: 3,
      problems: [],
    });
    expect(j.lanes).toEqual([
      'Công chức Bộ phận Một cửa',
      'Công chức Văn hóa – Xã hội',
      'Chủ tịch UBND xã',
      'Văn thư UBND xã',
    ]);
    expect(readFileSync(path('vl.bpmn'), 'utf8')).toContain('name="Hồ sơ đầy đủ, hợp lệ?"');
  });

  it('writes the file but lists warnings with their rows', () => {
    writeFileSync(
      path('bad-time.csv'),
      toCsv({ headers: VINH_LONG.headers, rows: [['1', 'Tiếp nhận', 'Một cửa', 'vài ngày']] }),
    );
    const r = tthc('import-table', path('bad-time.csv'), '--out', path('bad-time.bpmn'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning: Row 2: cannot read the time “vài ngày”');
    expect(existsSync(path('bad-time.bpmn'))).toBe(true);
  });

  it('exits 2 with a clear message for a table without its columns, a missing file or a missing --out', () => {
    writeFileSync(
      path('no-time.csv'),
      'Tên bước,Đơn vị/người thực hiện,Nội dung công việc\nBước 1,Một cửa,Tiếp nhận\n',
    );
    const noTime = tthc('import-table', path('no-time.csv'), '--out', path('no-time.bpmn'), '--lang', 'vi');
    expect(noTime.code).toBe(2);
    expect(noTime.stderr).toContain('lỗi: Bảng thiếu cột Thời hạn');
    expect(existsSync(path('no-time.bpmn'))).toBe(false);
    const missing = tthc('import-table', path('nope.csv'), '--out', path('x.bpmn'));
    expect([missing.code, missing.stderr.trim()]).toEqual([2, `Cannot read ${path('nope.csv')}: no such file`]);
    const noOut = tthc('import-table', path('no-time.csv'));
    expect([noOut.code, noOut.stderr.trim()]).toEqual([2, 'Missing --out <file.bpmn>.']);
  });
});
