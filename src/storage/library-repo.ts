/**
 * Library operations on procedures, variants, revisions and settings. Functions take the database first
 * and return plain records. BPMN parsing and serializing happen before a transaction opens: a Dexie
 * transaction commits as soon as it awaits anything that is not Dexie.
 */
import { Dexie } from 'dexie';
import {
  ImportProblem,
  applyFactsPatch,
  createModdle,
  elementsOf,
  is,
  parseBpmn,
  procedureHolder,
  readProcedure,
  serializeBpmn,
  type Level,
  type ModdleElement,
  type OnlineLevel,
  type VariantStatus,
} from '../core/index.ts';
import type { TthcDB } from './db.ts';
import { newId } from './hash.ts';
import { nameFields } from './name-fields.ts';
import { figuresOf, figuresRecord } from './figures.ts';
import type { VariantFigures } from '../core/index.ts';
import { ConflictError, StorageProblem, classifyStorageError } from './problems.ts';
import type { ProcedureRecord, RevisionRecord, VariantRecord } from './types.ts';

/** Name of a variant made from a file or template that does not name its variant. */
export const DEFAULT_VARIANT_NAME = 'Hiện hành';
/** Name of a procedure whose file names neither the procedure nor its process. */
export const UNNAMED_PROCEDURE = 'Thủ tục chưa đặt tên';

/** The procedure fields that mirror the BPMN facts. */
export type ProcedureMetadata = Pick<
  ProcedureRecord,
  'code' | 'name' | 'field' | 'level' | 'agency' | 'onlineLevel' | 'searchKey' | 'nameOrder'
>;

/** What one parse of a BPMN file gives the library. */
export interface DerivedFacts {
  metadata: ProcedureMetadata;
  variantName?: string;
  variantStatus?: VariantStatus;
}

/**
 * Procedure metadata and variant naming from parsed definitions: the `tthc:procedure` facts, else the
 * participant's or process's name, else `fallbackName`.
 */
export function deriveFacts(definitions: ModdleElement, fallbackName?: string): DerivedFacts {
  const facts = readProcedure(definitions);
  const name = text(facts.name) ?? diagramName(definitions) ?? text(fallbackName) ?? UNNAMED_PROCEDURE;
  const metadata: ProcedureMetadata = { name, ...nameFields(name) };
  const code = text(facts.code);
  const field = text(facts.field);
  const agency = text(facts.agency);
  if (code) metadata.code = code;
  if (field) metadata.field = field;
  if (facts.level && LEVELS.has(facts.level)) metadata.level = facts.level;
  if (agency) metadata.agency = agency;
  if (facts.onlineLevel && ONLINE_LEVELS.has(facts.onlineLevel)) metadata.onlineLevel = facts.onlineLevel;
  const out: DerivedFacts = { metadata };
  const variantName = text(facts.variantName);
  if (variantName) out.variantName = variantName;
  if (facts.variantStatus && STATUSES.has(facts.variantStatus)) out.variantStatus = facts.variantStatus;
  return out;
}

/** What a save needs from the definitions: the derived facts and whether the diagram names the procedure itself. */
export interface LibraryFacts {
  facts: DerivedFacts;
  hasName: boolean;
  /** The variant's library figures, when already computed from the live model. */
  figures?: VariantFigures | null;
}

export function libraryFactsOf(definitions: ModdleElement): LibraryFacts {
  return {
    facts: deriveFacts(definitions),
    hasName: !!text(readProcedure(definitions).name) || !!diagramName(definitions),
  };
}

