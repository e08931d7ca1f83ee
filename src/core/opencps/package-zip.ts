/**
 * The package as a zip, laid out as OpenCPS's importer unpacks it: `<name>.zip` holds `<name>/` with a
 * directory entry for every folder (its unzip code creates no parent folders), `processes/`, `services/`,
 * `templates/` and the root config files. Zipping and unzipping are fflate's.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import {
  actionConfigListXml,
  dossierTemplateXml,
  holidayListXml,
  serviceInfoXml,
  serviceProcessXml,
  workingTimeListXml,
} from './xml-write.ts';
import type { OpencpsPackage } from './types.ts';

/** A fixed time stamp: the same package gives the same bytes. */
const MTIME = new Date('2026-01-01T00:00:00Z');
const encoder = new TextEncoder();

/** A file or folder name the importer and every file system accept. */
export function safeFileName(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[.]+/, '_')
      .slice(0, 120) || '_'
  );
}

/** Every file of the package: path inside the zip → XML text (folders end in "/" with no text). */
export function packageFiles(pkg: OpencpsPackage): Map<string, string> {
  const root = `${pkg.name}/`;
  const files = new Map<string, string>([[root, '']]);
  const folder = (name: string, entries: Array<[string, string]>) => {
    if (!entries.length) return;
    files.set(`${root}${name}/`, '');
    for (const [file, text] of entries) files.set(`${root}${name}/${safeFileName(file)}.xml`, text);
  };
  folder(
    'processes',
    pkg.processes.map((p) => [p.processNo, serviceProcessXml(p)]),
  );
  folder(
    'services',
    pkg.services.map((s) => [s.serviceCode, serviceInfoXml(s)]),
  );
  folder(
    'templates',
    pkg.templates.map((t) => [t.templateNo, dossierTemplateXml(t)]),
  );
  if (pkg.holidays.length) files.set(`${root}Holiday.xml`, holidayListXml(pkg.holidays));
  if (pkg.workingTimes.length) files.set(`${root}WorkingTime.xml`, workingTimeListXml(pkg.workingTimes));
  if (pkg.actionConfigs.length) files.set(`${root}ActionConfig.xml`, actionConfigListXml(pkg.actionConfigs));
  return files;
}

export function zipPackage(pkg: OpencpsPackage): Uint8Array {
  const entries: Zippable = {};
  for (const [path, text] of packageFiles(pkg))
    entries[path] = [path.endsWith('/') ? new Uint8Array(0) : encoder.encode(text), { mtime: MTIME }];
  return zipSync(entries, { level: 6, mtime: MTIME });
}

/** Limits that keep a hostile zip from filling memory. */
export const MAX_PACKAGE_ENTRIES = 5000;
export const MAX_PACKAGE_BYTES = 50 * 1024 * 1024;

export type UnzipFailure = 'notZip' | 'tooLarge';

/** The entries of a zip (path → bytes), or why it cannot be read. */
export function unzipPackage(bytes: Uint8Array): Record<string, Uint8Array> | UnzipFailure {
  let total = 0;
  let count = 0;
  let tooLarge = false;
  try {
    const out = unzipSync(bytes, {
      filter: (f) => {
        count++;
        total += f.originalSize;
        if (count > MAX_PACKAGE_ENTRIES || total > MAX_PACKAGE_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
    return tooLarge ? 'tooLarge' : out;
  } catch {
    return tooLarge ? 'tooLarge' : 'notZip';
  }
}
