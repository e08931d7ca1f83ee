/**
 * Many files in and out: import many .bpmn files at once; export the whole library (or a selection) as one
 * bundle — a zip of the BPMN files plus manifest.json — that another browser imports losslessly.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import {
  ImportProblem,
  MAX_BPMN_BYTES,
  createModdle,
  parseBpmn,
  parseFailure,
  searchKey,
  type VariantStatus,
} from '../core/index.ts';
import type { TthcDB } from './db.ts';
import { nameFields } from './name-fields.ts';
import { newId, sha256Hex } from './hash.ts';
import { deriveFacts, guard, newProcedureRecords } from './library-repo.ts';
import { StorageProblem, type BundleProblemReason } from './problems.ts';
import type { ProcedureRecord, VariantRecord } from './types.ts';

export const BUNDLE_FORMAT = 'tthc-studio-bundle';
/** The bundle format version this build writes and reads up to. */
export const BUNDLE_VERSION = 1;
/** Files written per transaction when importing (then progress is reported and the UI may paint). */
export const IMPORT_CHUNK = 50;

export type ProgressCallback = (done: number, total: number) => void;

export interface BundleVariant extends Omit<VariantRecord, 'xml'> {
  /** Path of the variant's BPMN file inside the zip. */
  file: string;
  /** SHA-256 (hex) of that file's bytes. */
  sha256: string;
}

export interface BundleProcedure extends Omit<ProcedureRecord, 'searchKey' | 'nameOrder'> {
  variants: BundleVariant[];
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  version: number;
  exportedAt: string;
  app: 'TTHC Studio';
  /** Revisions (earlier XML) stay in the browser that made them. */
  includesRevisions: false;
  procedures: BundleProcedure[];
}

export interface BpmnFileImport {
  imported: Array<{ name: string; procedureId: string }>;
  failed: Array<{ name: string; problem: ImportProblem }>;
}

/**
 * Import many BPMN files, one procedure each. A bad file is reported in `failed` and never stops the others.
 * Each file is parsed once; records are written ~50 per transaction, then `onProgress` runs and the event
 * loop gets a turn so a progress bar can paint. A storage failure stops the import (`params.imported` says how far).
 */
export async function importBpmnFiles(
  db: TthcDB,
  files: Array<{ name: string; text: string }>,
  onProgress?: ProgressCallback,
): Promise<BpmnFileImport> {
  const result: BpmnFileImport = { imported: [], failed: [] };
  const moddle = createModdle();
  const total = files.length;
  for (let start = 0; start < total; start += IMPORT_CHUNK) {
    const chunk = files.slice(start, start + IMPORT_CHUNK);
    const procedures: ProcedureRecord[] = [];
    const variants: VariantRecord[] = [];
    const names: string[] = [];
    for (const file of chunk) {
      try {
        const { definitions } = await parseBpmn(file.text, moddle);
        const records = newProcedureRecords(file.text, deriveFacts(definitions, baseName(file.name)));
        procedures.push(records.procedure);
        variants.push(records.variant);
        names.push(file.name);
      } catch (error) {
        result.failed.push({ name: file.name, problem: error instanceof ImportProblem ? error : parseFailure(error) });
      }
    }
    if (procedures.length) {
      await writeChunk(db, procedures, variants, result.imported.length);
      procedures.forEach((p, i) => result.imported.push({ name: names[i]!, procedureId: p.id }));
    }
    onProgress?.(Math.min(start + IMPORT_CHUNK, total), total);
    await yieldToEventLoop();
  }
  return result;
}

/**
 * The library (or the procedures `procedureIds`) as one zip: `manifest.json` with every procedure and
 * variant record, and `procedures/<folder>/<variant>.bpmn` per variant, named from the folded Vietnamese
 * names. Revisions are not included (`includesRevisions: false`).
 */
