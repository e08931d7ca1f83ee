/**
 * The library database: one typed Dexie class with a versioned schema. Schema strings list only the
 * primary key and the indexes; records are the plain interfaces of types.ts.
 */
import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import { nameOrderKey, searchKey } from '../core/index.ts';
import { StorageProblem, classifyStorageError } from './problems.ts';
import type { FiguresRecord, ProcedureRecord, RevisionRecord, SettingRecord, VariantRecord } from './types.ts';

/** The schema version this build writes; a database of a higher version belongs to a newer build. */
export const DB_VERSION = 4;

/** Version 1: the first layout, without the folded-name index. */
export const SCHEMA_V1 = {
  procedures: 'id, code, name, field, level, agency, onlineLevel, sampleSlug, updatedAt',
  variants: 'id, procedureId, sampleSlug, updatedAt',
  revisions: '++id, variantId, [variantId+revision]',
  settings: 'key',
} as const;

/** Version 2: procedures gain `searchKey` (the name folded: no diacritics, lower case), indexed. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  procedures: 'id, code, name, searchKey, field, level, agency, onlineLevel, sampleSlug, updatedAt',
} as const;

/**
 * Version 3: `figures`, one record per variant with its name, status and analysed figures, so the library
 * lists and totals thousands of procedures without parsing their XML (see figures.ts).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  figures: 'variantId, procedureId',
} as const;

/**
 * Version 4: procedures gain `nameOrder` (a key that sorts as Vietnamese name order), indexed, so the list's
 * first screenful is read in order without reading the whole library.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  procedures: 'id, code, name, searchKey, nameOrder, field, level, agency, onlineLevel, sampleSlug, updatedAt',
} as const;

export const DEFAULT_DB_NAME = 'tthc-studio';

/** The library: procedures, their variants, the variants' earlier revisions and app settings. */
export class TthcDB extends Dexie {
  procedures!: EntityTable<ProcedureRecord, 'id'>;
  variants!: EntityTable<VariantRecord, 'id'>;
  revisions!: EntityTable<RevisionRecord, 'id'>;
  settings!: Table<SettingRecord, string>;
  figures!: EntityTable<FiguresRecord, 'variantId'>;

  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table<ProcedureRecord, string>('procedures')
          .toCollection()
          .modify((p) => {
            p.name = typeof p.name === 'string' ? p.name : String(p.name ?? '');
            p.searchKey = searchKey(p.name);
          }),
      );
    // Figures need the BPMN parser, which cannot run inside an upgrade transaction: the upgrade lists every
    // variant with its name and status at once, marked not analysed (`updatedAt` 0), and `refreshFigures` fills them.
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        const rows: FiguresRecord[] = [];
        await tx.table<VariantRecord, string>('variants').each((v) => {
          if (typeof v?.id === 'string' && typeof v.procedureId === 'string') {
            rows.push({
              variantId: v.id,
              procedureId: v.procedureId,
              name: String(v.name ?? ''),
              status: v.status,
              updatedAt: 0,
              figures: null,
            });
          }
        });
        await tx.table<FiguresRecord, string>('figures').bulkPut(rows);
      });
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade((tx) =>
        tx
          .table<ProcedureRecord, string>('procedures')
          .toCollection()
          .modify((p) => {
            if (typeof p.name === 'string') p.nameOrder = nameOrderKey(p.name);
          }),
      );
    // Dexie 4 quietly opens a database of a higher version (also when it re-opens after another tab
    // upgraded it): refuse, so an older build never reads or patches a newer layout.
    this.on(
      'ready',
      () => {
        const installed = this.backendDB()?.version ?? 0;
        if (installed > DB_VERSION * 10) throw newerSchema(installed / 10);
      },
      true,
    );
  }
}

/**
 * Open (creating or upgrading) the library database. Open failures become `StorageProblem`s: no
 * IndexedDB ('unavailable', e.g. private windows), a database written by a newer build ('newerSchema').
 */
export async function openDatabase(name: string = DEFAULT_DB_NAME, options?: DexieOptions): Promise<TthcDB> {
  const factory = (options?.indexedDB ?? Dexie.dependencies.indexedDB) as IDBFactory | undefined;
  const installed = await installedVersion(factory, name);
  if (installed !== undefined && installed > DB_VERSION * 10) throw newerSchema(installed / 10);
  const db = new TthcDB(name, options);
  try {
    await db.open();
  } catch (error) {
    db.close();
    throw classifyStorageError(error);
  }
  return db;
}

// helpers //////////////////////

function newerSchema(found: number): StorageProblem {
  return new StorageProblem(
    'newerSchema',
    { found, supported: DB_VERSION },
    { detail: `the library has schema version ${found}; this build reads up to ${DB_VERSION}` },
  );
}

/** The native version of an existing database without opening it (`indexedDB.databases()`), where supported. */
async function installedVersion(factory: IDBFactory | undefined, name: string): Promise<number | undefined> {
  if (!factory || typeof factory.databases !== 'function') return undefined;
  try {
    const found = (await factory.databases()).find((d) => d.name === name);
    return found?.version;
  } catch {
    return undefined;
  }
}
