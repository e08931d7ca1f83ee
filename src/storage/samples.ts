/**
 * Sample procedures in the library. Each sample variant remembers `sampleHash`, the SHA-256 of the XML it
 * was loaded with: while the stored XML still hashes to it the user has not edited the variant, so a newer
 * sample may replace it; once edited it is the user's and is kept. User-created procedures are never touched.
 */
import { parseBpmn, type VariantStatus } from '../core/index.ts';
import type { TthcDB } from './db.ts';
import { nameFields } from './name-fields.ts';
import { newId, sha256Hex } from './hash.ts';
import { deriveFacts, getSetting, guard, setSetting, type ProcedureMetadata } from './library-repo.ts';
import type { ProcedureRecord, VariantRecord } from './types.ts';

export interface SampleVariant {
  slug: string;
  name: string;
  status: VariantStatus;
  description?: string;
  xml: string;
}
export interface SampleProcedure {
  slug: string;
  name: string;
  variants: SampleVariant[];
}

/** Counts of sample variants: added, replaced by a newer sample, kept because the user edited them, already current. */
export interface SampleLoadResult {
  added: number;
  updated: number;
  kept: number;
  unchanged: number;
}

/** The setting that records the first sample load (see `ensureSamplesLoaded`). */
export const SAMPLES_LOADED_SETTING = 'samples.loadedAt';

/**
 * Add the samples that are missing (also ones the user deleted) and bring untouched sample variants up to
 * date; variants the user edited are kept as they are. Safe to run again at any time ("reload samples").
 */
export async function loadSamples(db: TthcDB, samples: SampleProcedure[]): Promise<SampleLoadResult> {
  const prepared = await Promise.all(samples.map(prepareSample));
  const slugs = samples.map((s) => s.slug);
  const { procedures, variants } = await guard(() =>
    db.transaction('r', [db.procedures, db.variants], async () => {
      const procedures = await db.procedures.where('sampleSlug').anyOf(slugs).toArray();
      const variants = await db.variants
        .where('procedureId')
        .anyOf(procedures.map((p) => p.id))
        .toArray();
      return { procedures, variants };
    }),
  );
  // Which stored sample variants are untouched (hashing is async, so before the write transaction).
  const untouched = new Set<string>();
  for (const v of variants) {
    if (v.sampleHash && typeof v.xml === 'string' && (await sha256Hex(v.xml)) === v.sampleHash) untouched.add(v.id);
  }

  const result: SampleLoadResult = { added: 0, updated: 0, kept: 0, unchanged: 0 };
  await guard(() =>
    db.transaction('rw', [db.procedures, db.variants, db.revisions], async () => {
      const now = Date.now();
      for (const sample of prepared) {
        const mine = procedures.filter((p) => p.sampleSlug === sample.slug);
        if (!mine.length) {
          // Another tab may have added it since the snapshot (two tabs on a first run): never add it twice.
          if (await db.procedures.where('sampleSlug').equals(sample.slug).count()) {
            result.unchanged += sample.variants.length;
            continue;
          }
          // Stable ids: the same sample has the same id in every browser, so a bundle of untouched samples
          // imported elsewhere is recognised as identical instead of copied.
          const procedureId = (await db.procedures.get(`sample-${sample.slug}`)) ? newId() : `sample-${sample.slug}`;
          const procedure: ProcedureRecord = {
            id: procedureId,
            ...sample.metadata,
            sampleSlug: sample.slug,
            createdAt: now,
            updatedAt: now,
          };
          await db.procedures.add(procedure);
          for (const [i, v] of sample.variants.entries())
            await db.variants.add(await sampleVariant(db, v, procedure.id, sample.slug, now + i));
          result.added += sample.variants.length;
          continue;
        }
        for (const procedure of mine) {
          const stored = variants.filter((v) => v.procedureId === procedure.id);
          let refreshed = false;
          for (const [i, v] of sample.variants.entries()) {
            const match = stored.find((s) => s.sampleSlug === v.slug);
            if (!match) {
              await db.variants.add(await sampleVariant(db, v, procedure.id, sample.slug, now + i));
              result.added++;
              continue;
            }
            const current = await db.variants.get(match.id);
            if (!current || current.revision !== match.revision || !untouched.has(match.id)) {
              result.kept++;
              continue;
            }
            if (
              current.sampleHash === v.hash &&
              current.name === v.name &&
              current.status === v.status &&
              (current.description ?? '') === (v.description ?? '')
            ) {
              result.unchanged++;
              continue;
            }
            const updated: VariantRecord = {
              ...current,
              name: v.name,
              status: v.status,
              sampleHash: v.hash,
              updatedAt: now,
            };
            if (v.description) updated.description = v.description;
            else delete updated.description;
            if (current.xml !== v.xml) {
              await db.revisions.add({
                variantId: current.id,
                revision: current.revision,
                xml: current.xml,
                savedAt: current.updatedAt,
              });
              updated.xml = v.xml;
              updated.revision = current.revision + 1;
            }
            await db.variants.put(updated);
            result.updated++;
            refreshed ||= v === sample.primary;
          }
          if (refreshed) {
            const { code: _c, field: _f, level: _l, agency: _a, onlineLevel: _o, ...rest } = procedure;
            await db.procedures.put({ ...rest, ...sample.metadata, updatedAt: now });
          }
        }
      }
    }),
  );
  return result;
}

/** Load the samples on the library's first run only (recorded in a setting), so samples the user deleted stay deleted. */
export async function ensureSamplesLoaded(
  db: TthcDB,
  samples: SampleProcedure[],
): Promise<SampleLoadResult | undefined> {
  if (await getSetting<number>(db, SAMPLES_LOADED_SETTING)) return undefined;
  const result = await loadSamples(db, samples);
  await setSetting(db, SAMPLES_LOADED_SETTING, Date.now());
  return result;
}

// helpers //////////////////////

interface PreparedVariant extends SampleVariant {
  hash: string;
}
interface PreparedSample {
  slug: string;
  metadata: ProcedureMetadata;
  variants: PreparedVariant[];
  primary: PreparedVariant | undefined;
}

/** Hash every variant and read the metadata from the current variant (else the first), named as the sample. */
async function prepareSample(sample: SampleProcedure): Promise<PreparedSample> {
  const variants = await Promise.all(sample.variants.map(async (v) => ({ ...v, hash: await sha256Hex(v.xml) })));
  const primary = variants.find((v) => v.status === 'current') ?? variants[0];
  const derived = primary ? deriveFacts((await parseBpmn(primary.xml)).definitions).metadata : undefined;
  const metadata: ProcedureMetadata = { ...derived, name: sample.name, ...nameFields(sample.name) };
  return { slug: sample.slug, metadata, variants, primary };
}

async function sampleVariant(
  db: TthcDB,
  v: PreparedVariant,
  procedureId: string,
  sampleSlug: string,
  now: number,
): Promise<VariantRecord> {
  const stable = `sample-${sampleSlug}-${v.slug}`;
  const record: VariantRecord = {
    id: (await db.variants.get(stable)) ? newId() : stable,
    procedureId,
    name: v.name,
    status: v.status,
    xml: v.xml,
    revision: 1,
    sampleSlug: v.slug,
    sampleHash: v.hash,
    createdAt: now,
    updatedAt: now,
  };
  if (v.description) record.description = v.description;
  return record;
}