export async function exportBundle(db: TthcDB, procedureIds?: string[]): Promise<Uint8Array> {
  const { procedures, variantsByProcedure } = await guard(() =>
    db.transaction('r', [db.procedures, db.variants], async () => {
      const procedures = procedureIds
        ? (await db.procedures.bulkGet(procedureIds)).filter((p): p is ProcedureRecord => !!p)
        : await db.procedures.toArray();
      const variants = await db.variants
        .where('procedureId')
        .anyOf(procedures.map((p) => p.id))
        .toArray();
      const variantsByProcedure = new Map<string, VariantRecord[]>();
      for (const v of variants) {
        const list = variantsByProcedure.get(v.procedureId) ?? [];
        list.push(v);
        variantsByProcedure.set(v.procedureId, list);
      }
      return { procedures, variantsByProcedure };
    }),
  );
  procedures.sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));

  const encoder = new TextEncoder();
  const files: Zippable = {};
  const folders = new Set<string>();
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: new Date().toISOString(),
    app: 'TTHC Studio',
    includesRevisions: false,
    procedures: [],
  };
  for (const procedure of procedures) {
    const { searchKey: _key, nameOrder: _order, ...record } = procedure;
    const folder = unique(
      safeName(procedure.code ? `${procedure.code} ${procedure.name}` : procedure.name, 'thu-tuc'),
      folders,
    );
    const names = new Set<string>();
    const variants = (variantsByProcedure.get(procedure.id) ?? []).sort((a, b) => a.createdAt - b.createdAt);
    const entry: BundleProcedure = { ...record, variants: [] };
    for (const variant of variants) {
      const { xml, ...rest } = variant;
      const bytes = encoder.encode(xml);
      const file = `procedures/${folder}/${unique(safeName(variant.name, 'phuong-an'), names)}.bpmn`;
      files[file] = bytes;
      entry.variants.push({ ...rest, file, sha256: await sha256Hex(bytes) });
    }
    manifest.procedures.push(entry);
  }
  files['manifest.json'] = encoder.encode(JSON.stringify(manifest, null, 2));
  return zipSync(files, { level: 6 });
}

/**
 * Import a bundle made by `exportBundle`. Everything is checked first (zip, manifest, format and version,
 * every file present with its SHA-256): a bad bundle is a 'badBundle' problem and nothing is written.
 * Ids are kept; a procedure already present with identical content is skipped, one present with different
 * content is imported as a copy with new ids.
 */
export async function importBundle(
  db: TthcDB,
  bytes: Uint8Array,
  onProgress?: ProgressCallback,
): Promise<{ procedures: number; variants: number; skipped: number; copied: number }> {
  const { manifest, files } = readBundle(bytes);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const xmlByVariant = new Map<string, string>();
  for (const p of manifest.procedures) {
    for (const v of p.variants) {
      const data = files[v.file];
      if (!data) throw bundleProblem('missingFile', { file: v.file });
      if ((await sha256Hex(data)) !== v.sha256.toLowerCase()) throw bundleProblem('checksum', { file: v.file });
      try {
        xmlByVariant.set(v.id, decoder.decode(data));
      } catch {
        throw bundleProblem('checksum', { file: v.file });
      }
    }
  }

  const procedureIds = manifest.procedures.map((p) => p.id);
  const variantIds = manifest.procedures.flatMap((p) => p.variants.map((v) => v.id));
  const existing = await guard(() =>
    db.transaction('r', [db.procedures, db.variants], async () => ({
      procedures: await db.procedures.bulkGet(procedureIds),
      variants: await db.variants.bulkGet(variantIds),
      siblings: await db.variants.where('procedureId').anyOf(procedureIds).toArray(),
    })),
  );
  const takenVariantIds = new Set(existing.variants.filter((v): v is VariantRecord => !!v).map((v) => v.id));

  const counts = { procedures: 0, variants: 0, skipped: 0, copied: 0 };
  const total = manifest.procedures.length;
  let pendingProcedures: ProcedureRecord[] = [];
  let pendingVariants: VariantRecord[] = [];
  const flush = async (done: number): Promise<void> => {
    if (pendingProcedures.length)
      await writeChunk(db, pendingProcedures, pendingVariants, counts.procedures - pendingProcedures.length);
    pendingProcedures = [];
    pendingVariants = [];
    onProgress?.(done, total);
    await yieldToEventLoop();
  };
  for (let i = 0; i < total; i++) {
    const entry = manifest.procedures[i]!;
    const { procedure, variants } = toRecords(entry, xmlByVariant);
    const stored = existing.procedures[i];
    const clash = !!stored || variants.some((v) => takenVariantIds.has(v.id));
    if (
      stored &&
      sameContent(
        stored,
        procedure,
        existing.siblings.filter((v) => v.procedureId === stored.id),
        variants,
      )
    ) {
      counts.skipped++;
    } else {
      const records = clash ? asCopy(procedure, variants) : { procedure, variants };
      if (clash) counts.copied++;
      pendingProcedures.push(records.procedure);
      pendingVariants.push(...records.variants);
      counts.procedures++;
      counts.variants += records.variants.length;
    }
    if (pendingProcedures.length >= IMPORT_CHUNK) await flush(i + 1);
  }
  await flush(total);
  return counts;
}

