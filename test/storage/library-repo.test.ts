import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBpmn, readProcedure } from '@/core/index.ts';
import {
  ConflictError,
  StorageProblem,
  TthcDB,
  approveVariant,
  cloneVariant,
  createProcedureFromXml,
  deleteProcedure,
  deleteVariant,
  describeStorageProblem,
  getSetting,
  getVariant,
  listProcedures,
  listRevisions,
  listVariants,
  restoreRevision,
  saveConflictCopy,
  saveVariantXml,
  setSetting,
  MAX_REVISIONS,
} from '@/storage/index.ts';
import { BIRTH, MARRIAGE, deps, elementIds, freshDb, procedureXml, uniqueName, rejection } from './helpers.ts';

async function factsOf(xml: string) {
  return readProcedure((await parseBpmn(xml)).definitions);
}

describe('procedures from BPMN', () => {
  it('takes code, name, field, level, agency and online level from the facts', async () => {
    const db = await freshDb();
    const { procedure, variant } = await createProcedureFromXml(
      db,
      await procedureXml({ ...BIRTH, variantName: 'Quy trình hiện tại' }),
    );
    expect(procedure).toMatchObject({ ...BIRTH, searchKey: 'dang ky khai sinh' });
    expect(variant).toMatchObject({
      procedureId: procedure.id,
      name: 'Quy trình hiện tại',
      status: 'current',
      revision: 1,
    });
    expect(await listProcedures(db)).toEqual([procedure]);
    expect(await getVariant(db, variant.id)).toEqual(variant);
  });

  it('falls back to the participant / process name, then to the given name; variant defaults to Hiện hành / current', async () => {
    const db = await freshDb();
    const template = await procedureXml();
    const noFactsName = template
      .replace(/<tthc:procedure name="[^"]*"/, '<tthc:procedure')
      .replace(/name="Thủ tục hành chính mới" processRef/, 'name="Cấp phép xây dựng" processRef');
    const { procedure, variant } = await createProcedureFromXml(db, noFactsName);
    expect(procedure.name).toBe('Cấp phép xây dựng');
    expect(variant).toMatchObject({ name: 'Hiện hành', status: 'current' });

    const nameless = noFactsName
      .replace(/ name="Cấp phép xây dựng"/, '')
      .replace(/(<bpmn:process id="Process_TTHC") name="[^"]*"/, '$1');
    expect((await createProcedureFromXml(db, nameless, { name: 'Tệp của tôi' })).procedure.name).toBe('Tệp của tôi');
  });

  it('refuses a file that is not BPMN with the core ImportProblem and writes nothing', async () => {
    const db = await freshDb();
    const error = await rejection(createProcedureFromXml(db, '<html></html>'));
    expect(error).toMatchObject({ name: 'ImportProblem', code: 'notBpmn' });
    expect(await db.procedures.count()).toBe(0);
  });
});

describe('saving, revisions and restore', () => {
  it('keeps the previous XML as a revision on every save and restores an earlier one as a new save', async () => {
    const db = await freshDb();
    const original = await procedureXml(BIRTH);
    const { procedure, variant } = await createProcedureFromXml(db, original);
    const second = await procedureXml({ ...BIRTH, name: 'Đăng ký khai sinh (sửa)' });
    const third = await procedureXml({ ...BIRTH, code: '1.000948', agency: undefined });

    const v2 = await saveVariantXml(db, variant.id, second, 1);
    const v3 = await saveVariantXml(db, variant.id, third, v2.revision);
    expect(v3.revision).toBe(3);
    // the procedure follows the facts of the saved XML (a cleared field is cleared)
    const p3 = (await listProcedures(db))[0]!;
    expect(p3).toMatchObject({
      id: procedure.id,
      code: '1.000948',
      name: 'Đăng ký khai sinh',
      searchKey: 'dang ky khai sinh',
    });
    expect(p3.agency).toBeUndefined();

    const history = await listRevisions(db, variant.id);
    expect(history.map((r) => [r.revision, r.xml])).toEqual([
      [2, second],
      [1, original],
    ]);

    const restored = await restoreRevision(db, variant.id, history[1]!.id!, 3);
    expect(restored).toMatchObject({ revision: 4, xml: original });
    expect((await listRevisions(db, variant.id)).map((r) => [r.revision, r.xml])).toEqual([
      [3, third],
      [2, second],
      [1, original],
    ]);
    expect((await listProcedures(db))[0]).toMatchObject({ code: BIRTH.code, agency: BIRTH.agency });
  });

  it('writes nothing when the XML did not change', async () => {
    const db = await freshDb();
    const xml = await procedureXml(BIRTH);
    const { variant } = await createProcedureFromXml(db, xml);
    expect((await saveVariantXml(db, variant.id, xml, 1)).revision).toBe(1);
    expect(await listRevisions(db, variant.id)).toEqual([]);
  });

  it('says notFound (not a crash) when the variant was deleted meanwhile', async () => {
    const db = await freshDb();
    const error = await rejection(saveVariantXml(db, 'gone', await procedureXml(BIRTH), 1));
    expect(error).toMatchObject({ code: 'notFound' });
    expect(describeStorageProblem(error as StorageProblem, 'en')).toMatch(/variant is not in the library.*downloaded/);
  });
});

