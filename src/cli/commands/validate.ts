/** `tthc validate <files...>`: TTHC rules and bpmnlint's recommended rules; exit 1 when any error is found. */
import {
  ImportProblem,
  describeNotice,
  describeProblem,
  describeValidationProblem,
  validateXml,
  type ValidationProblem,
} from '../../core/index.ts';
import { fill, parseCommandArgs, type OptionSpec } from '../args.ts';
import { CliError, EXIT, type CliIo, type Command } from '../command.ts';
import { openInput } from '../input.ts';

const OPTIONS: OptionSpec = { json: { type: 'boolean' }, strict: { type: 'boolean' } };

const TEXT = {
  en: {
    ok: '{file}: no problems',
    summary: '{file}: {errors} error(s), {warnings} warning(s)',
    missing: 'Missing the BPMN file(s) to validate.',
  },
  vi: {
    ok: '{file}: không có vấn đề',
    summary: '{file}: {errors} lỗi, {warnings} cảnh báo',
    missing: 'Thiếu tệp BPMN cần kiểm tra.',
  },
};

export const validateCommand: Command = {
  name: 'validate',
  summary: {
    en: 'check variants before export: TTHC rules (roles, times, decisions, statutory limit, sources) and bpmnlint',
    vi: 'kiểm tra phương án trước khi xuất: quy tắc TTHC (vai trò, thời gian, quyết định, thời hạn, nguồn) và bpmnlint',
  },
  usage: 'validate <files...> [--json] [--strict]',
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, OPTIONS, io.lang);
    const t = TEXT[io.lang];
    if (!parsed.positionals.length) throw new CliError(t.missing);
    const report: Array<{
      file: string;
      notices: Array<{ code: string; message: string }>;
      problems: Array<ValidationProblem & { message: string }>;
    }> = [];
    for (const file of parsed.positionals) {
      const opened = await openInput(file, io, { strict: parsed.values.strict === true });
      let problems: ValidationProblem[];
      try {
        problems = await validateXml(await opened.xml());
      } catch (error) {
        if (error instanceof ImportProblem) throw new CliError(`${file}: ${describeProblem(error, io.lang)}`);
        throw error;
      }
      report.push({
        file,
        notices: opened.notices.map((n) => ({ code: n.code, message: describeNotice(n, io.lang) })),
        problems: problems.map((p) => ({ ...p, message: describeValidationProblem(p, io.lang) })),
      });
    }
    if (parsed.values.json) {
      io.stdout(JSON.stringify({ files: report }, null, 2) + '\n');
    } else {
      for (const { file, problems } of report) {
        const errors = problems.filter((p) => p.severity === 'error').length;
        io.stdout(
          (problems.length
            ? fill(t.summary, { file, errors, warnings: problems.length - errors })
            : fill(t.ok, { file })) + '\n',
        );
        for (const p of problems)
          io.stdout(`  ${p.severity === 'error' ? '✖' : '⚠'} ${p.elementId}  ${p.message}  [${p.code}]\n`);
      }
    }
    return report.some((r) => r.problems.some((p) => p.severity === 'error')) ? EXIT.findings : EXIT.ok;
  },
};
