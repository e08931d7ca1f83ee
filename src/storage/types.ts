/** Plain records kept in the browser's IndexedDB (see db.ts); no methods, no Dexie types. */
import type { Level, OnlineLevel, VariantFigures, VariantStatus } from '../core/index.ts';

/** One administrative procedure in the library; its metadata mirrors the facts of its variants' BPMN. */
export interface ProcedureRecord {
  id: string;
  code?: string;
  name: string;
  field?: string;
  level?: Level;
  agency?: string;
  onlineLevel?: OnlineLevel;
  /** `searchKey(name)`: the name folded (no diacritics, lower case), indexed for prefix look-ups. */
  searchKey: string;
  /** `nameOrderKey(name)`: sorts as Vietnamese name order, indexed so the first screenful reads in order. */
  nameOrder: string;
  /** Set on procedures that came from the bundled samples (see samples.ts). */
  sampleSlug?: string;
  createdAt: number;
  updatedAt: number;
}

/** One BPMN process of a procedure: the current process, a simplification option, the approved one. */
export interface VariantRecord {
  id: string;
  procedureId: string;
  name: string;
  description?: string;
  status: VariantStatus;
  xml: string;
  /** Bumped by every save; a save naming an older revision is a conflict (another tab saved first). */
  revision: number;
  /** The variant this one was cloned from (element ids are shared, so the two can be compared). */
  clonedFrom?: string;
  sampleSlug?: string;
  /** SHA-256 (hex) of the sample XML as loaded; equal to the stored XML's hash while the user has not edited it. */
  sampleHash?: string;
  createdAt: number;
  updatedAt: number;
}

/** A previous state of a variant: the XML it had at `revision`, kept when a newer one was saved. */
export interface RevisionRecord {
  id?: number;
  variantId: string;
  revision: number;
  xml: string;
  savedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * A variant's figures as the library list shows them (from the core's `libraryVariantFigures`), kept beside
 * the variant: current while `updatedAt` equals the variant's.
 */
export interface FiguresRecord {
  variantId: string;
  procedureId: string;
  name: string;
  status: VariantStatus;
  /** The variant's `updatedAt` the figures were computed for; 0 when not yet analysed. */
  updatedAt: number;
  /** null when the variant's file could not be analysed (or not yet). */
  figures: VariantFigures | null;
}