describe('autosave history', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** The variant with its receiving step renamed: one edit. */
  const rename = (xml: string, label: string) =>
    xml.replace(/(<bpmn:userTask id="Task_Check" name=")[^"]*"/, `$1Tiếp nhận ${label}"`);

  /** Save an edit with the clock at `seconds`, as autosave does. */
  async function autosaveAt(db: Awaited<ReturnType<typeof freshDb>>, id: string, seconds: number, duration: string) {
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000 + seconds * 1000);
    const v = await getVariant(db, id);
    return saveVariantXml(db, id, rename(v!.xml, duration), v!.revision, { coalesceWithinMs: 120_000 });
  }

  it('keeps about one revision per two minutes of continuous editing and the state before each pause', async () => {
    // given a new procedure created at t = 0
    const db = await freshDb();
    vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    const { variant } = await createProcedureFromXml(db, await procedureXml(BIRTH));
    // when it is autosaved every 10 s for a minute, then again after a five-minute pause
    for (let t = 10; t <= 60; t += 10) await autosaveAt(db, variant.id, t, String(t));
    const burst = (await listRevisions(db, variant.id)).map((r) => r.savedAt - 1_000_000);
    await autosaveAt(db, variant.id, 360, 'pause');
    // then the burst kept only the original state; after the pause its last state (saved at 60 s) is kept too
    expect(burst).toEqual([0]);
    expect((await listRevisions(db, variant.id)).map((r) => r.savedAt - 1_000_000)).toEqual([60_000, 0]);
    // and a plain save (no coalescing) keeps every previous state, as before
    const v = await getVariant(db, variant.id);
    await saveVariantXml(db, variant.id, rename(v!.xml, 'cuối'), v!.revision);
    expect(await listRevisions(db, variant.id)).toHaveLength(3);
  });

  it('keeps at most MAX_REVISIONS, dropping the oldest', async () => {
    const db = await freshDb();
    const { variant } = await createProcedureFromXml(db, await procedureXml(BIRTH));
    for (let i = 1; i <= MAX_REVISIONS + 5; i++) {
      const v = await getVariant(db, variant.id);
      await saveVariantXml(db, variant.id, rename(v!.xml, String(i)), v!.revision);
    }
    expect(await listRevisions(db, variant.id)).toHaveLength(MAX_REVISIONS + 5);
    // an autosave long after the last save (the window of 1 ms has passed) keeps a revision and prunes
    await new Promise((resolve) => setTimeout(resolve, 5));
    const v = await getVariant(db, variant.id);
    await saveVariantXml(db, variant.id, rename(v!.xml, 'tự lưu'), v!.revision, { coalesceWithinMs: 1 });
    const kept = await listRevisions(db, variant.id);
    expect(kept).toHaveLength(MAX_REVISIONS);
    expect(kept.at(-1)?.revision).toBe(7); // 206 kept before pruning: revisions 1–6 went first
  });
});

describe('two tabs, one variant', () => {
  it('detects the stale save, overwrites nothing and keeps both versions', async () => {
    // given two tabs with the same variant open at revision 1
    const name = uniqueName();
    const tabA = new TthcDB(name, deps);
    const tabB = new TthcDB(name, deps);
    const { procedure, variant } = await createProcedureFromXml(tabA, await procedureXml(BIRTH));
    const openedInB = (await getVariant(tabB, variant.id))!;

    // when tab A saves first and tab B saves on top of revision 1
    const xmlA = await procedureXml({ ...BIRTH, agency: 'UBND phường' });
    const xmlB = await procedureXml({ ...BIRTH, agency: 'UBND xã Tân Lập' });
    await saveVariantXml(tabA, variant.id, xmlA, 1);
    const error = await rejection(saveVariantXml(tabB, variant.id, xmlB, openedInB.revision));

    // then tab B gets a conflict carrying both versions, and tab A's save stands
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError;
    expect(conflict.code).toBe('conflict');
    expect(conflict.theirs).toMatchObject({ id: variant.id, revision: 2, xml: xmlA });
    expect(conflict.mine).toBe(xmlB);
    expect(describeStorageProblem(conflict, 'vi')).toContain('thẻ hoặc cửa sổ khác');
    expect(describeStorageProblem(conflict, 'en')).toMatch(/another tab.*Nothing was overwritten/);
    expect((await getVariant(tabA, variant.id))!.xml).toBe(xmlA);
    expect(await listRevisions(tabA, variant.id)).toHaveLength(1);

    // and keeping B's version makes a second variant beside A's
    const copy = await saveConflictCopy(tabB, conflict, 'Bản từ thẻ khác');
    expect(copy).toMatchObject({
      procedureId: procedure.id,
      name: 'Bản từ thẻ khác',
      status: 'proposed',
      clonedFrom: variant.id,
    });
    expect(await factsOf(copy.xml)).toMatchObject({
      agency: 'UBND xã Tân Lập',
      variantName: 'Bản từ thẻ khác',
      variantStatus: 'proposed',
    });
    expect((await listVariants(tabA, procedure.id)).map((v) => v.id)).toEqual([variant.id, copy.id]);
    tabA.close();
    tabB.close();
  });

  it('is no conflict when the other tab saved exactly the same XML', async () => {
    const name = uniqueName();
    const tabA = new TthcDB(name, deps);
    const tabB = new TthcDB(name, deps);
    const { variant } = await createProcedureFromXml(tabA, await procedureXml(BIRTH));
    const same = await procedureXml({ ...BIRTH, agency: 'UBND phường' });
    await saveVariantXml(tabA, variant.id, same, 1);
    expect(await saveVariantXml(tabB, variant.id, same, 1)).toMatchObject({ revision: 2, xml: same });
    expect(await listRevisions(tabB, variant.id)).toHaveLength(1);
    tabA.close();
    tabB.close();
  });

  it('keeps the conflicting version as a new procedure when the other tab deleted the procedure', async () => {
    const db = await freshDb();
    const { procedure, variant } = await createProcedureFromXml(db, await procedureXml(BIRTH));
    const mine = await procedureXml({ ...BIRTH, agency: 'UBND phường' });
    const conflict = new ConflictError({ ...variant, revision: 2 }, mine, 1);
    await deleteProcedure(db, procedure.id);
    const copy = await saveConflictCopy(db, conflict, 'Bản của tôi');
    expect(copy.procedureId).not.toBe(procedure.id);
    expect((await listProcedures(db)).map((p) => p.name)).toEqual(['Đăng ký khai sinh']);
  });
});

describe('variants', () => {
  it('clones a variant keeping every element id, with its own name, description and proposed status', async () => {
    const db = await freshDb();
    const { procedure, variant } = await createProcedureFromXml(db, await procedureXml(BIRTH));
    const clone = await cloneVariant(db, variant.id, { name: 'Phương án A', description: 'Bỏ bước trình ký' });

    expect(clone).toMatchObject({
      procedureId: procedure.id,
      name: 'Phương án A',
      description: 'Bỏ bước trình ký',
      status: 'proposed',
      revision: 1,
      clonedFrom: variant.id,
    });
    expect(elementIds(clone.xml)).toEqual(elementIds(variant.xml));
    expect(elementIds(clone.xml).length).toBeGreaterThan(30);
    expect(await factsOf(clone.xml)).toMatchObject({ ...BIRTH, variantName: 'Phương án A', variantStatus: 'proposed' });
    expect((await getVariant(db, variant.id))!.xml).toBe(variant.xml);
  });

  it('approves one variant per procedure; the previous one goes back to proposed (record and facts)', async () => {
    const db = await freshDb();
    const { variant: current } = await createProcedureFromXml(db, await procedureXml(BIRTH));
    const a = await cloneVariant(db, current.id, { name: 'Phương án A' });
    const b = await cloneVariant(db, current.id, { name: 'Phương án B' });

    const approvedA = await approveVariant(db, a.id);
    expect(approvedA).toMatchObject({ id: a.id, status: 'approved', revision: 2 });
    expect((await factsOf(approvedA.xml)).variantStatus).toBe('approved');

    await approveVariant(db, b.id);
    const statuses = Object.fromEntries((await listVariants(db, current.procedureId)).map((v) => [v.name, v.status]));
    expect(statuses).toEqual({ 'Hiện hành': 'current', 'Phương án A': 'proposed', 'Phương án B': 'approved' });
    expect((await factsOf((await getVariant(db, a.id))!.xml)).variantStatus).toBe('proposed');
    expect((await listRevisions(db, a.id)).map((r) => r.revision)).toEqual([2, 1]);
    // approving the approved one again changes nothing
    expect((await approveVariant(db, b.id)).revision).toBe(2);
  });

  it('deletes a variant with its revisions but never the last one; deleteProcedure removes everything', async () => {
    const db = await freshDb();
    const { procedure, variant } = await createProcedureFromXml(db, await procedureXml(BIRTH));
    const clone = await cloneVariant(db, variant.id, { name: 'Phương án A' });
    await saveVariantXml(db, clone.id, await procedureXml({ ...BIRTH, variantName: 'Phương án A1' }), 1);
    expect(await listRevisions(db, clone.id)).toHaveLength(1);

    await deleteVariant(db, clone.id);
    expect(await getVariant(db, clone.id)).toBeUndefined();
    expect(await db.revisions.where('variantId').equals(clone.id).count()).toBe(0);

    const error = await rejection(deleteVariant(db, variant.id));
    expect(error).toMatchObject({ code: 'lastVariant' });
    expect(describeStorageProblem(error as StorageProblem, 'en')).toContain('delete the whole procedure');
    expect(await getVariant(db, variant.id)).toBeDefined();

    await saveVariantXml(db, variant.id, await procedureXml(MARRIAGE), 1);
    await deleteProcedure(db, procedure.id);
    expect([await db.procedures.count(), await db.variants.count(), await db.revisions.count()]).toEqual([0, 0, 0]);
  });
});

describe('settings and storage faults', () => {
  it('stores settings', async () => {
    const db = await freshDb();
    expect(await getSetting(db, 'lang')).toBeUndefined();
    await setSetting(db, 'lang', 'en');
    await setSetting(db, 'recent', { ids: ['a', 'b'] });
    expect(await getSetting<string>(db, 'lang')).toBe('en');
    expect(await getSetting(db, 'recent')).toEqual({ ids: ['a', 'b'] });
  });

  it('turns a full disk (QuotaExceededError) into a quota problem, and nothing is half-written', async () => {
    const db = await freshDb();
    const xml = await procedureXml(BIRTH);
    const { variant } = await createProcedureFromXml(db, xml);
    db.variants.put = (() =>
      Promise.reject(
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      )) as unknown as typeof db.variants.put;

    const error = await rejection(saveVariantXml(db, variant.id, await procedureXml(MARRIAGE), 1));
    expect(error).toBeInstanceOf(StorageProblem);
    const problem = error as StorageProblem;
    expect(problem.code).toBe('quota');
    expect(describeStorageProblem(problem, 'vi')).toMatch(/đã đầy.*Công việc chưa lưu vẫn còn trên màn hình/);
    expect(describeStorageProblem(problem, 'en')).toMatch(
      /is full.*Your unsaved work is still on screen and can be downloaded/,
    );
    // the transaction was rolled back: no revision, old XML
    expect(await listRevisions(db, variant.id)).toEqual([]);
    expect((await getVariant(db, variant.id))!.xml).toBe(xml);
  });
});