/** Whether bytes are a TTHC Studio bundle: a zip whose manifest.json names the bundle format. */
export function isBundle(bytes: Uint8Array): boolean {
  if (!hasZipMagic(bytes)) return false;
  try {
    const entries = unzipSync(bytes, { filter: (f) => f.name === 'manifest.json' });
    const manifest = entries['manifest.json'];
    if (!manifest) return false;
    const parsed = JSON.parse(new TextDecoder().decode(manifest)) as { format?: unknown };
    return parsed?.format === BUNDLE_FORMAT;
  } catch {
    return false;
  }
}

/** A file-system-safe name from Vietnamese text: folded, lower case, words joined by dashes, at most 60 characters. */
export function safeName(text: string, fallback = 'tep'): string {
  const name = searchKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return name || fallback;
}

// helpers //////////////////////

const STATUSES = new Set<string>(['current', 'proposed', 'approved']);
const LEVELS = new Set<string>(['bo', 'tinh', 'xa']);
const ONLINE_LEVELS = new Set<string>(['full', 'partial']);
/** A whole bundle may not unpack to more than this (a zip bomb would exhaust the tab's memory). */
const MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;

function bundleProblem(
  reason: BundleProblemReason,
  params: Record<string, string | number> = {},
  detail?: string,
): StorageProblem {
  return new StorageProblem('badBundle', { reason, ...params }, { detail: detail ?? reason });
}

function hasZipMagic(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

/** Unzip and validate the manifest; throws 'badBundle' problems. */
function readBundle(bytes: Uint8Array): { manifest: BundleManifest; files: Record<string, Uint8Array> } {
  if (!hasZipMagic(bytes)) throw bundleProblem('notZip');
  let tooLarge: string | undefined;
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        unpacked += f.originalSize;
        if (f.originalSize > MAX_BPMN_BYTES || unpacked > MAX_BUNDLE_BYTES) tooLarge ??= f.name;
        return !tooLarge && (f.name === 'manifest.json' || /\.(bpmn|xml)$/i.test(f.name));
      },
    });
  } catch (error) {
    throw bundleProblem('notZip', {}, error instanceof Error ? error.message : String(error));
  }
  if (tooLarge) throw bundleProblem('tooLarge', { file: tooLarge });
  const raw = files['manifest.json'];
  if (!raw) throw bundleProblem('noManifest');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch (error) {
    throw bundleProblem('badManifest', { detail: error instanceof Error ? error.message : String(error) });
  }
  return { manifest: validateManifest(json), files };
}

/** The manifest checked field by field (with a 'badManifest' problem naming the first bad field). */
function validateManifest(json: unknown): BundleManifest {
  const bad = (detail: string): StorageProblem => bundleProblem('badManifest', { detail }, detail);
  if (!isObject(json)) throw bad('not a JSON object');
  if (json.format !== BUNDLE_FORMAT) throw bundleProblem('unknownFormat', { format: String(json.format ?? '') });
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) throw bad('version');
  if (json.version > BUNDLE_VERSION)
    throw bundleProblem('newerVersion', { version: json.version, supported: BUNDLE_VERSION });
  if (!Array.isArray(json.procedures)) throw bad('procedures');
  const procedureIds = new Set<string>();
  const variantIds = new Set<string>();
  json.procedures.forEach((p: unknown, i: number) => {
    const at = `procedures[${i}]`;
    if (!isObject(p)) throw bad(at);
    if (!nonEmpty(p.id) || procedureIds.has(p.id)) throw bad(`${at}.id`);
    procedureIds.add(p.id);
    if (typeof p.name !== 'string') throw bad(`${at}.name`);
    for (const key of ['code', 'field', 'agency', 'sampleSlug'])
      if (p[key] !== undefined && typeof p[key] !== 'string') throw bad(`${at}.${key}`);
    if (p.level !== undefined && !LEVELS.has(String(p.level))) throw bad(`${at}.level`);
    if (p.onlineLevel !== undefined && !ONLINE_LEVELS.has(String(p.onlineLevel))) throw bad(`${at}.onlineLevel`);
    if (!isTime(p.createdAt) || !isTime(p.updatedAt)) throw bad(`${at}.createdAt/updatedAt`);
    if (!Array.isArray(p.variants) || !p.variants.length) throw bad(`${at}.variants`);
    p.variants.forEach((v: unknown, j: number) => {
      const vat = `${at}.variants[${j}]`;
      if (!isObject(v)) throw bad(vat);
      if (!nonEmpty(v.id) || variantIds.has(v.id)) throw bad(`${vat}.id`);
      variantIds.add(v.id);
      if (v.procedureId !== p.id) throw bad(`${vat}.procedureId`);
      if (typeof v.name !== 'string') throw bad(`${vat}.name`);
      if (!STATUSES.has(String(v.status))) throw bad(`${vat}.status`);
      if (typeof v.revision !== 'number' || !Number.isInteger(v.revision) || v.revision < 0)
        throw bad(`${vat}.revision`);
      for (const key of ['description', 'clonedFrom', 'sampleSlug', 'sampleHash'])
        if (v[key] !== undefined && typeof v[key] !== 'string') throw bad(`${vat}.${key}`);
      if (!nonEmpty(v.file)) throw bad(`${vat}.file`);
      if (typeof v.sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(v.sha256)) throw bad(`${vat}.sha256`);
      if (!isTime(v.createdAt) || !isTime(v.updatedAt)) throw bad(`${vat}.createdAt/updatedAt`);
    });
  });
  return json as unknown as BundleManifest;
}

