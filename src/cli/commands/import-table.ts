/** `tthc import-table <file.csv|xlsx|docx> --out <file.bpmn>`: an approved internal-process table → a laid-out BPMN variant. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describeTableProblem, hasTableErrors, importTable } from '../../core/index.ts';
import { fill, onePositional, parseCommandArgs, type OptionSpec } from '../args.ts';
import { CliError, EXIT, type CliIo, type Command } from '../command.ts';

const OPTIONS: OptionSpec = {
  out: { type: 'string' },
  name: { type: 'string' },
  code: { type: 'string' },
  json: { type: 'boolean' },
};

const TEXT = {
  en: {
    file: 'the table file (.csv, .xlsx or .docx)',
    out: 'Missing --out <file.bpmn>.',
    cannotRead: 'Cannot read {file}: {reason}',
    cannotWrite: 'Cannot write {file}: {reason}',
    done: 'Imported {steps} steps in {lanes} lanes ({format} format) from {file} → {out}',
    total: 'Steps add up to {sum} working days; the table states {total}.',
    noOut: 'Nothing written: the table could not be imported.',
    severity: { error: 'error', warning: 'warning', info: 'note' },
    formats: { hanoi: 'hanoi', vinhlong: 'vinhlong', studio: 'studio', custom: 'custom' } as Record<string, string>,
  },
  vi: {
    file: 'tệp bảng (.csv, .xlsx hoặc .docx)',
    out: 'Thiếu --out <tệp.bpmn>.',
    cannotRead: 'Không đọc được tệp {file}: {reason}',
    cannotWrite: 'Không ghi được tệp {file}: {reason}',
    done: 'Đã nhập {steps} bước, {lanes} làn (mẫu {format}) từ {file} → {out}',
    total: 'Cộng các bước được {sum} ngày làm việc; bảng ghi {total}.',
    noOut: 'Chưa ghi tệp nào: không nhập được bảng.',
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' },
    formats: {
      hanoi: 'Hà Nội, QĐ 1594',
      vinhlong: 'Vĩnh Long, QĐ 2682',
      studio: 'TTHC Studio',
      custom: 'khác',
    } as Record<string, string>,
  },
};

/** The `import-table` command. */
export const importTableCommand: Command = {
  name: 'import-table',
  summary: {
    en: 'turn an approved internal-process table (CSV, XLSX or the DOCX of a decision) into a BPMN diagram with lanes',
    vi: 'chuyển bảng quy trình nội bộ đã phê duyệt (CSV, XLSX hoặc DOCX của quyết định) thành sơ đồ BPMN có làn',
  },
  usage: 'import-table <file.csv|xlsx|docx> --out <file.bpmn> [--name TEXT] [--code CODE] [--json]',
  async run(args: string[], io: CliIo): Promise<number> {
    const t = TEXT[io.lang];
    const parsed = parseCommandArgs(args, OPTIONS, io.lang);
    const file = onePositional(parsed, t.file, io.lang);
    const out = parsed.values.out;
    if (typeof out !== 'string' || !out) throw new CliError(t.out);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      throw new CliError(fill(t.cannotRead, { file, reason: reason(error) }));
    }
    const result = await importTable(bytes, file, {
      name: typeof parsed.values.name === 'string' ? parsed.values.name : undefined,
      code: typeof parsed.values.code === 'string' ? parsed.values.code : undefined,
      locale: io.lang,
    });
    const problems = result.problems.map((p) => ({ ...p, message: describeTableProblem(p, io.lang) }));
    if (result.xml) {
      try {
        // a missing folder of the output file is created, as every --out of the CLI
        await mkdir(dirname(out), { recursive: true });
        await writeFile(out, result.xml, 'utf8');
      } catch (error) {
        throw new CliError(fill(t.cannotWrite, { file: out, reason: reason(error) }));
      }
    }
    const steps = result.spec?.nodes.filter((n) => n.type === 'userTask').length ?? 0;
    if (parsed.values.json) {
      io.stdout(
        JSON.stringify(
          {
            out: result.xml ? out : null,
            format: result.preview?.format ?? null,
            steps,
            lanes: result.spec?.lanes.map((l) => l.name) ?? [],
            sumDays: result.preview?.sumDays ?? null,
            totalDays: result.preview?.total?.days ?? null,
            problems,
          },
          null,
          2,
        ) + '\n',
      );
    } else {
      if (result.xml) {
        io.stdout(
          fill(t.done, {
            steps,
            lanes: result.spec?.lanes.length ?? 0,
            format: t.formats[result.preview?.format ?? 'custom'] ?? '',
            file,
            out,
          }) + '\n',
        );
        const total = result.preview?.total;
        if (total) io.stdout(fill(t.total, { sum: result.preview?.sumDays ?? 0, total: total.text }) + '\n');
      }
      for (const p of problems)
        (p.severity === 'error' ? io.stderr : io.stdout)(`${t.severity[p.severity]}: ${p.message}\n`);
      if (!result.xml) io.stderr(t.noOut + '\n');
    }
    return result.xml && !hasTableErrors(result.problems) ? EXIT.ok : EXIT.badInput;
  },
};

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
}
