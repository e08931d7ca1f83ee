/**
 * `tthc import-opencps <package.zip> --out DIR`: an OpenCPS import package → one folder per procedure with one
 * BPMN file per service process. The package is read and checked whole first: a bad one writes nothing (exit 2).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  OpencpsProblem,
  describeOpencpsNotes,
  describeOpencpsProblem,
  importOpencpsPackage,
  safeFileName,
  slug,
} from '../../core/index.ts';
import { fill, onePositional, parseCommandArgs, type OptionSpec } from '../args.ts';
import { CliError, EXIT, type CliIo, type Command } from '../command.ts';
import { cannotRead } from '../input.ts';

const OPTIONS: OptionSpec = { out: { type: 'string' } };

const TEXT = {
  en: {
    file: 'the OpenCPS package (.zip)',
    out: 'Missing --out DIR (the folder to write to).',
    bad: '{file}: not imported: {reason}',
    cannotWrite: 'Cannot write to {dir}: {reason}',
    done: 'Imported {procedures} procedure(s), {variants} variant(s) from {file} into {dir}.',
    notes: 'Notes:',
  },
  vi: {
    file: 'gói OpenCPS (.zip)',
    out: 'Thiếu --out THƯ_MỤC (thư mục ghi kết quả).',
    bad: '{file}: không nhập được: {reason}',
    cannotWrite: 'Không ghi được vào {dir}: {reason}',
    done: 'Đã nhập {procedures} thủ tục, {variants} phương án từ {file} vào {dir}.',
    notes: 'Ghi chú:',
  },
};

export const importOpencpsCommand: Command = {
  name: 'import-opencps',
  summary: {
    en: 'read an OpenCPS import package into procedures (one BPMN variant per service process, in lanes by role)',
    vi: 'đọc gói nhập OpenCPS thành thủ tục (mỗi quy trình dịch vụ một phương án BPMN, chia làn theo vai trò)',
  },
  usage: 'import-opencps <package.zip> --out DIR',
  async run(args: string[], io: CliIo): Promise<number> {
    const t = TEXT[io.lang];
    const parsed = parseCommandArgs(args, OPTIONS, io.lang);
    const file = onePositional(parsed, t.file, io.lang);
    const dir = parsed.values.out;
    if (typeof dir !== 'string' || !dir) throw new CliError(t.out);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      throw cannotRead(file, error, io);
    }
    let result;
    try {
      result = await importOpencpsPackage(bytes);
    } catch (error) {
      if (error instanceof OpencpsProblem)
        throw new CliError(fill(t.bad, { file, reason: describeOpencpsProblem(error, io.lang) }));
      throw error;
    }
    let variants = 0;
    try {
      for (const p of result.procedures) {
        const folder = join(dir, safeFileName(p.code ?? slug(p.name)));
        await mkdir(folder, { recursive: true });
        for (const v of p.variants) {
          await writeFile(join(folder, `${safeFileName(v.processNo)}.bpmn`), v.xml, 'utf8');
          variants++;
        }
      }
    } catch (error) {
      throw new CliError(fill(t.cannotWrite, { dir, reason: error instanceof Error ? error.message : String(error) }));
    }
    const notes = describeOpencpsNotes(result.notes, io.lang);
    if (notes.length) io.stdout(t.notes + '\n' + notes.map((l) => `  - ${l}\n`).join(''));
    io.stdout(fill(t.done, { procedures: result.procedures.length, variants, file, dir }) + '\n');
    return EXIT.ok;
  },
};