/** The stored records of one manifest entry (known fields only, so stray manifest keys never reach the database). */
function toRecords(
  entry: BundleProcedure,
  xmlByVariant: Map<string, string>,
): { procedure: ProcedureRecord; variants: VariantRecord[] } {
  const procedure: ProcedureRecord = {
    id: entry.id,
    name: entry.name,
    ...nameFields(entry.name),
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  };
  copyDefined(procedure, entry, ['code', 'field', 'level', 'agency', 'onlineLevel', 'sampleSlug']);
  const variants = entry.variants.map((v) => {
    const record: VariantRecord = {
      id: v.id,
      procedureId: entry.id,
      name: v.name,
      status: v.status as VariantStatus,
      xml: xmlByVariant.get(v.id) ?? '',
      revision: v.revision,
      createdAt: v.createdAt,
      updatedAt: v.updatedAt,
    };
    copyDefined(record, v, ['description', 'clonedFrom', 'sampleSlug', 'sampleHash']);
    return record;
  });
  return { procedure, variants };
}

/** A procedure already stored has the same content: same metadata and the same variants with the same XML. */
function sameContent(
  stored: ProcedureRecord,
  incoming: ProcedureRecord,
  storedVariants: VariantRecord[],
  incomingVariants: VariantRecord[],
): boolean {
  const keys = ['code', 'name', 'field', 'level', 'agency', 'onlineLevel'] as const;
  if (keys.some((k) => (stored[k] ?? '') !== (incoming[k] ?? ''))) return false;
  if (storedVariants.length !== incomingVariants.length) return false;
  const byId = new Map(storedVariants.map((v) => [v.id, v]));
  const variantKeys = ['name', 'description', 'status', 'xml'] as const;
  return incomingVariants.every((v) => {
    const s = byId.get(v.id);
    return !!s && variantKeys.every((k) => (s[k] ?? '') === (v[k] ?? ''));
  });
}

/** The records with fresh ids (clone links remapped); sample links are dropped since a copy is the user's own. */
function asCopy(
  procedure: ProcedureRecord,
  variants: VariantRecord[],
): { procedure: ProcedureRecord; variants: VariantRecord[] } {
  const { sampleSlug: _s, ...rest } = procedure;
  const copy: ProcedureRecord = { ...rest, id: newId() };
  const ids = new Map(variants.map((v) => [v.id, newId()]));
  return {
    procedure: copy,
    variants: variants.map((v) => {
      const { sampleSlug: _vs, sampleHash: _h, clonedFrom, ...vrest } = v;
      const out: VariantRecord = { ...vrest, id: ids.get(v.id)!, procedureId: copy.id };
      const link = clonedFrom ? ids.get(clonedFrom) : undefined;
      if (link) out.clonedFrom = link;
      return out;
    }),
  };
}

/** One write transaction of a chunk; a failure reports how many procedures were written before it. */
async function writeChunk(
  db: TthcDB,
  procedures: ProcedureRecord[],
  variants: VariantRecord[],
  writtenBefore: number,
): Promise<void> {
  try {
    await guard(() =>
      db.transaction('rw', [db.procedures, db.variants], async () => {
        await db.procedures.bulkAdd(procedures);
        await db.variants.bulkAdd(variants);
      }),
    );
  } catch (error) {
    if (!(error instanceof StorageProblem)) throw error;
    throw new StorageProblem(
      error.code,
      { ...error.params, imported: writtenBefore },
      { detail: error.message, cause: error },
    );
  }
}

/** Let the browser run other tasks (paint a progress bar) between chunks. */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function baseName(fileName: string): string {
  const name = fileName.replace(/^.*[\\/]/, '');
  return name.replace(/\.(bpmn|xml)$/i, '') || name;
}

function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}-${n}`;
  taken.add(candidate);
  return candidate;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isTime(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}

function copyDefined<T extends object, S extends object>(target: T, source: S, keys: string[]): void {
  for (const key of keys) {
    const value = (source as Record<string, unknown>)[key];
    if (value !== undefined && value !== null) (target as Record<string, unknown>)[key] = value;
  }
}