/** New procedure and variant records for one parsed file (no writes). */
export function newProcedureRecords(
  xml: string,
  derived: DerivedFacts,
  options: { sampleSlug?: string } = {},
  now = Date.now(),
): { procedure: ProcedureRecord; variant: VariantRecord } {
  const procedure: ProcedureRecord = { id: newId(), ...derived.metadata, createdAt: now, updatedAt: now };
  if (options.sampleSlug) procedure.sampleSlug = options.sampleSlug;
  const variant: VariantRecord = {
    id: newId(),
    procedureId: procedure.id,
    name: derived.variantName ?? DEFAULT_VARIANT_NAME,
    status: derived.variantStatus ?? 'current',
    xml,
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  return { procedure, variant };
}

/** Add a procedure with one variant from BPMN text; metadata and variant name/status come from its facts. */
export async function createProcedureFromXml(
  db: TthcDB,
  xml: string,
  options: { name?: string; sampleSlug?: string; derived?: DerivedFacts; figures?: VariantFigures | null } = {},
): Promise<{ procedure: ProcedureRecord; variant: VariantRecord }> {
  const definitions = options.derived ? undefined : (await parseBpmn(xml)).definitions;
  const records = newProcedureRecords(xml, options.derived ?? deriveFacts(definitions!, options.name), options);
  const figures = options.figures !== undefined ? options.figures : definitions ? figuresOf(definitions) : null;
  await guard(() =>
    db.transaction('rw', [db.procedures, db.variants, db.figures], async () => {
      await db.procedures.add(records.procedure);
      await db.variants.add(records.variant);
      await db.figures.put(figuresRecord(records.variant, figures));
    }),
  );
  return records;
}

/**
 * Save new XML over a variant if it is still at `expectedRevision`, else throw `ConflictError` and write
 * nothing (another tab saved first). The previous XML becomes a revision; the procedure's metadata follows
 * the new facts; the variant name follows the facts' variantName. Saving the stored XML again writes nothing.
 */
/** Options of `saveVariantXml`. */
export interface SaveOptions {
  /**
   * Autosave: a state replaced less than this many ms after it was saved is not kept as a revision while
   * another was kept within the same span — so a burst of edits leaves about one revision per span and the
   * state before each pause, not one per keystroke pause — and at most `MAX_REVISIONS` are kept per variant,
   * so history cannot fill the browser's storage.
   */
  coalesceWithinMs?: number;
  /** The facts of `xml` already derived from the live model (the editor's derivation): no parse needed. */
  derived?: LibraryFacts;
}

/** The most revisions an autosaved variant keeps; the oldest go first. */
export const MAX_REVISIONS = 200;

export async function saveVariantXml(
  db: TthcDB,
  variantId: string,
  xml: string,
  expectedRevision: number,
  options: SaveOptions = {},
): Promise<VariantRecord> {
  // the derivation's facts and figures of the live model when given (no parse), else those of the parsed XML
  const definitions = options.derived ? undefined : (await parseBpmn(xml)).definitions;
  const { facts: derived, hasName } = options.derived ?? libraryFactsOf(definitions!);
  // the figures go with the save, so the library list never analyses on render
  const figures =
    options.derived?.figures !== undefined ? options.derived.figures : definitions ? figuresOf(definitions) : null;
  return guard(() =>
    db.transaction('rw', [db.variants, db.revisions, db.procedures, db.figures], async () => {
      const current = await db.variants.get(variantId);
      if (!current) throw notFound('variant', variantId);
      // Identical XML is no change (also when another tab saved exactly this): nothing to write, no conflict.
      if (current.xml === xml) return current;
      const revision = typeof current.revision === 'number' ? current.revision : 0;
      if (revision !== expectedRevision) throw new ConflictError(current, xml, expectedRevision);
      const now = Date.now();
      if (typeof current.xml === 'string' && !(await withinBurst(db, current, now, options.coalesceWithinMs))) {
        await db.revisions.add({ variantId, revision, xml: current.xml, savedAt: current.updatedAt ?? now });
        if (options.coalesceWithinMs) await pruneRevisions(db, variantId);
      }
      const updated: VariantRecord = { ...current, xml, revision: revision + 1, updatedAt: now };
      if (derived.variantName) updated.name = derived.variantName;
      await db.variants.put(updated);
      await db.figures.put(figuresRecord(updated, figures));
      const procedure = await db.procedures.get(current.procedureId);
      if (procedure) await db.procedures.put(refreshMetadata(procedure, derived.metadata, hasName, now));
      return updated;
    }),
  );
}

/** True when `current` is an intermediate state of an autosave burst: saved moments ago, with a revision kept recently. */
async function withinBurst(
  db: TthcDB,
  current: VariantRecord,
  now: number,
  windowMs: number | undefined,
): Promise<boolean> {
  if (!windowMs || now - (current.updatedAt ?? 0) >= windowMs) return false;
  const newest = await db.revisions
    .where('[variantId+revision]')
    .between([current.id, Dexie.minKey], [current.id, Dexie.maxKey])
    .last();
  return !!newest && now - newest.savedAt < windowMs;
}

/** Drop the oldest revisions beyond `MAX_REVISIONS`. */
async function pruneRevisions(db: TthcDB, variantId: string): Promise<void> {
  const keys = await db.revisions
    .where('[variantId+revision]')
    .between([variantId, Dexie.minKey], [variantId, Dexie.maxKey])
    .primaryKeys();
  if (keys.length > MAX_REVISIONS) await db.revisions.bulkDelete(keys.slice(0, keys.length - MAX_REVISIONS));
}

/**
 * Keep the XML of a failed (conflicting) save as a new 'proposed' variant named `name` beside the one the
 * other tab saved, so both versions survive; if the procedure itself was deleted meanwhile, a new one is made.
 */
export async function saveConflictCopy(db: TthcDB, conflict: ConflictError, name: string): Promise<VariantRecord> {
  const xml = await withVariantFacts(conflict.mine, name, 'proposed');
  const { definitions } = await parseBpmn(xml);
  const derived = deriveFacts(definitions);
  const figures = figuresOf(definitions);
  const now = Date.now();
  return guard(() =>
    db.transaction('rw', [db.procedures, db.variants, db.figures], async () => {
      let procedureId = conflict.theirs.procedureId;
      if (!(await db.procedures.get(procedureId))) {
        const procedure: ProcedureRecord = { id: newId(), ...derived.metadata, createdAt: now, updatedAt: now };
        await db.procedures.add(procedure);
        procedureId = procedure.id;
      }
      const variant: VariantRecord = {
        id: newId(),
        procedureId,
        name,
        status: 'proposed',
        xml,
        revision: 1,
        createdAt: now,
        updatedAt: now,
      };
      if (await db.variants.get(conflict.theirs.id)) variant.clonedFrom = conflict.theirs.id;
      await db.variants.add(variant);
      await db.figures.put(figuresRecord(variant, figures));
      return variant;
    }),
  );
}

/** The earlier revisions of a variant, newest first (the current XML is the variant itself). */
export async function listRevisions(db: TthcDB, variantId: string): Promise<RevisionRecord[]> {
  return guard(() =>
    db.revisions
      .where('[variantId+revision]')
      .between([variantId, Dexie.minKey], [variantId, Dexie.maxKey])
      .reverse()
      .toArray(),
  );
}

/** Make an earlier revision current again; a save like any other, so the XML it replaces becomes a revision. */
export async function restoreRevision(
  db: TthcDB,
  variantId: string,
  revisionId: number,
  expectedRevision: number,
): Promise<VariantRecord> {
  const revision = await guard(() => db.revisions.get(revisionId));
  if (!revision || revision.variantId !== variantId) throw notFound('revision', String(revisionId));
  return saveVariantXml(db, variantId, revision.xml, expectedRevision);
}

/**
 * A simplification option: a copy of a variant with the same XML and every element id kept (so the two
 * can be compared element by element), named `name`, status 'proposed' in the record and in the facts.
 */
export async function cloneVariant(
  db: TthcDB,
  variantId: string,
  options: { name: string; description?: string },
): Promise<VariantRecord> {
  const source = await getVariant(db, variantId);
  if (!source) throw notFound('variant', variantId);
  const xml = await withVariantFacts(source.xml, options.name, 'proposed');
  const now = Date.now();
  const clone: VariantRecord = {
    id: newId(),
    procedureId: source.procedureId,
    name: options.name,
    status: 'proposed',
    xml,
    revision: 1,
    clonedFrom: source.id,
    createdAt: now,
    updatedAt: now,
  };
  const description = text(options.description);
  if (description) clone.description = description;
  await guard(() =>
    db.transaction('rw', [db.procedures, db.variants, db.figures], async () => {
      if (!(await db.procedures.get(source.procedureId))) throw notFound('procedure', source.procedureId);
      await db.variants.add(clone);
      // same flow and facts as its source (only the variant's name and status differ): the same figures
      const kept = await db.figures.get(source.id);
      if (kept && kept.updatedAt === source.updatedAt) await db.figures.put(figuresRecord(clone, kept.figures));
    }),
  );
  return clone;
}

/**
 * Mark a variant approved; the procedure's previously approved variant goes back to 'proposed'. The
 * facts' variantStatus in each changed XML follows (a save: revision + 1, so an open editor sees a conflict).
 */
export async function approveVariant(db: TthcDB, variantId: string): Promise<VariantRecord> {
  for (let attempt = 0; ; attempt++) {
    const target = await getVariant(db, variantId);
    if (!target) throw notFound('variant', variantId);
    const siblings = await listVariants(db, target.procedureId);
    const changes = siblings
      .filter((v) => (v.id === variantId ? v.status !== 'approved' : v.status === 'approved'))
      .map((v) => ({ before: v, status: (v.id === variantId ? 'approved' : 'proposed') as VariantStatus }));
    const prepared = await Promise.all(
      changes.map(async (c) => ({ ...c, xml: await withVariantFacts(c.before.xml, undefined, c.status) })),
    );
    try {
      return await guard(() =>
        db.transaction('rw', [db.variants, db.revisions, db.figures], async () => {
          const now = Date.now();
          let approved = target;
          for (const { before, status, xml } of prepared) {
            const current = await db.variants.get(before.id);
            if (!current || current.revision !== before.revision)
              throw new ConflictError(current ?? before, xml, before.revision);
            const updated: VariantRecord = { ...current, status, updatedAt: now };
            if (xml !== current.xml) {
              await db.revisions.add({
                variantId: current.id,
                revision: current.revision,
                xml: current.xml,
                savedAt: current.updatedAt,
              });
              updated.xml = xml;
              updated.revision = current.revision + 1;
            }
            await db.variants.put(updated);
            // the status is no figure: figures current before stay current
            const kept = await db.figures.get(current.id);
            if (kept && kept.updatedAt === current.updatedAt)
              await db.figures.put(figuresRecord(updated, kept.figures));
            if (updated.id === variantId) approved = updated;
          }
          return approved;
        }),
      );
    } catch (error) {
      // Another tab saved one of these variants meanwhile: start again from what is stored now.
      if (!(error instanceof ConflictError) || attempt >= 2) throw error;
    }
  }
}

/** Delete a variant and its revisions; the last variant of a procedure is refused ('lastVariant': delete the procedure). */
export async function deleteVariant(db: TthcDB, variantId: string): Promise<void> {
  await guard(() =>
    db.transaction('rw', [db.variants, db.revisions, db.figures], async () => {
      const variant = await db.variants.get(variantId);
      if (!variant) return;
      const count = await db.variants.where('procedureId').equals(variant.procedureId).count();
      if (count <= 1) throw new StorageProblem('lastVariant', { id: variantId });
      await db.revisions.where('variantId').equals(variantId).delete();
      await db.variants.delete(variantId);
      await db.figures.delete(variantId);
    }),
  );
}

/** Delete a procedure with all its variants and their revisions (nothing happens if it is already gone). */
export async function deleteProcedure(db: TthcDB, procedureId: string): Promise<void> {
  await guard(() =>
    db.transaction('rw', [db.procedures, db.variants, db.revisions, db.figures], async () => {
      const variantIds = await db.variants.where('procedureId').equals(procedureId).primaryKeys();
      await db.figures.where('procedureId').equals(procedureId).delete();
      if (variantIds.length) await db.revisions.where('variantId').anyOf(variantIds).delete();
      await db.variants.bulkDelete(variantIds);
      await db.procedures.delete(procedureId);
    }),
  );
}

/**
 * All procedures in Vietnamese name order (`nameOrder`). A damaged record is left out (and reported to
 * `onCorrupt`) so one bad record never hides the library; a missing `searchKey` or `nameOrder` is recomputed.
 */
export async function listProcedures(
  db: TthcDB,
  onCorrupt?: (problem: StorageProblem) => void,
): Promise<ProcedureRecord[]> {
  const all = await guard(() => db.procedures.orderBy('nameOrder').toArray());
  // Records without a nameOrder (damaged) are absent from the index: fetch them separately.
  const count = await guard(() => db.procedures.count());
  const records = count === all.length ? all : await guard(() => db.procedures.toArray());
  const out = usable(records, onCorrupt);
  if (count !== all.length) out.sort(byNameOrder);
  return out;
}

/**
 * The first `limit` procedures in name order and how many there are, for the list's first screenful while
 * `listProcedures` reads the rest: the same records as the start of its list, barring damaged ones.
 */
export async function firstProcedures(
  db: TthcDB,
  limit: number,
  onCorrupt?: (problem: StorageProblem) => void,
): Promise<{ records: ProcedureRecord[]; total: number }> {
  const first = await guard(() => db.procedures.orderBy('nameOrder').limit(limit).toArray());
  const total = await guard(() => db.procedures.count());
  return { records: usable(first, onCorrupt), total };
}

/** The records that can be used, with a missing derived name field recomputed; the others reported. */
function usable(records: ProcedureRecord[], onCorrupt?: (problem: StorageProblem) => void): ProcedureRecord[] {
  const out: ProcedureRecord[] = [];
  for (const p of records) {
    const problem = procedureProblem(p);
    if (problem) {
      onCorrupt?.(problem);
      continue;
    }
    out.push(typeof p.searchKey === 'string' && typeof p.nameOrder === 'string' ? p : { ...p, ...nameFields(p.name) });
  }
  return out;
}

/** Name order, as the index sorts it: by `nameOrder`, then by id. */
function byNameOrder(a: ProcedureRecord, b: ProcedureRecord): number {
  if (a.nameOrder !== b.nameOrder) return a.nameOrder < b.nameOrder ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The variants of a procedure, oldest first; damaged ones are left out and reported to `onCorrupt`. */
export async function listVariants(
  db: TthcDB,
  procedureId: string,
  onCorrupt?: (problem: StorageProblem) => void,
): Promise<VariantRecord[]> {
  const variants = await guard(() => db.variants.where('procedureId').equals(procedureId).toArray());
  const out = variants.filter((v) => {
    const problem = variantProblem(v);
    if (problem) onCorrupt?.(problem);
    return !problem;
  });
  return out.sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name, 'vi'));
}

