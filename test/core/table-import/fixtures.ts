/**
 * Process tables used by the table-import tests, written once and rendered as CSV, XLSX (write-excel-file)
 * and DOCX (docx), with merged cells where the published decisions merge them.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import writeXlsxFile from 'write-excel-file/node';

/** A cell: text, or text spanning rows/columns; `null` is a cell covered by a merge. */
export type Cell = string | { text: string; rowSpan?: number; colSpan?: number } | null;
export interface TableDef {
  headers: string[];
  rows: Cell[][];
  before?: string[];
}

const text = (c: Cell) => (c === null ? '' : typeof c === 'string' ? c : c.text);

/** Hanoi QĐ 1594/QĐ-TTPVHCC (1.012644, 30 working days): 15 steps, step 2 with three performers, steps 6–13 sharing 7 days. */
export const HANOI: TableDef = {
  before: ['QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
  headers: [
    'Tên bước',
    'Đơn vị/người thực hiện',
    'Nội dung công việc',
    'Thời hạn giải quyết (ngày làm việc)',
    'Biểu mẫu/kết quả',
  ],
  rows: [
    [
      'Bước 1',
      'Cán bộ Bộ phận TN&TKQ',
      'Tiếp nhận, kiểm tra hồ sơ. Trường hợp hồ sơ chưa đầy đủ thì hướng dẫn, yêu cầu bổ sung; không thuộc thẩm quyền thì từ chối tiếp nhận.',
      '1/2 ngày',
      'Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả\nPhiếu yêu cầu bổ sung, hoàn thiện hồ sơ\nPhiếu từ chối tiếp nhận giải quyết hồ sơ',
    ],
    [
      { text: 'Bước 2', rowSpan: 3 },
      'Trưởng Bộ phận TN&TKQ',
      'Chuyển hồ sơ về Sở Nội vụ',
      '1/2 ngày',
      'Mẫu 06 Phiếu kiểm soát quá trình giải quyết hồ sơ',
    ],
    [null, 'Lãnh đạo Sở', 'Phân công phòng chuyên môn giải quyết', '01 ngày', ''],
    [null, 'Lãnh đạo phòng chuyên môn', 'Phân công chuyên viên thụ lý', '01 ngày', ''],
    [
      'Bước 3',
      'Chuyên viên thụ lý',
      'Thẩm định hồ sơ, dự thảo tờ trình và quyết định',
      '16 ngày',
      'Dự thảo tờ trình; Dự thảo quyết định',
    ],
    [
      'Bước 4',
      'Lãnh đạo phòng chuyên môn',
      'Xem xét, ký nháy hồ sơ. Trường hợp không đồng ý thì chuyển lại bước 3',
      '01 ngày',
      '',
    ],
    [
      'Bước 5',
      'Lãnh đạo Sở',
      'Ký tờ trình gửi UBND Thành phố. Không đồng ý thì chuyển lại bước 4',
      '01 ngày',
      'Tờ trình',
    ],
    [
      'Bước 6',
      'Phòng Hành chính – Quản trị VP UBND',
      'Nhận hồ sơ của Sở, chuyển Lãnh đạo Văn phòng',
      { text: '07 ngày', rowSpan: 8 },
      '',
    ],
    ['Bước 7', 'Lãnh đạo Văn phòng UBND', 'Phân công phòng chuyên môn của Văn phòng', null, ''],
    ['Bước 8', 'Phòng chuyên môn VP UBND', 'Thẩm tra hồ sơ, trình Lãnh đạo Văn phòng', null, ''],
    ['Bước 9', 'Lãnh đạo Văn phòng UBND', 'Xem xét, trình Lãnh đạo UBND Thành phố', null, ''],
    ['Bước 10', 'Lãnh đạo UBND Thành phố', 'Ký quyết định', null, 'Quyết định'],
    ['Bước 11', 'Phòng Hành chính – Quản trị VP UBND', 'Vào sổ, đóng dấu, phát hành', null, ''],
    ['Bước 12', 'Văn thư VP UBND', 'Lưu hồ sơ, chuyển kết quả về Sở', null, ''],
    ['Bước 13', 'Văn thư VP UBND', 'Cập nhật trạng thái trên hệ thống', null, ''],
    ['Bước 14', 'Văn thư Sở', 'Nhận kết quả, chuyển Bộ phận TN&TKQ', '02 ngày', ''],
    ['Bước 15', 'Cán bộ Bộ phận TN&TKQ', 'Trả kết quả cho tổ chức', 'Giờ hành chính', 'Mẫu 07 Sổ theo dõi hồ sơ'],
    [
      { text: 'Tổng thời gian', colSpan: 3 },
      null,
      null,
      { text: '30 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', colSpan: 2 },
      null,
    ],
  ],
};

/** Vĩnh Long QĐ 2682/QĐ-UBND (3.000527.H61, 3 days), commune level, six steps in every way times are written. */
export const VINH_LONG: TableDef = {
  headers: ['STT (Bước)', 'Nội dung công việc', 'Phân công nhiệm vụ', 'Thời gian thực hiện'],
  rows: [
    [
      '1',
      'Tiếp nhận, kiểm tra hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện',
      'Công chức Bộ phận Một cửa',
      '0,25 ngày',
    ],
    ['2', 'Chuyển hồ sơ cho công chức chuyên môn', 'Công chức Bộ phận Một cửa', '2 giờ'],
    ['3', 'Thẩm định hồ sơ, dự thảo quyết định', 'Công chức Văn hóa – Xã hội', '01 ngày làm việc'],
    ['4', 'Xem xét, ký quyết định; không đồng ý thì trả lại bước 3', 'Chủ tịch UBND xã', '8 giờ làm việc'],
    ['5', 'Vào sổ, đóng dấu, phát hành quyết định', 'Văn thư UBND xã', '1/4 ngày'],
    ['6', 'Trả kết quả cho người nộp hồ sơ', 'Công chức Bộ phận Một cửa', '0.25 ngày'],
    ['Tổng thời gian', null, null, '03 ngày làm việc'],
  ],
};

/** RFC 4180 CSV of the table (merged cells are empty, as spreadsheets export them). */
/**
 * Written the way provincial decisions publish the internal process as prose (modelled on the Nghệ An and
 * Hà Nội internal-process decisions: step, work content, time; no performer column).
 */
export const PROSE: TableDef = {
  headers: ['Bước', 'Nội dung công việc', 'Thời gian thực hiện'],
  rows: [
    [
      '1',
      'Bước 1: Chuyên viên Bộ phận một cửa tiếp nhận hồ sơ, kiểm tra tính đầy đủ, hợp lệ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện hồ sơ',
      '4 giờ',
    ],
    ['2', 'Bước 2: Văn thư vào sổ, chuyển hồ sơ cho phòng chuyên môn', '4 giờ'],
    ['3', 'Bước 3: Chuyên viên Phòng Tư pháp thẩm định hồ sơ, dự thảo văn bản', '5 ngày'],
    ['4', 'Bước 4: Lãnh đạo Phòng Tư pháp xem xét, trình ký', '1 ngày'],
    ['5', 'Bước 5: Chủ tịch UBND huyện ký quyết định', '1 ngày'],
    ['6', 'Bước 6: Văn thư đóng dấu, phát hành văn bản', '4 giờ'],
    ['7', 'Bước 7: Bộ phận tiếp nhận và trả kết quả trả kết quả cho tổ chức, cá nhân', '4 giờ'],
    ['', 'Tổng thời gian', '10 ngày làm việc'],
  ],
};

export function toCsv(def: TableDef, delimiter = ','): string {
  const quote = (s: string) => (/[",;\t\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [
    ...(def.before ?? []).map((b) => quote(b)),
    def.headers.map(quote).join(delimiter),
    ...def.rows.map((r) => r.map((c) => quote(text(c))).join(delimiter)),
  ];
  return lines.join('\r\n') + '\r\n';
}

/** The table as an .xlsx file with its merges. */
export async function toXlsx(def: TableDef): Promise<Uint8Array> {
  const data = [
    ...(def.before ?? []).map((b) => [
      { value: b, columnSpan: def.headers.length },
      ...def.headers.slice(1).map(() => null),
    ]),
    def.headers.map((h) => ({ value: h })),
    ...def.rows.map((r) =>
      r.map((c) =>
        c === null
          ? null
          : typeof c === 'string'
            ? c
              ? { value: c }
              : null
            : { value: c.text, rowSpan: c.rowSpan, columnSpan: c.colSpan },
      ),
    ),
  ];
  return new Uint8Array(await writeXlsxFile(data as never).toBuffer());
}

/** The table as a .docx decision annex: a heading paragraph, then the table with gridSpan/vMerge merges. */
export async function toDocx(def: TableDef, extraTableFirst = false): Promise<Uint8Array> {
  const spans = new Map<string, number>();
  def.rows.forEach((r, i) =>
    r.forEach((c, j) => {
      if (c && typeof c !== 'string' && c.rowSpan) for (let k = 1; k < c.rowSpan; k++) spans.set(`${i + k}:${j}`, 1);
    }),
  );
  const para = (s: string) => s.split('\n').map((line) => new Paragraph({ text: line }));
  const rows = [
    new TableRow({ children: def.headers.map((h) => new TableCell({ children: para(h) })) }),
    ...def.rows.map(
      (r, i) =>
        new TableRow({
          children: r.flatMap((c, j) => {
            if (c === null)
              return spans.has(`${i}:${j}`)
                ? [new TableCell({ children: [new Paragraph('')], verticalMerge: VerticalMergeType.CONTINUE })]
                : [];
            if (typeof c === 'string') return [new TableCell({ children: para(c) })];
            return [
              new TableCell({
                children: para(c.text),
                columnSpan: c.colSpan,
                verticalMerge: c.rowSpan ? VerticalMergeType.RESTART : undefined,
              }),
            ];
          }),
        }),
    ),
  ];
  const other = new Table({
    rows: [
      new TableRow({
        children: [
          new TableCell({ children: [new Paragraph('Nơi nhận')] }),
          new TableCell({ children: [new Paragraph('Chủ tịch')] }),
        ],
      }),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          ...(def.before ?? []).map((b) => new Paragraph(b)),
          ...(extraTableFirst ? [other, new Paragraph('Phụ lục')] : []),
          new Table({ rows }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** UTF-8 bytes of a string. */
export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}
