/**
 * The external BPMN corpus (../shared/corpus, or TTHC_CORPUS): read in place, never copied. Where it is
 * absent the tests say so on one line; with CI=true its absence is a failure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

let announced = false;

export function corpusDir(): string | undefined {
  const dir = resolve(process.env.TTHC_CORPUS ?? join(process.cwd(), '..', 'shared', 'corpus'));
  if (existsSync(dir)) return dir;
  if (process.env.CI === 'true') throw new Error(`BPMN corpus not found at ${dir} (set TTHC_CORPUS)`);
  if (!announced) console.log(`BPMN corpus not found at ${dir}: corpus tests not run (set TTHC_CORPUS).`);
  announced = true;
  return undefined;
}

export interface CorpusFile {
  folder: string;
  name: string;
  path: string;
  negative: boolean;
}

/** The BPMN files of the given corpus folders. */
export function corpusFiles(folders: string[]): CorpusFile[] {
  const dir = corpusDir();
  if (!dir) return [];
  return folders.flatMap((folder) =>
    readdirSync(join(dir, folder))
      .filter((name) => /\.(bpmn|xml)$/i.test(name))
      .sort()
      .map((name) => ({ folder, name, path: join(dir, folder, name), negative: name.includes('NEGATIVE__') })),
  );
}

export function readCorpusFile(file: CorpusFile): string {
  return readFileSync(file.path, 'utf8');
}