/** One variant, or undefined when it is not in the library; a damaged record throws 'corrupt'. */
export async function getVariant(db: TthcDB, id: string): Promise<VariantRecord | undefined> {
  const v = await guard(() => db.variants.get(id));
  if (!v) return undefined;
  const problem = variantProblem(v);
  if (problem) throw problem;
  return v;
}

/** A stored setting, or undefined. */
export async function getSetting<T>(db: TthcDB, key: string): Promise<T | undefined> {
  const record = await guard(() => db.settings.get(key));
  return record?.value as T | undefined;
}

/** Store a setting (any structured-cloneable value). */
export async function setSetting(db: TthcDB, key: string, value: unknown): Promise<void> {
  await guard(() => db.settings.put({ key, value }));
}

/** Run a storage operation, turning Dexie / IndexedDB errors into `StorageProblem`s (import problems pass through). */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof StorageProblem || error instanceof ImportProblem) throw error;
    throw classifyStorageError(error);
  }
}

/** Why a stored procedure record is unusable, or undefined when it is fine. */
function procedureProblem(p: unknown): StorageProblem | undefined {
  const r = p as Partial<ProcedureRecord> | undefined;
  if (r && typeof r.id === 'string' && typeof r.name === 'string') return undefined;
  return corrupt('procedure', r?.id);
}

