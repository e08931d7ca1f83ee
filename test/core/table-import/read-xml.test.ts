/** The saxen walk the DOCX and XLSX readers share: decoded text and attributes, CDATA, self-closing tags, bad XML. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importTable } from '../../../src/core/index.ts';
import { localName, walkXml } from '../../../src/core/table-import/read-xml.ts';
import { docxTables } from '../../../src/core/table-import/read-docx.ts';
import { sheetRows } from '../../../src/core/table-import/read-xlsx.ts';

function events(xml: string): string[] {
  const out: string[] = [];
  walkXml(xml, {
    open: (name, attrs, selfClosing) => out.push(`<${name}${selfClosing ? '/' : ''} ${JSON.stringify(attrs())}`),
    close: (name) => out.push(`</${name}`),
    text: (text) => out.push(`"${text}"`),
  });
  return out;
}

describe('walkXml', () => {
  it('decodes entities in text and attribute values, passes CDATA as is, and gives self-closing tags no close', () => {
    expect(
      events(
        '<?xml version="1.0"?><a x="1 &lt; 2 &amp; &#272;"><!-- note --><b/>T&#7889;i &quot;x&quot;<![CDATA[<raw> &amp;]]></a>',
      ),
    ).toEqual(['<a {"x":"1 < 2 & Đ"}', '<b/ {}', '"Tối "x""', '"<raw> &amp;"', '</a']);
  });
  it('treats an empty part as an empty document and throws on malformed XML', () => {
    expect(events('  ')).toEqual([]);
    expect(() => events('<a><b></a>')).toThrow();
    expect(() => events('<a>')).toThrow();
  });
  it('names elements by their local name', () => {
    expect(localName('x:sheet')).toBe('sheet');
    expect(localName('sheet')).toBe('sheet');
  });
});

describe('the readers on saxen', () => {
  it('reads DOCX cell text with entities, tabs and breaks, and ignores a self-closing table', () => {
    const xml =
      '<w:document xmlns:w="w"><w:body><w:tbl/><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ti&#7871;p nh&#7853;n &amp; ki&#7875;m tra</w:t><w:tab/><w:t>h&#7891; s&#417;</w:t><w:br/><w:t>B&#432;&#7899;c 1</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>';
    expect(docxTables(xml)).toEqual([
      { label: 'table 1', rows: [{ row: 1, cells: [{ text: 'Tiếp nhận & kiểm tra hồ sơ\nBước 1' }] }] },
    ]);
  });
  it('reads XLSX inline and shared strings with prefixed element names, and skips self-closing cells', () => {
    const xml =
      '<x:worksheet xmlns:x="s"><x:sheetData><x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2"/><x:c r="C2" t="inlineStr"><x:is><x:t>4 gi&#7901;</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    expect(sheetRows(xml, ['zero', 'Thẩm định'])).toEqual([
      { row: 2, cells: [{ text: 'Thẩm định' }, { text: '' }, { text: '4 giờ' }] },
    ]);
  });
  it('reports a DOCX whose document.xml is malformed as unreadable, and a workbook with a malformed sheet too', async () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:tbl></w:body></w:document>') });
    expect((await importTable(docx, 'quy-trinh.docx')).problems.map((p) => p.code)).toEqual(['unreadableFile']);
    const xlsx = zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row></sheetData>') });
    expect((await importTable(xlsx, 'quy-trinh.xlsx')).problems.map((p) => p.code)).toEqual(['unreadableFile']);
  });
});
