/**
 * Prose process tables with no performer column ("Bước 1: Chuyên viên … tiếp nhận …"): the performer is
 * read from the start of each step's sentence, shown in the preview as a guess, and lays the steps out in lanes.
 */
import { describe, expect, it } from 'vitest';
import { describeTableProblem, importTable, performerFromText } from '@/core/index.ts';
import { PROSE, toCsv, toDocx, utf8, type TableDef } from './fixtures.ts';

describe('the performer that opens a step’s sentence', () => {
  it('is the unit or officer before the first action verb', () => {
    expect(performerFromText('Bước 1: Chuyên viên Bộ phận một cửa tiếp nhận hồ sơ …')).toBe(
      'Chuyên viên Bộ phận một cửa',
    );
    expect(performerFromText('Lãnh đạo Phòng Quản lý đô thị xem xét, ký duyệt')).toBe('Lãnh đạo Phòng Quản lý đô thị');
    expect(performerFromText('- Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận, số hóa hồ sơ')).toBe(
      'Trung tâm Phục vụ hành chính công tỉnh',
    );
    // a unit whose name holds verbs stays whole
    expect(performerFromText('Bộ phận tiếp nhận và trả kết quả trả kết quả cho công dân')).toBe(
      'Bộ phận tiếp nhận và trả kết quả',
    );
    // a capitalised verb is part of a unit's name
    expect(performerFromText('Phòng Kiểm tra chất lượng lập biên bản')).toBe('Phòng Kiểm tra chất lượng');
  });

  it('is no guess when the sentence does not open with an officer or a unit', () => {
    expect(performerFromText('Tiếp nhận hồ sơ, kiểm tra')).toBeUndefined();
    expect(performerFromText('Hồ sơ được chuyển cho phòng chuyên môn')).toBeUndefined();
    expect(performerFromText('')).toBeUndefined();
  });
});

describe('importing a prose table with no performer column', () => {
  for (const kind of ['csv', 'docx'] as const) {
    it(`${kind.toUpperCase()}: takes each performer from the sentence, marks it as a guess and lays the steps out in lanes by it`, async () => {
      const bytes = kind === 'csv' ? utf8(toCsv(PROSE)) : await toDocx(PROSE);
      const r = await importTable(bytes, `quy-trinh.${kind}`);

      expect(r.xml).not.toBeNull();
      expect(r.preview?.mapping.performer).toBeUndefined();
      expect(r.preview?.steps.map((s) => [s.performer, s.performerGuessed])).toEqual([
        ['Chuyên viên Bộ phận một cửa', true],
        ['Văn thư', true],
        ['Chuyên viên Phòng Tư pháp', true],
        ['Lãnh đạo Phòng Tư pháp', true],
        ['Chủ tịch UBND huyện', true],
        ['Văn thư', true],
        ['Bộ phận tiếp nhận và trả kết quả', true],
      ]);
      // one lane per performer, the two Văn thư steps in one lane
      expect(r.spec?.lanes.map((l) => l.name)).toEqual([
        'Chuyên viên Bộ phận một cửa',
        'Văn thư',
        'Chuyên viên Phòng Tư pháp',
        'Lãnh đạo Phòng Tư pháp',
        'Chủ tịch UBND huyện',
        'Bộ phận tiếp nhận và trả kết quả',
      ]);
      const tasks = (r.spec?.nodes ?? []).filter((n) => n.type === 'userTask');
      expect(tasks[1]?.lane).toBe(tasks[5]?.lane);
      expect(tasks.map((t) => t.step?.role)).toEqual(r.preview?.steps.map((s) => s.performer));
      // every guess is reported at its row, in the user's language
      const guesses = r.problems.filter((p) => p.code === 'performerGuessed');
      expect(guesses.map((p) => p.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
      expect(describeTableProblem(guesses[0]!, 'vi')).toBe(
        'Hàng 2: bảng không có cột người thực hiện; đoán là “Chuyên viên Bộ phận một cửa” từ đầu câu của bước — hãy kiểm tra.',
      );
    });
  }

  it('takes the user’s correction of a guess instead of it', async () => {
    const r = await importTable(utf8(toCsv(PROSE)), 'quy-trinh.csv', { performers: { 3: 'Văn thư Phòng Tư pháp' } });
    expect(r.preview?.steps[1]).toMatchObject({ performer: 'Văn thư Phòng Tư pháp', performerGuessed: false });
    expect(r.spec?.lanes.map((l) => l.name)).toContain('Văn thư Phòng Tư pháp');
    expect(r.problems.filter((p) => p.code === 'performerGuessed').map((p) => p.row)).not.toContain(3);
  });

  it('fills a sentence with no performer from the step above, as for an empty performer cell', async () => {
    const def: TableDef = { ...PROSE, rows: [PROSE.rows[0]!, ['2', 'Vào sổ theo dõi, chuyển hồ sơ', '4 giờ']] };
    const r = await importTable(utf8(toCsv(def)), 'quy-trinh.csv');
    expect(r.preview?.steps.map((s) => s.performer)).toEqual([
      'Chuyên viên Bộ phận một cửa',
      'Chuyên viên Bộ phận một cửa',
    ]);
    expect(r.problems.map((p) => p.code)).toContain('filledFromAbove');
  });
});
