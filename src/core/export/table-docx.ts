/** The step table as a Word document (DOCX): a title and the table with its header and total rows. */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { StepTable } from './table.ts';

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: text.split('\n').map(line => new Paragraph({ children: [new TextRun({ text: line, bold })] })) });
}

/** The DOCX bytes of a step table. */
export async function tableToDocx(table: StepTable): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'TTHC Studio',
    title: table.title,
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun('Quy trình nội bộ giải quyết thủ tục hành chính')] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: table.title, bold: true })] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: table.headers.map(h => cell(h, true)) }),
            ...table.rows.map(r => new TableRow({ children: r.map(c => cell(c)) })),
            new TableRow({ children: table.total.map(c => cell(c, true)) })
          ]
        })
      ]
    }]
  });
  const data = await Packer.toArrayBuffer(doc);
  return new Uint8Array(data);
}