/** Why a stored variant record is unusable, or undefined when it is fine. */
function variantProblem(v: unknown): StorageProblem | undefined {
  const r = v as Partial<VariantRecord> | undefined;
  if (
    r &&
    typeof r.id === 'string' &&
    typeof r.procedureId === 'string' &&
    typeof r.name === 'string' &&
    typeof r.xml === 'string' &&
    typeof r.revision === 'number' &&
    Number.isFinite(r.revision) &&
    typeof r.status === 'string' &&
    STATUSES.has(r.status)
  )
    return undefined;
  return corrupt('variant', r?.id);
}

/** BPMN text with the procedure facts' variantName / variantStatus set (element ids untouched). */
async function withVariantFacts(
  xml: string,
  variantName: string | undefined,
  variantStatus: VariantStatus,
): Promise<string> {
  const moddle = createModdle();
  const { definitions } = await parseBpmn(xml, moddle);
  const holder = procedureHolder(definitions);
  if (!holder) return xml;
  const facts = readProcedure(definitions);
  if (facts.variantStatus === variantStatus && (variantName === undefined || facts.variantName === variantName))
    return xml;
  applyFactsPatch(
    moddle,
    holder,
    'procedure',
    variantName === undefined ? { variantStatus } : { variantName, variantStatus },
  );
  return serializeBpmn(definitions, moddle);
}

