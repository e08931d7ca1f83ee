/**
 * `bundle` target: one zip with every export of a variant and `manifest.json` (format
 * `tthc-deployment-bundle` v1: procedure, variant, version, files with SHA-256, candidate groups, service types,
 * the timer policy). SVG/PNG come from the browser (the CLI has no renderer) and are added when given.
 */
import { strToU8, zipSync } from 'fflate';
import { sha256Hex } from './sha256.ts';
import { slug } from './names.ts';
import type { ExportFile } from './index.ts';

export const BUNDLE_FORMAT = 'tthc-deployment-bundle';
export const BUNDLE_VERSION = 1;

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  generator: string;
  procedure: { code: string | null; name: string };
  variant: { processId: string; name: string | null; status: string | null };
  /** Candidate groups used by the executable exports: slug → role as written. */
  roleGroups: Array<{ id: string; name: string }>;
  /** Service-task types (Camunda 8 job types / Camunda 7 and Flowable topics / bpmn-engine services). */
  serviceTypes: string[];
  timerPolicy: string;
  files: Array<{ path: string; target: string; bytes: number; sha256: string }>;
}

/** Zip `files` with their manifest; returns the zip bytes and the manifest. */
export function buildBundle(
  files: ExportFile[],
  info: Omit<BundleManifest, 'format' | 'version' | 'files' | 'generator'>,
): { zip: Uint8Array; manifest: BundleManifest } {
  const entries: Record<string, Uint8Array> = {};
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    generator: 'TTHC Studio',
    ...info,
    files: [],
  };
  for (const f of files) {
    const bytes = typeof f.content === 'string' ? strToU8(f.content) : f.content;
    entries[f.fileName] = bytes;
    manifest.files.push({ path: f.fileName, target: f.target, bytes: bytes.length, sha256: sha256Hex(bytes) });
  }
  entries['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2) + '\n');
  return { zip: zipSync(entries, { level: 6 }), manifest };
}

/** The base file name of a variant: code and process id, e.g. `1.000948.H38-Process_X`. */
export function baseName(code: string | undefined, processId: string): string {
  return [code?.replace(/[^0-9A-Za-z.]+/g, '-'), slug(processId)].filter(Boolean).join('-');
}
