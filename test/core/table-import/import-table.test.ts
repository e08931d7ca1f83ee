import { describe, expect, it } from 'vitest';
import {
  analyze,
  describeTableProblem,
  importTable,
  parseBpmn,
  type ImportTableResult,
  type ModdleElement,
} from '@/core/index.ts';
import { HANOI, VINH_LONG, toCsv, toDocx, toXlsx, utf8, type TableDef } from './fixtures.ts';

const codes = (r: ImportTableResult) => r.problems.map((p) => `${p.code}${p.row !== undefined ? `@${p.row}` : ''}`);
const tasks = (r: ImportTableResult) => (r.spec?.nodes ?? []).filter((n) => n.type === 'userTask');
const laneName = (r: ImportTableResult, id: string) => r.spec?.lanes.find((l) => l.id === id)?.name;

/** The bounds of every shape in the diagram, by element id. */
async function shapes(xml: string): Promise<Map<string, { x: number; y: number; width: number; height: number }>> {
  const { definitions } = await parseBpmn(xml);
  const plane = ((definitions.get('diagrams') as ModdleElement[])[0] as ModdleElement).get('plane') as ModdleElement;
  const out = new Map();
  for (const el of plane.get('planeElement') as ModdleElement[]) {
    const b = el.get('bounds') as ModdleElement | undefined;
    if (b)
      out.set((el.get('bpmnElement') as ModdleElement).id, {
        x: b.get('x'),
        y: b.get('y'),
        width: b.get('width'),
        height: b.get('height'),
      });
  }
  return out;
}

const HANOI_STEPS = [1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
const HANOI_HOURS = [
  4,
  4,
  8,
  8,
  128,
  8,
  8,
  56,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  16,
  0,
];

describe('importTable: Hanoi QĐ 1594 format (Tên bước | Đơn vị/người thực hiện | …)', () => {
  for (const kind of ['csv', 'xlsx', 'docx'] as const) {
    it(`reads the 15 steps from ${kind.toUpperCase()}: one task per row, one lane per performer, times and forms`, async () => {
      // given the decision's table as a file
      const bytes =
        kind === 'csv' ? utf8(toCsv(HANOI)) : kind === 'xlsx' ? await toXlsx(HANOI) : await toDocx(HANOI, true);

      // when
      const r = await importTable(bytes, `qd-1594.${kind}`, { code: '1.012644' });

      // then
      expect(r.preview?.format).toBe('hanoi');
      expect(r.preview?.steps.map((s) => s.step)).toEqual(HANOI_STEPS);
      expect(
        tasks(r)
          .map((t) => t.name)
          .slice(0, 3),
      ).toEqual(['Tiếp nhận, kiểm tra hồ sơ', 'Chuyển hồ sơ về Sở Nội vụ', 'Phân công phòng chuyên môn giải quyết']);
      expect(
        tasks(r).map((t) => (t.step?.durationUnit === 'day' ? (t.step.duration ?? 0) * 8 : t.step?.duration)),
      ).toEqual(HANOI_HOURS);
      expect(r.spec?.lanes.map((l) => l.name)).toEqual([
        'Cán bộ Bộ phận TN&TKQ',
        'Trưởng Bộ phận TN&TKQ',
        'Lãnh đạo Sở',
        'Lãnh đạo phòng chuyên môn',
        'Chuyên viên thụ lý',
        'Phòng Hành chính – Quản trị VP UBND',
        'Lãnh đạo Văn phòng UBND',
        'Phòng chuyên môn VP UBND',
        'Lãnh đạo UBND Thành phố',
        'Văn thư VP UBND',
        'Văn thư Sở',
      ]);
      expect(tasks(r)[0]?.step?.forms?.map((f) => f.name)).toEqual([
        'Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
        'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
        'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
      ]);
      expect(r.spec?.procedure).toMatchObject({
        code: '1.012644',
        timeLimit: 30,
        timeUnit: 'day',
        timeStartsFrom: 'Kể từ ngày nhận đủ hồ sơ hợp lệ',
      });
      expect(r.preview?.total?.days).toBe(30);
      expect(r.preview?.sumDays).toBe(30);
      expect(codes(r)).not.toContain(expect.stringMatching(/^totalMismatch/));
    });
  }

  it('knows a merged time cell (XLSX, DOCX) is shared by steps 6–13; a CSV, which loses merges, reports each empty time by row', async () => {
    const xlsx = await importTable(await toXlsx(HANOI), 'qd.xlsx');
    const docx = await importTable(await toDocx(HANOI), 'qd.docx');
    const csv = await importTable(utf8(toCsv(HANOI)), 'qd.csv');
    // XLSX rows: 1 title, 2 header, 3… steps → step 6 is sheet row 10; DOCX rows count from the header (1).
    expect(codes(xlsx)).toEqual(['mergedTime@10', 'timeNotCounted@19']);
    expect(describeTableProblem(xlsx.problems[0]!, 'vi')).toBe(
      'Hàng 10–17: thời gian “07 ngày” là ô gộp chung cho 8 bước; được ghi cho bước đầu (hàng 10).',
    );
    expect(codes(docx)).toEqual(['mergedTime@9', 'timeNotCounted@18']);
    expect(codes(csv)).toEqual([11, 12, 13, 14, 15, 16, 17].map((n) => `timeMissing@${n}`).concat('timeNotCounted@19'));
  });

  it('draws the branches the text names: supplement loop to receiving, refusal end, send-backs to steps 3 and 4', async () => {
    const r = await importTable(await toDocx(HANOI), 'qd.docx');
    const named = r.spec!.flows.filter((f) => f.name).map((f) => `${f.from}→${f.to}: ${f.name}`);
    expect(named).toEqual([
      'Gateway_1_Complete→Task_1: Yêu cầu bổ sung',
      'Gateway_1_Complete→EndEvent_Refused_1: Từ chối',
      'Gateway_1_Complete→Task_2: Đầy đủ',
      'Gateway_6_Agree→Task_5: Chuyển lại bước 3',
      'Gateway_6_Agree→Task_7: Đồng ý',
      'Gateway_7_Agree→Task_6: Chuyển lại bước 4',
      'Gateway_7_Agree→Task_8: Đồng ý',
    ]);
    expect(tasks(r)[5]).toMatchObject({ name: 'Xem xét, ký nháy hồ sơ', step: { maySendBack: true } });
  });

  it('lays the diagram out with every task inside its lane and no two shapes overlapping; the nominal time is the table’s 30 days', async () => {
    const r = await importTable(await toXlsx(HANOI), 'qd.xlsx');
    const boxes = await shapes(r.xml!);
    for (const n of r.spec!.nodes) {
      const b = boxes.get(n.id)!;
      const lane = boxes.get(n.lane)!;
      expect(
        b.y >= lane.y &&
          b.y + b.height <= lane.y + lane.height &&
          b.x >= lane.x &&
          b.x + b.width <= lane.x + lane.width,
        n.id,
      ).toBe(true);
    }
    const nodes = r.spec!.nodes.map((n) => boxes.get(n.id)!);
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!,
          b = nodes[j]!;
        expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(
          true,
        );
      }
    const { definitions } = await parseBpmn(r.xml!);
    const a = analyze(definitions);
    expect(a.steps).toBe(17);
    expect(a.time.nominalWorkingDays).toBe(30);
    expect(a.statutoryLimitWorkingDays).toBe(30);
  });
});

