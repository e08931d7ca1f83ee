/**
 * Each variant's analysed figures, kept in the `figures` table so the library lists and totals thousands of
 * procedures without parsing them. Saves write them at once; `refreshFigures` brings any the other writers
 * (imports, samples, bundles, older builds) left missing or stale up to date, a few variants at a time.
 */
import { libraryVariantFigures, parseBpmn, type ModdleElement, type VariantFigures } from '../core/index.ts';
import type { TthcDB } from './db.ts';
import { guard } from './library-repo.ts';
import type { FiguresRecord, VariantRecord } from './types.ts';

/** The figures of parsed definitions, or null when the analysis fails (a file the core cannot follow). */
export function figuresOf(definitions: ModdleElement): VariantFigures | null {
  try {
    return libraryVariantFigures(definitions);
  } catch {
    return null;
  }
}

/** The figures record of a variant from its parsed definitions. */
export function figuresRecord(variant: VariantRecord, figures: VariantFigures | null): FiguresRecord {
  return {
    variantId: variant.id,
    procedureId: variant.procedureId,
    name: variant.name,
    status: variant.status,
    updatedAt: variant.updatedAt,
    figures,
  };
}

/** Every figures record (one small record per variant; no XML is read). */
export async function listFigures(db: TthcDB): Promise<FiguresRecord[]> {
  return guard(() => db.figures.toArray());
}

const CHUNK = 25;

/**
 * Analyse the variants whose figures are missing or older than the variant, and drop those of deleted
 * variants (`known`: the figures records as just read, if the caller has them). Returns how many records it
 * wrote or dropped (0 when all were current).
 */
export async function refreshFigures(db: TthcDB, known?: readonly FiguresRecord[]): Promise<number> {
  const { stale, orphans } = await guard(() =>
    db.transaction('r', [db.variants, db.figures], async () => {
      // index keys and primary keys of one index, in the same order: ids and times without reading the XML
      const times = await db.variants.orderBy('updatedAt').keys();
      const ids = await db.variants.orderBy('updatedAt').primaryKeys();
      // the records the caller has just read (the library list) spare reading them again
      const rows = new Map((known ?? (await db.figures.toArray())).map((r) => [r.variantId, r]));
      const stale: string[] = [];
      ids.forEach((id, i) => {
        if (rows.get(id)?.updatedAt !== times[i]) stale.push(id);
      });
      const live = new Set(ids);
      return { stale, orphans: [...rows.keys()].filter((id) => !live.has(id)) };
    }),
  );
  for (let i = 0; i < stale.length; i += CHUNK) {
    const variants = (await guard(() => db.variants.bulkGet(stale.slice(i, i + CHUNK)))).filter(
      (v): v is VariantRecord => !!v && typeof v.xml === 'string' && typeof v.procedureId === 'string',
    );
    const rows: FiguresRecord[] = [];
    for (const v of variants) {
      let figures: VariantFigures | null = null;
      try {
        figures = figuresOf((await parseBpmn(v.xml)).definitions);
      } catch {
        // an unreadable file has no figures; the list shows it without them
      }
      rows.push(figuresRecord(v, figures));
    }
    await guard(() => db.figures.bulkPut(rows));
  }
  if (orphans.length) await guard(() => db.figures.bulkDelete(orphans));
  return stale.length + orphans.length;
}
