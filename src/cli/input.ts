/** Reading a BPMN file for a command: file-system and import problems become CLI errors (exit code 2). */
import {
  ImportProblem,
  describeNotice,
  describeProblem,
  openBpmn,
  type ModdleElement,
  type OpenedBpmn,
} from '../core/index.ts';
import { fill } from './args.ts';
import { CliError, type CliIo } from './command.ts';

const CANNOT_READ = {
  en: 'Cannot read {file}: {reason}',
  vi: 'Không đọc được tệp {file}: {reason}',
};

const STRICT = {
  en: '{file}: not opened (--strict): the file needs {count} repair(s):',
  vi: '{file}: không mở (--strict): tệp cần sửa {count} chỗ:',
};

const REASONS: Record<string, { en: string; vi: string }> = {
  ENOENT: { en: 'no such file', vi: 'không có tệp này' },
  EISDIR: { en: 'it is a folder', vi: 'đây là thư mục' },
  EACCES: { en: 'permission denied', vi: 'không có quyền đọc' },
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

/** Open the BPMN file at `path` with the studio's repairs, each told on stderr; `strict` refuses a file that needs one. */
export async function openInput(path: string, io: CliIo, options: { strict?: boolean } = {}): Promise<OpenedBpmn> {
  const xml = await readText(path, io);
  let opened: OpenedBpmn;
  try {
    opened = await openBpmn(xml);
  } catch (error) {
    if (error instanceof ImportProblem) throw new CliError(`${path}: ${describeProblem(error, io.lang)}`);
    throw error;
  }
  const lines = opened.notices.map((n) => `  ⚠ ${describeNotice(n, io.lang)}`);
  if (options.strict && opened.repaired)
    throw new CliError([fill(STRICT[io.lang], { file: path, count: opened.notices.length }), ...lines].join('\n'));
  if (lines.length) io.stderr(`${path}:\n${lines.join('\n')}\n`);
  return opened;
}

/** The moddle definitions of the BPMN file at `path` (repaired as `openInput` says), or a CliError. */
export async function readDefinitions(
  path: string,
  io: CliIo,
  options: { strict?: boolean } = {},
): Promise<ModdleElement> {
  return (await openInput(path, io, options)).definitions;
}
