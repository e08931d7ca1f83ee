/** Reading a BPMN file for a command: file-system and import problems become CLI errors (exit code 2). */
import { ImportProblem, describeProblem, parseBpmn, type ModdleElement } from '../core/index.ts';
import { fill } from './args.ts';
import { CliError, type CliIo } from './command.ts';

const CANNOT_READ = {
  en: 'Cannot read {file}: {reason}',
  vi: 'Không đọc được tệp {file}: {reason}'
};

const REASONS: Record<string, { en: string; vi: string }> = {
  ENOENT: { en: 'no such file', vi: 'không có tệp này' },
  EISDIR: { en: 'it is a folder', vi: 'đây là thư mục' },
  EACCES: { en: 'permission denied', vi: 'không có quyền đọc' }
};

/** A CliError saying, in the user's language, why `path` could not be read. */
export function cannotRead(path: string, error: unknown, io: CliIo): CliError {
  const code = (error as { code?: string }).code ?? '';
  const reason = REASONS[code]?.[io.lang] ?? (error instanceof Error ? error.message : String(error));
  return new CliError(fill(CANNOT_READ[io.lang], { file: path, reason }));
}

/** The text of the file at `path`, or a CliError with a readable message. */
export async function readText(path: string, io: CliIo): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw cannotRead(path, error, io);
  }
}

/** Parse the BPMN file at `path` into moddle definitions, or throw a CliError with a readable message. */
export async function readDefinitions(path: string, io: CliIo): Promise<ModdleElement> {
  const xml = await readText(path, io);
  try {
    return (await parseBpmn(xml)).definitions;
  } catch (error) {
    if (error instanceof ImportProblem) throw new CliError(`${path}: ${describeProblem(error, io.lang)}`);
    throw error;
  }
}