/** A 'notFound' problem for a procedure, variant or revision. */
export function notFound(what: 'procedure' | 'variant' | 'revision', id: string): StorageProblem {
  return new StorageProblem('notFound', { what, id }, { detail: `${what} ${id} not found` });
}

// helpers //////////////////////

const LEVELS = new Set<string>(['bo', 'tinh', 'xa'] satisfies Level[]);
const ONLINE_LEVELS = new Set<string>(['full', 'partial'] satisfies OnlineLevel[]);
const STATUSES = new Set<string>(['current', 'proposed', 'approved']);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The name on the diagram: a participant of the procedure's process, else the process. */
function diagramName(definitions: ModdleElement): string | undefined {
  const holder = procedureHolder(definitions);
  const roots = elementsOf(definitions, 'rootElements');
  for (const collab of roots) {
    if (!is(collab, 'bpmn:Collaboration')) continue;
    for (const p of collab.get('participants') ?? []) {
      if (p === holder || p.get('processRef') === holder) {
        const name = text(p.get('name'));
        if (name) return name;
      }
    }
  }
  return text(holder?.get('name'));
}

/** The procedure with its metadata replaced by the new facts (cleared fields cleared); the name is kept when the file has none. */
function refreshMetadata(
  procedure: ProcedureRecord,
  metadata: ProcedureMetadata,
  hasName: boolean,
  now: number,
): ProcedureRecord {
  const { code: _c, field: _f, level: _l, agency: _a, onlineLevel: _o, ...rest } = procedure;
  const next: ProcedureRecord = { ...rest, ...metadata, updatedAt: now };
  if (!hasName) {
    next.name = procedure.name;
    Object.assign(next, nameFields(procedure.name));
  }
  return next;
}

function corrupt(what: 'procedure' | 'variant', id: unknown): StorageProblem {
  const shown = typeof id === 'string' ? id : '?';
  return new StorageProblem('corrupt', { what, id: shown }, { detail: `${what} ${shown}` });
}