describe('importTable: Vĩnh Long QĐ 2682 format (STT (Bước) | Nội dung công việc | Phân công nhiệm vụ | Thời gian thực hiện)', () => {
  for (const kind of ['csv', 'xlsx', 'docx'] as const) {
    it(`reads the 6 steps from ${kind.toUpperCase()} with their times as written`, async () => {
      const bytes =
        kind === 'csv'
          ? utf8(toCsv(VINH_LONG, ';'))
          : kind === 'xlsx'
            ? await toXlsx(VINH_LONG)
            : await toDocx(VINH_LONG);
      const r = await importTable(bytes, `qd-2682.${kind}`, {
        name: 'Cai nghiện ma túy tự nguyện',
        code: '3.000527.H61',
      });
      expect(r.preview?.format).toBe('vinhlong');
      expect(tasks(r).map((t) => [t.name, laneName(r, t.lane), t.step?.duration, t.step?.durationUnit])).toEqual([
        ['Tiếp nhận, kiểm tra hồ sơ', 'Công chức Bộ phận Một cửa', 0.25, 'day'],
        ['Chuyển hồ sơ cho công chức chuyên môn', 'Công chức Bộ phận Một cửa', 2, 'hour'],
        ['Thẩm định hồ sơ, dự thảo quyết định', 'Công chức Văn hóa – Xã hội', 1, 'day'],
        ['Xem xét, ký quyết định', 'Chủ tịch UBND xã', 8, 'hour'],
        ['Vào sổ, đóng dấu, phát hành quyết định', 'Văn thư UBND xã', 0.25, 'day'],
        ['Trả kết quả cho người nộp hồ sơ', 'Công chức Bộ phận Một cửa', 0.25, 'day'],
      ]);
      expect(r.spec?.name).toBe('Cai nghiện ma túy tự nguyện');
      expect(r.spec?.procedure).toMatchObject({ code: '3.000527.H61', timeLimit: 3, timeUnit: 'day' });
      expect(r.problems).toEqual([]);
      expect(r.spec?.flows.filter((f) => f.name).map((f) => `${f.from}→${f.to}`)).toEqual([
        'Gateway_1_Complete→Task_1',
        'Gateway_1_Complete→Task_2',
        'Gateway_4_Agree→Task_3',
        'Gateway_4_Agree→Task_5',
      ]);
    });
  }
});

