/** The step table as a Word document (DOCX): a title and the table with its header and total rows. */
import type * as Docx from 'docx';
import type { StepTable } from './table.ts';

function cell(d: typeof Docx, text: string, bold = false): Docx.TableCell {
  return new d.TableCell({
    children: text.split('\n').map((line) => new d.Paragraph({ children: [new d.TextRun({ text: line, bold })] })),
  });
}

/** The DOCX bytes of a step table (the docx library loads on first use, keeping it out of the app's first load). */
export async function tableToDocx(table: StepTable): Promise<Uint8Array> {
  const d = await import('docx');
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableRow, TextRun, WidthType } = d;
  const doc = new Document({
    creator: 'TTHC Studio',
    title: table.title,
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
            children: [new TextRun('Quy trình nội bộ giải quyết thủ tục hành chính')],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: table.title, bold: true })],
          }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: table.headers.map((h) => cell(d, h, true)) }),
              ...table.rows.map((r) => new TableRow({ children: r.map((c) => cell(d, c)) })),
              new TableRow({ children: table.total.map((c) => cell(d, c, true)) }),
            ],
          }),
        ],
      },
    ],
  });
  const data = await Packer.toArrayBuffer(doc);
  return new Uint8Array(data);
}
