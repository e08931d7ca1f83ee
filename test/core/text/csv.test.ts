/** No CSV the studio writes lets a spreadsheet run a cell as a formula (OWASP CSV injection). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVariants, comparisonCsv, exportVariant, parseBpmn, toCsv } from '../../../src/core/index.ts';
import { csvField } from '../../../src/core/text/csv.ts';

/** Every cell of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function cells(csv: string): string[] {
  const out: string[] = [];
  const re = /(?:^|,|\r\n)(?:"((?:[^"]|"")*)"|([^,\r\n]*))/g;
  for (const m of csv.replace(/^\uFEFF/, '').matchAll(re))
    out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
  return out;
}

const HOSTILE = ['=HYPERLINK("http://x","y")', "+1+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A2)', '\tTab', '\rReturn'];

describe('CSV cells never start a formula', () => {
  it('prefixes a single quote to every cell that starts with = + - @ tab or carriage return, and quotes as RFC 4180 says', () => {
    expect(HOSTILE.map(csvField)).toEqual([
      '"\'=HYPERLINK(""http://x"",""y"")"',
      "'+1+cmd|' /C calc'!A0",
      "'-2+3",
      "'@SUM(A1:A2)",
      "'\tTab",
      '"\'\rReturn"',
    ]);
    // plain numbers keep their sign and stay numbers; ordinary text is untouched
    expect(['-1.5', '+2', '-30%', 'Bước 1', 'a,b'].map(csvField)).toEqual(['-1.5', '+2', '-30%', 'Bước 1', '"a,b"']);
    expect(toCsv([['=1', 'x'], []])).toBe("\uFEFF'=1,x\r\n\r\n");
  });

  it('neutralises a hostile procedure name and code in the comparison report and in the table export', async () => {
    // given: the driving-licence exchange whose name and code a hostile file set to formulas
    const hostile = (xml: string) =>
      xml
        .replace(/name="Đổi giấy phép lái xe"/g, 'name="=HYPERLINK(&quot;http://x&quot;)"')
        .replace('<tthc:procedure ', '<tthc:procedure code="@SUM(1)" ')
        .replace(/name="Kiểm tra hồ sơ"/g, 'name="-2+3"');
    const before = hostile(readFileSync('procedures/doi-giay-phep-lai-xe/hien-hanh.bpmn', 'utf8'));
    const after = hostile(readFileSync('procedures/doi-giay-phep-lai-xe/phuong-an-a.bpmn', 'utf8'));
    const c = compareVariants([
      { label: '+Hiện hành', definitions: (await parseBpmn(before)).definitions },
      { label: '=Phương án A', definitions: (await parseBpmn(after)).definitions },
    ]);
    const table = (await exportVariant(before, 'table')).find((f) => f.fileName.endsWith('.csv'));
    for (const csv of [comparisonCsv(c, 'vi'), comparisonCsv(c, 'en'), String(table?.content)]) {
      const all = cells(csv);
      expect(all.length).toBeGreaterThan(10);
      const formulas = all.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+([.,]\d+)*%?$/.test(cell));
      expect(formulas).toEqual([]);
      expect(all.some((cell) => /^'[=+@-]/.test(cell))).toBe(true);
    }
  });
});
