import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import {
  DB_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  firstProcedures,
  StorageProblem,
  TthcDB,
  classifyStorageError,
  createProcedureFromXml,
  describeStorageProblem,
  getVariant,
  listProcedures,
  listVariants,
  openDatabase,
} from '@/storage/index.ts';
import { nameOrderKey } from '@/core/index.ts';
import { BIRTH, deps, freshDb, procedureXml, uniqueName } from './helpers.ts';

async function problemOf(promise: Promise<unknown>): Promise<StorageProblem> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(StorageProblem);
    return error as StorageProblem;
  }
  throw new Error('expected a StorageProblem');
}

describe('library database schema', () => {
  it('opens at the current version with the five tables and their indexes', async () => {
    const db = await freshDb();
    expect(DB_VERSION).toBe(4);
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['figures', 'procedures', 'revisions', 'settings', 'variants']);
    expect(db.figures.schema.indexes.map((i) => i.name)).toContain('procedureId');
    expect(db.procedures.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['searchKey', 'nameOrder']));
    expect(db.revisions.schema.indexes.map((i) => i.name)).toContain('[variantId+revision]');
    db.close();
  });

  it('upgrades a version 1 library: every procedure gets its folded searchKey', async () => {
    // given a library written by a build with schema version 1 (no searchKey)
    const name = uniqueName();
    const v1 = new Dexie(name, deps);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('procedures').bulkPut([
      { id: 'p1', name: 'Đăng ký khai sinh', createdAt: 1, updatedAt: 1 },
      { id: 'p2', name: 'Cấp Giấy chứng nhận quyền sử dụng đất', createdAt: 1, updatedAt: 1 },
    ]);
    await v1.table('variants').put({
      id: 'v1',
      procedureId: 'p1',
      name: 'Hiện hành',
      status: 'current',
      xml: '<x/>',
      revision: 1,
      createdAt: 1,
      updatedAt: 1,
    });
    v1.close();

    // when this build opens it
    const db = await openDatabase(name, deps);

    // then the upgrade filled the new index, and the rest is untouched
    expect((await db.procedures.get('p1'))?.searchKey).toBe('dang ky khai sinh');
    expect((await db.procedures.get('p2'))?.searchKey).toBe('cap giay chung nhan quyen su dung dat');
    expect((await db.procedures.where('searchKey').startsWith('dang ky').toArray()).map((p) => p.id)).toEqual(['p1']);
    expect((await db.variants.get('v1'))?.xml).toBe('<x/>');
    db.close();
  });

  it('upgrades a version 3 library: procedures get their name-order key, and list in Vietnamese name order', async () => {
    // given a library written by a build with schema version 3 (no nameOrder)
    const name = uniqueName();
    const v3 = new Dexie(name, deps);
    v3.version(3).stores(SCHEMA_V3);
    const names = ['Đổi giấy phép lái xe', 'Dân số 10', 'Dân số 9', 'Đăng ký khai sinh', 'Cấp bản sao', 'Ăn uống'];
    await v3
      .table('procedures')
      .bulkPut(names.map((n, i) => ({ id: `p${i}`, name: n, searchKey: n, createdAt: 1, updatedAt: 1 })));
    v3.close();

    // when this build opens it
    const db = await openDatabase(name, deps);

    // then each has its key, and the list (and its first page, read from the index) is in Vietnamese order
    expect((await db.procedures.get('p3'))?.nameOrder).toBe(nameOrderKey('Đăng ký khai sinh'));
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    const expected = [...names].sort(collator.compare);
    expect(expected).toEqual([
      'Ăn uống',
      'Cấp bản sao',
      'Dân số 9',
      'Dân số 10',
      'Đăng ký khai sinh',
      'Đổi giấy phép lái xe',
    ]);
    expect((await listProcedures(db)).map((p) => p.name)).toEqual(expected);
    const first = await firstProcedures(db, 3);
    expect(first.total).toBe(6);
    expect(first.records.map((p) => p.name)).toEqual(expected.slice(0, 3));
    db.close();
  });

  it('refuses a library written by a newer build (newerSchema), in both languages', async () => {
    const name = uniqueName();
    const newer = new Dexie(name, deps);
    newer.version(DB_VERSION + 1).stores({ ...SCHEMA_V2, comments: '++id, variantId' });
    await newer.open();
    newer.close();

    const problem = await problemOf(openDatabase(name, deps));
    expect(problem.code).toBe('newerSchema');
    expect(describeStorageProblem(problem, 'vi')).toMatch(/phiên bản TTHC Studio mới hơn.*tải về/);
    expect(describeStorageProblem(problem, 'en')).toMatch(/newer version of TTHC Studio.*Download/);
  });

  it('refuses a newer library also where indexedDB.databases() is missing (older browsers)', async () => {
    const name = uniqueName();
    const newer = new Dexie(name, deps);
    newer.version(DB_VERSION + 1).stores(SCHEMA_V2);
    await newer.open();
    newer.close();
    const factory = new Proxy(deps.indexedDB, {
      get: (target, key) => (key === 'databases' ? undefined : Reflect.get(target, key, target)),
    });
    const factoryWithoutDatabases = Object.assign(Object.create(null), {
      open: (n: string, v?: number) => factory.open(n, v),
      deleteDatabase: (n: string) => factory.deleteDatabase(n),
      cmp: (a: unknown, b: unknown) => factory.cmp(a, b),
    });

    const problem = await problemOf(
      openDatabase(name, { indexedDB: factoryWithoutDatabases, IDBKeyRange: deps.IDBKeyRange }),
    );
    expect(problem.code).toBe('newerSchema');
  });

  it('stops with newerSchema when a newer build upgrades the library in another tab', async () => {
    // given this tab has the library open
    const name = uniqueName();
    const db = await openDatabase(name, deps);
    await createProcedureFromXml(db, await procedureXml(BIRTH));
    // when a newer build opens it in another tab (Dexie closes this connection for the upgrade)
    const newer = new Dexie(name, deps);
    newer.version(DB_VERSION + 1).stores(SCHEMA_V2);
    await newer.open();
    // then this tab's next read says so instead of reading a layout it does not know
    expect((await problemOf(listProcedures(db))).code).toBe('newerSchema');
    newer.close();
  });

  it('reports unavailable IndexedDB (private windows) as unavailable', async () => {
    // Firefox private windows used to throw InvalidStateError from indexedDB.open
    const broken = {
      open: () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
      deleteDatabase: () => {
        throw new DOMException('no', 'InvalidStateError');
      },
      cmp: deps.indexedDB.cmp.bind(deps.indexedDB),
    };
    const problem = await problemOf(openDatabase(uniqueName(), { indexedDB: broken, IDBKeyRange: deps.IDBKeyRange }));
    expect(problem.code).toBe('unavailable');
    expect(describeStorageProblem(problem, 'vi')).toMatch(/ẩn danh.*tải về/);
    expect(describeStorageProblem(problem, 'en')).toMatch(/private window.*downloaded/);
    // no IndexedDB at all (Dexie's MissingAPIError)
    expect(classifyStorageError(new Dexie.MissingAPIError('IndexedDB API missing')).code).toBe('unavailable');
    if (!('indexedDB' in globalThis)) {
      expect((await problemOf(openDatabase(uniqueName()))).code).toBe('unavailable');
    }
  });

  it('reports a damaged record as corrupt and keeps the rest of the library readable', async () => {
    const db = await freshDb();
    const { procedure, variant } = await createProcedureFromXml(db, await procedureXml(BIRTH));
    await db.variants.put({ ...variant, id: 'broken', xml: undefined } as never);
    await db.procedures.put({ id: 'nameless', createdAt: 1, updatedAt: 1 } as never);

    const seen: StorageProblem[] = [];
    expect((await listProcedures(db, (p) => seen.push(p))).map((p) => p.id)).toEqual([procedure.id]);
    expect((await listVariants(db, procedure.id, (p) => seen.push(p))).map((v) => v.id)).toEqual([variant.id]);
    expect(seen.map((p) => [p.code, p.params.id])).toEqual([
      ['corrupt', 'nameless'],
      ['corrupt', 'broken'],
    ]);

    const problem = await problemOf(getVariant(db, 'broken'));
    expect(problem.code).toBe('corrupt');
    expect(describeStorageProblem(problem, 'vi')).toMatch(
      /^Một bản ghi trong thư viện bị hỏng và không đọc được \(phương án broken\)\..*tải về/,
    );
    expect(describeStorageProblem(problem, 'en')).toMatch(
      /^A record in the library is damaged and cannot be read \(variant broken\)\..*downloaded/,
    );
    expect(classifyStorageError(new Dexie.DataError('Invalid key')).code).toBe('corrupt');
    db.close();
  });

  it('opens two connections (two tabs) to the same library', async () => {
    const name = uniqueName();
    const a = await openDatabase(name, deps);
    const b = new TthcDB(name, deps);
    await b.open();
    await createProcedureFromXml(a, await procedureXml(BIRTH));
    expect(await b.procedures.count()).toBe(1);
    a.close();
    b.close();
  });
});
