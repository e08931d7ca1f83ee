import { describe, expect, it } from 'vitest';
import {
  compareModels,
  levenshtein,
  nameKey,
  nameSimilarity,
  parseBpmn,
  serializeBpmn,
} from '../../../src/core/index.ts';
import { corpusFiles, readCorpusFile } from '../../support/corpus.ts';
import { editedBirthRegistration, parse, redraw, sampleXml } from './support.ts';

describe('name similarity', () => {
  it('ignores case, diacritics and punctuation and tolerates small edits', () => {
    expect(nameKey('  Kiểm tra, ĐỐI CHIẾU   hồ sơ! ')).toBe('kiem tra doi chieu ho so');
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    // 'tiep nhan ho so' vs 'tiep nhan hs so': 1 edit in 15 characters
    expect(nameSimilarity(nameKey('Tiếp nhận hồ sơ'), nameKey('tiep nhan hs so'))).toBeCloseTo(14 / 15, 10);
    expect(nameSimilarity('', 'a')).toBe(0);
  });
});

describe('comparing variants cloned from each other', () => {
  it('matches every element by id and lists the removed step and the changed facts', async () => {
    // given the birth registration today and option B (online, no signing of the register in person)
    const before = await parse(sampleXml('dang-ky-khai-sinh', 'hien-hanh'));
    const after = await parse(sampleXml('dang-ky-khai-sinh', 'phuong-an-b'));

    // when
    const c = compareModels(before, after);

    // then
    expect(new Set(c.matched.map((p) => p.rule))).toEqual(new Set(['id']));
    expect(c.added).toEqual([]);
    expect(c.removed.map((r) => [r.beforeId, r.impliedBy ?? null])).toEqual([
      ['Task_SignRegister', null],
      ['Flow_Task_SignRegister_Task_Issue', 'Task_SignRegister'],
    ]);
    const field = (id: string, name: string) =>
      c.changed.find((x) => x.afterId === id)?.fields.find((f) => f.field === name);
    expect(field('Task_Issue', 'step.duration')).toEqual({ field: 'step.duration', old: 0.25, new: 0.375 });
    expect(field('Task_Submit', 'step.inPersonVisit')).toEqual({ field: 'step.inPersonVisit', old: true, new: false });
    expect(field('Dossier_Identity', 'dossierComponent.source')).toEqual({
      field: 'dossierComponent.source',
      old: 'applicant',
      new: 'database',
    });
    expect(field('Dossier_Identity', 'dossierComponent.database')).toEqual({
      field: 'dossierComponent.database',
      old: null,
      new: 'CSDL quốc gia về dân cư',
    });
    expect(field('Process_DangKyKhaiSinh', 'procedure.onlineLevel')).toEqual({
      field: 'procedure.onlineLevel',
      old: null,
      new: 'full',
    });
    expect(field('Flow_Task_Record_Task_SignRegister', 'target')).toEqual({
      field: 'target',
      old: 'Task_SignRegister',
      new: 'Task_Issue',
    });
    // the variant's own name and status are not changes
    expect(c.changed.flatMap((x) => x.fields.map((f) => f.field))).not.toContain('procedure.variantName');
  });

  it('finds no change between identical files', async () => {
    const xml = sampleXml('hn1594-thay-doi-tru-so-to-chuc-ton-giao', 'hien-hanh');
    const c = compareModels(await parse(xml), await parse(xml));
    expect([c.added.length, c.removed.length, c.changed.length]).toEqual([0, 0, 0]);
    expect(c.matched.length).toBeGreaterThan(40);
    expect(c.matched.every((p) => p.rule === 'id')).toBe(true);
  });
});

describe('comparing the same procedure drawn twice independently', () => {
  it('finds exactly the renamed, the removed and the added step', async () => {
    // given the current birth registration, and the same procedure redrawn (every id new, every shape moved)
    // with "Kiểm tra giấy tờ" renamed, "Cùng ký tên vào Sổ hộ tịch" removed and a notification step added
    const before = await parse(sampleXml('dang-ky-khai-sinh', 'hien-hanh'));
    const after = await parse(redraw(await editedBirthRegistration()));

    // when
    const c = compareModels(before, after);

    // then: three changes of their own; the flows that follow them say so
    const main = c.changes.filter((x) => !x.impliedBy);
    expect(main.map((x) => [x.kind, x.name])).toEqual([
      ['changed', 'Xem xét hồ sơ, giấy tờ'],
      ['removed', 'Cùng ký tên vào Sổ hộ tịch'],
      ['added', 'Gửi Giấy khai sinh điện tử vào kho dữ liệu VNeID'],
    ]);
    expect(main[0]).toMatchObject({
      beforeId: 'Task_Check',
      rule: 'position',
      fields: [{ field: 'name', old: 'Kiểm tra giấy tờ', new: 'Xem xét hồ sơ, giấy tờ' }],
    });
    const implied = c.changes.filter((x) => x.impliedBy);
    expect(implied.every((x) => x.connection)).toBe(true);
    expect(implied.map((x) => x.kind).sort()).toEqual(['added', 'changed', 'changed', 'removed']);
    // no pair by id (all ids are new); named shapes nearby by name and position, flows by their ends
    const rules = new Map(c.matched.map((p) => [p.before, p.rule]));
    expect(c.matched.some((p) => p.rule === 'id')).toBe(false);
    expect(rules.get('Task_Record')).toBe('name+position');
    expect(rules.get('Gateway_Complete')).toBe('name+position');
    expect(rules.get('Flow_Complete')).toBe('endpoints');
    expect(rules.get('Process_DangKyKhaiSinh')).toBe('name+position');
  });

  it('matches renamed steps that moved far away by their name when it is only slightly edited', async () => {
    const before = await parse(sampleXml('dang-ky-khai-sinh', 'hien-hanh'));
    // given "Cấp Giấy khai sinh" spelt without diacritics and moved 5,000 units to the right, then redrawn
    const edited = sampleXml('dang-ky-khai-sinh', 'hien-hanh')
      .replace('name="Cấp Giấy khai sinh"', 'name="Cap giay khai sinh."')
      .replace(
        /(bpmnElement="Task_Issue">\s*<dc:Bounds x=")([-\d.]+)/,
        (_a, p: string, x: string) => `${p}${Number(x) + 5000}`,
      );
    expect(edited).toContain('Cap giay khai sinh.');

    // when
    const c = compareModels(before, await parse(redraw(edited)));

    // then it is the same step with a new name, matched by name alone
    expect(
      c.changes.filter((x) => !x.impliedBy).map((x) => [x.beforeId, x.kind, x.fields.map((f) => f.field)]),
    ).toEqual([['Task_Issue', 'changed', ['name']]]);
    expect(c.matched.filter((p) => p.rule === 'name').map((p) => p.before)).toEqual(['Task_Issue']);
  });
});

describe('MIWG reference files against their own round trip', () => {
  const files = corpusFiles(['miwg']).filter((f) => !f.negative);
  it.each(files.map((f) => [f.name, f] as const))('%s: no change', async (_name, file) => {
    const xml = readCorpusFile(file);
    const before = (await parseBpmn(xml)).definitions;
    const after = (await parseBpmn(await serializeBpmn((await parseBpmn(xml)).definitions))).definitions;
    const c = compareModels(before, after);
    expect(c.changes).toEqual([]);
  });
});