describe('importTable: headers that differ, and column mapping', () => {
  const odd: TableDef = {
    headers: ['TT', 'CÁC BƯỚC THỰC HIỆN', 'GHI CHU', 'Bo phan thuc hien', 'THOI GIAN (gio)'],
    rows: [
      ['1', 'Tiếp nhận hồ sơ', 'x', 'Một cửa', '4'],
      ['2', 'Giải quyết', '', 'Phòng chuyên môn', '12'],
    ],
  };

  it('matches headers ignoring case, diacritics and the unit in brackets; bare numbers take the header’s unit', async () => {
    const r = await importTable(utf8(toCsv(odd)), 'odd.csv');
    expect(r.preview?.format).toBe('custom');
    expect(r.preview?.mapping).toEqual({ name: 1, performer: 3, time: 4 });
    expect(tasks(r).map((t) => [t.name, t.step?.duration, t.step?.durationUnit])).toEqual([
      ['Tiếp nhận hồ sơ', 4, 'hour'],
      ['Giải quyết', 12, 'hour'],
    ]);
  });

  it('takes a mapping from the user over the detected one', async () => {
    const r = await importTable(utf8(toCsv(odd)), 'odd.csv', {
      mapping: { step: 0, name: 2, content: 1, performer: 3, time: 4 },
    });
    expect(tasks(r).map((t) => [t.name, t.step?.description])).toEqual([
      ['x', 'Tiếp nhận hồ sơ'],
      ['Giải quyết', 'Giải quyết'],
    ]);
  });
});

describe('importTable: malformed tables get clear messages with their rows', () => {
  it('names the missing column and builds nothing', async () => {
    const csv = 'Tên bước,Đơn vị/người thực hiện,Nội dung công việc\r\nBước 1,Một cửa,Tiếp nhận\r\n';
    const r = await importTable(utf8(csv), 'x.csv');
    expect(r.xml).toBeNull();
    expect(r.problems.map((p) => describeTableProblem(p, 'en'))).toEqual([
      'The table has no Time column: choose the matching column in the column mapping.',
    ]);
    expect(r.preview?.headers).toEqual(['Tên bước', 'Đơn vị/người thực hiện', 'Nội dung công việc']);
  });

  it('skips empty rows and section headings, reports an unreadable time and a total that does not add up', async () => {
    const csv = [
      'STT;Nội dung công việc;Phân công nhiệm vụ;Thời gian thực hiện',
      'A. TẠI BỘ PHẬN MỘT CỬA;;;',
      '1;Tiếp nhận hồ sơ;Một cửa;0,5 ngày',
      ';;;',
      '2;Thẩm định hồ sơ;;theo quy định',
      '3;Ký, trả lại bước 7 nếu sai;Lãnh đạo;1 ngày',
      'Tổng cộng;;;05 ngày làm việc',
    ].join('\n');
    const r = await importTable(utf8(csv), 'x.csv');
    expect(r.problems.map((p) => describeTableProblem(p, 'en'))).toEqual([
      'Row 2: “A. TẠI BỘ PHẬN MỘT CỬA” is a section heading, skipped.',
      'Row 4: empty row, skipped.',
      'Row 5: the Performer cell is empty; taken from the row above (“Một cửa”).',
      'Row 5: cannot read the time “theo quy định” (write e.g. “0,5 ngày”, “1/2 ngày”, “4 giờ”, “02 ngày làm việc”); the step has no time.',
      'The table states a total of 5 working days but its steps add up to 1.5 days.',
      'Row 6: “send back to step 7” but there is no earlier step 7; no send-back branch drawn.',
    ]);
    expect(tasks(r).map((t) => t.name)).toEqual(['Tiếp nhận hồ sơ', 'Thẩm định hồ sơ', 'Ký, trả lại bước 7 nếu sai']);
    expect(r.xml).toContain('Thẩm định hồ sơ');
  });

  it('says when a file has no process table, is not a table file, or is damaged', async () => {
    const none = await importTable(utf8('a,b\r\n1,2\r\n'), 'x.csv');
    expect(codes(none)).toEqual(['headerNotFound']);
    const old = await importTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'quy-trinh.xls');
    expect(describeTableProblem(old.problems[0]!, 'vi')).toContain('hãy dùng .csv, .xlsx hoặc .docx');
    const broken = await importTable(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'quy-trinh.docx');
    expect(codes(broken)).toEqual(['unreadableFile']);
    const empty = await importTable(new Uint8Array(), 'x.csv');
    expect(codes(empty)).toEqual(['noTable']);
  });

  it('reads a CSV with a BOM, tab delimiters and quoted cells with line breaks and quotes', async () => {
    const tsv =
      '\ufeffBước\tTên bước\tĐơn vị/người thực hiện\tNội dung công việc\tThời hạn\tBiểu mẫu/kết quả\r\n' +
      '1\tTiếp nhận\tMột cửa\t"Kiểm tra ""đủ"" hồ sơ\nghi sổ"\t4 giờ\t"Mẫu 01\nMẫu 06"\r\n';
    const r = await importTable(utf8(tsv), 'x.tsv');
    expect(r.preview?.format).toBe('studio');
    expect(tasks(r)[0]?.step).toMatchObject({
      description: 'Kiểm tra "đủ" hồ sơ\nghi sổ',
      forms: [{ name: 'Mẫu 01' }, { name: 'Mẫu 06' }],
      duration: 4,
      durationUnit: 'hour',
    });
  });
});
