import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { libraryVariantFigures, parseBpmn } from '@/core/index.ts';
import {
  SCHEMA_V2,
  approveVariant,
  cloneVariant,
  createProcedureFromXml,
  deleteProcedure,
  deleteVariant,
  importBpmnFiles,
  listFigures,
  openDatabase,
  refreshFigures,
  saveVariantXml,
} from '@/storage/index.ts';
import { BIRTH, deps, freshDb, procedureXml, uniqueName } from './helpers.ts';

/** The template with a time on every step, the given statutory limit and dossiers per year. */
async function timedXml(stepDays: number, limit: number, perYear = 500): Promise<string> {
  return (await procedureXml(BIRTH))
    .replace(/<tthc:procedure /, `<tthc:procedure timeLimit="${limit}" dossiersPerYear="${perYear}" `)
    .replace(/<tthc:step /g, `<tthc:step duration="${stepDays}" `)
    .replace(
      /<bpmn:userTask id="(Task_(Review|Approve|Issue))"([^>]*)>/g,
      `<bpmn:userTask id="$1"$3><bpmn:extensionElements><tthc:step duration="${stepDays}" /></bpmn:extensionElements>`,
    );
}

async function figuresFor(xml: string) {
  return libraryVariantFigures((await parseBpmn(xml)).definitions);
}

describe('variant figures kept in the library', () => {
  it('a save stores the figures of the saved XML, the same as the core computes', async () => {
    const db = await freshDb();
    const first = await timedXml(1, 10);
    const { variant } = await createProcedureFromXml(db, first);
    expect((await db.figures.get(variant.id))?.figures).toEqual(await figuresFor(first));
    const second = await timedXml(0.5, 10);
    const saved = await saveVariantXml(db, variant.id, second, variant.revision);
    const row = await db.figures.get(variant.id);
    expect(row).toMatchObject({ procedureId: variant.procedureId, status: 'current', updatedAt: saved.updatedAt });
    expect(row?.figures).toEqual(await figuresFor(second));
    expect(row?.figures?.criticalPathWorkingDays).toBeLessThan(
      (await figuresFor(first)).criticalPathWorkingDays as number,
    );
    db.close();
  });

  it("an option starts with its source's figures, approval changes only the status, deletion drops them", async () => {
    const db = await freshDb();
    const { procedure, variant } = await createProcedureFromXml(db, await timedXml(1, 10));
    const option = await cloneVariant(db, variant.id, { name: 'Phương án 1' });
    expect(await db.figures.get(option.id)).toMatchObject({
      name: 'Phương án 1',
      status: 'proposed',
      figures: (await db.figures.get(variant.id))?.figures,
    });
    await approveVariant(db, option.id);
    const approved = await db.figures.get(option.id);
    expect(approved?.status).toBe('approved');
    expect(approved?.updatedAt).toBe((await db.variants.get(option.id))?.updatedAt);
    expect(await refreshFigures(db)).toBe(0);
    await deleteVariant(db, option.id);
    expect(await db.figures.get(option.id)).toBeUndefined();
    await deleteProcedure(db, procedure.id);
    expect(await db.figures.count()).toBe(0);
    db.close();
  });

  it('refreshFigures analyses what imports left missing or stale, and drops figures of deleted variants', async () => {
    const db = await freshDb();
    const xml = await timedXml(1, 10);
    const r = await importBpmnFiles(db, [
      { name: 'a.bpmn', text: xml },
      { name: 'b.bpmn', text: await timedXml(2, 20) },
      { name: 'c.bpmn', text: xml },
    ]);
    expect(r.imported.length).toBe(3);
    await db.figures.clear();
    const [a] = await db.variants.toArray();
    // another writer changed a variant without its figures; a figures record of a variant that is gone
    await db.variants.put({ ...a!, xml: await timedXml(3, 30), updatedAt: a!.updatedAt + 1 });
    expect(await refreshFigures(db)).toBe(3);
    await db.figures.put({
      variantId: 'gone',
      procedureId: 'gone',
      name: 'x',
      status: 'current',
      updatedAt: 1,
      figures: null,
    });
    expect(await refreshFigures(db)).toBe(1);
    const rows = await listFigures(db);
    expect(rows.length).toBe(3);
    for (const row of rows) {
      const v = await db.variants.get(row.variantId);
      expect(row.figures).toEqual(await figuresFor(v!.xml));
    }
    expect(await refreshFigures(db)).toBe(0);
    db.close();
  });

  it('a file the analysis cannot follow is listed without figures', async () => {
    const db = await freshDb();
    const { variant } = await createProcedureFromXml(db, await timedXml(1, 10));
    await db.variants.put({ ...variant, xml: '<not-bpmn', updatedAt: variant.updatedAt + 5 });
    expect(await refreshFigures(db)).toBe(1);
    expect((await db.figures.get(variant.id))?.figures).toBeNull();
    db.close();
  });

  it('upgrades a version 2 library: every variant is listed with its status at once, figures follow', async () => {
    const name = uniqueName();
    const v2 = new Dexie(name, deps);
    v2.version(2).stores(SCHEMA_V2);
    const xml = await timedXml(1, 10);
    await v2
      .table('procedures')
      .put({ id: 'p1', name: 'Đăng ký khai sinh', searchKey: 'dang ky khai sinh', createdAt: 1, updatedAt: 1 });
    await v2.table('variants').bulkPut([
      {
        id: 'v1',
        procedureId: 'p1',
        name: 'Hiện hành',
        status: 'current',
        xml,
        revision: 1,
        createdAt: 1,
        updatedAt: 1,
      },
      {
        id: 'v2',
        procedureId: 'p1',
        name: 'Phương án 1',
        status: 'approved',
        xml,
        revision: 1,
        createdAt: 2,
        updatedAt: 2,
      },
    ]);
    v2.close();

    const db = await openDatabase(name, deps);
    expect((await listFigures(db)).map((r) => [r.variantId, r.name, r.status, r.figures])).toEqual([
      ['v1', 'Hiện hành', 'current', null],
      ['v2', 'Phương án 1', 'approved', null],
    ]);
    expect(await refreshFigures(db)).toBe(2);
    expect((await db.figures.get('v2'))?.figures).toEqual(await figuresFor(xml));
    expect((await db.variants.get('v1'))?.xml).toBe(xml);
    db.close();
  });
});
