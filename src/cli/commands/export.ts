/**
 * `tthc export <files... | dir> --target T --out DIR`: export variants for one-stop software. Everything is
 * exported in memory first; if any model has errors they are all listed and nothing is written (exit 1).
 * `--target qbp` writes each file with the studio's scenario as BIMP / QBP simulation info, for BIMP, Simod
 * or Prosimos (a scenario, not an approved variant: it is not refused for model errors).
 * A missing output folder is created; a read-only one is refused before any work (exit 2). `--target
 * opencps` writes one OpenCPS import package for all the files given, and lists what it could not carry.
 */
import { access, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join, relative } from 'node:path';
import {
  EXPORT_TARGETS,
  ExportRefused,
  ImportProblem,
  PackageRefused,
  describeExportStage,
  describeOpencpsNotes,
  describeProblem,
  describeValidationProblem,
  exportOpencpsPackage,
  exportVariant,
  withQbpScenario,
  UNLIMITED_OFFICERS,
  type ExportFile,
  type ExportProgress,
} from '../../core/index.ts';
import { choiceOption, fill, parseCommandArgs, type OptionSpec } from '../args.ts';
import { CliError, EXIT, type CliIo, type Command } from '../command.ts';
import { cannotRead, openInput, readText } from '../input.ts';
import { num } from '../output.ts';

const OPTIONS: OptionSpec = {
  target: { type: 'string' },
  out: { type: 'string' },
  name: { type: 'string' },
  strict: { type: 'boolean' },
  progress: { type: 'boolean' },
};
const TARGETS = [...EXPORT_TARGETS, 'opencps', 'qbp'] as const;

const TEXT = {
  en: {
    needTarget: 'Missing --target (bpmn-engine, camunda8, camunda7, flowable, json, table, bundle, opencps or qbp).',
    needOut: 'Missing --out DIR (the folder to write to).',
    needFiles: 'Missing the BPMN files or folder to export.',
    cannotCreate: 'Cannot create the output folder {dir}: {reason}',
    report: 'Not carried by the OpenCPS package, or assumed ({count}):',
    outNotDir: 'The output path {dir} is not a folder.',
    outReadOnly: 'The output folder {dir} is not writable (permission denied).',
    noFiles: 'No .bpmn files found in {path}.',
    refused: '{file}: not exported, {count} error(s):',
    nothing: 'Nothing was written: fix the errors above and export again.',
    done: 'Exported {count} variant(s) as {target}: {files} file(s) in {dir}.',
    qbp: '{file} → {out}: {resources} resource(s) (officers per lane), {steps} step time(s), {flows} branch share(s), {arrivals}.',
    qbpArrivals: 'exponential arrivals, a mean gap of {hours} hours',
    qbpNoArrivals: 'no arrivals (the procedure states no dossiers per year)',
    qbpUnlimited: '{file}: lanes without officers are written with {n} (not limited): {lanes}.',
    progress: '{file}: step {done} of {total}, {stage}…',
  },
  vi: {
    needTarget: 'Thiếu --target (bpmn-engine, camunda8, camunda7, flowable, json, table, bundle, opencps hoặc qbp).',
    needOut: 'Thiếu --out THƯ_MỤC (thư mục ghi kết quả).',
    needFiles: 'Thiếu tệp BPMN hoặc thư mục cần xuất.',
    cannotCreate: 'Không tạo được thư mục đích {dir}: {reason}',
    report: 'Gói OpenCPS không mang được, hoặc phải giả định ({count}):',
    outNotDir: 'Đường dẫn đích {dir} không phải là thư mục.',
    outReadOnly: 'Không ghi được vào thư mục đích {dir} (không có quyền ghi).',
    noFiles: 'Không có tệp .bpmn nào trong {path}.',
    refused: '{file}: không xuất, {count} lỗi:',
    nothing: 'Chưa ghi tệp nào: hãy sửa các lỗi trên rồi xuất lại.',
    done: 'Đã xuất {count} phương án dạng {target}: {files} tệp vào {dir}.',
    qbp: '{file} → {out}: {resources} nguồn lực (số cán bộ mỗi làn), thời gian của {steps} bước, tỷ lệ của {flows} nhánh, {arrivals}.',
    qbpArrivals: 'hồ sơ đến ngẫu nhiên, trung bình cách nhau {hours} giờ',
    qbpNoArrivals: 'chưa có số hồ sơ đến (thủ tục chưa ghi số hồ sơ mỗi năm)',
    qbpUnlimited: '{file}: các làn chưa ghi số cán bộ được ghi là {n} (không giới hạn): {lanes}.',
    progress: '{file}: bước {done}/{total}, {stage}…',
  },
};

/** The .bpmn files named by `paths` (folders are searched recursively, in name order). */
async function collect(paths: string[], io: CliIo): Promise<string[]> {
  const t = TEXT[io.lang];
  const out: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw cannotRead(path, error, io);
    }
    if (info.isDirectory()) {
      const found = (await readdir(path, { recursive: true }))
        .map(String)
        .filter((f) => /\.bpmn$/i.test(f))
        .sort()
        .map((f) => join(path, f));
      if (!found.length) throw new CliError(fill(t.noFiles, { path }));
      out.push(...found);
    } else out.push(path);
  }
  return out;
}

/** Create a missing output folder; refuse a non-folder or read-only one. */
async function checkOut(dir: string, io: CliIo): Promise<void> {
  const t = TEXT[io.lang];
  let info;
  try {
    await mkdir(dir, { recursive: true });
    info = await stat(dir);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new CliError(fill(t.outNotDir, { dir }));
    throw new CliError(fill(t.cannotCreate, { dir, reason: error instanceof Error ? error.message : String(error) }));
  }
  if (!info.isDirectory()) throw new CliError(fill(t.outNotDir, { dir }));
  try {
    await access(dir, constants.W_OK);
  } catch {
    throw new CliError(fill(t.outReadOnly, { dir }));
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: {
    en: 'export variants for one-stop software: executable BPMN (bpmn-engine, Camunda 8/7, Flowable), JSON descriptor, step table, bundle, OpenCPS import package; or the scenario for BIMP/Prosimos (qbp)',
    vi: 'xuất phương án cho phần mềm một cửa: BPMN thực thi (bpmn-engine, Camunda 8/7, Flowable), mô tả JSON, bảng quy trình, gói triển khai, gói nhập OpenCPS; hoặc kịch bản mô phỏng cho BIMP/Prosimos (qbp)',
  },
  usage:
    'export <files... | dir> --target bpmn-engine|camunda8|camunda7|flowable|json|table|bundle|opencps|qbp --out DIR [--name PACKAGE] [--strict] [--progress]',
  async run(args: string[], io: CliIo): Promise<number> {
    const t = TEXT[io.lang];
    const parsed = parseCommandArgs(args, OPTIONS, io.lang);
    const target = choiceOption(parsed, 'target', TARGETS, io.lang);
    if (!target) throw new CliError(t.needTarget);
    const dir = parsed.values.out;
    if (typeof dir !== 'string' || !dir) throw new CliError(t.needOut);
    if (!parsed.positionals.length) throw new CliError(t.needFiles);
    await checkOut(dir, io);
    const files = await collect(parsed.positionals, io);
    const status = statusOf(parsed.values.progress === true, io);
    if (target === 'opencps')
      return exportOpencps(
        files,
        dir,
        typeof parsed.values.name === 'string' ? parsed.values.name : undefined,
        io,
        status && ((p) => status('opencps', p)),
      );

    if (target === 'qbp') return exportQbp(files, dir, parsed.values.strict === true, io);

    const outputs: ExportFile[] = [];
    let refused = 0;
    for (const file of files) {
      const stem = stemOf(file);
      const xml = await (await openInput(file, io, { strict: parsed.values.strict === true })).xml();
      try {
        const onProgress = status && ((p: ExportProgress) => status(file, p));
        outputs.push(...(await exportVariant(xml, target, { baseName: stem, onProgress })));
      } catch (error) {
        if (error instanceof ImportProblem) throw new CliError(`${file}: ${describeProblem(error, io.lang)}`);
        if (!(error instanceof ExportRefused)) throw error;
        refused++;
        io.stderr(fill(t.refused, { file, count: error.problems.length }) + '\n');
        for (const p of error.problems)
          io.stderr(`  ✖ ${p.elementId}  ${describeValidationProblem(p, io.lang)}  [${p.code}]\n`);
      }
    }
    if (refused) {
      io.stderr(t.nothing + '\n');
      return EXIT.findings;
    }
    await writeAll(outputs, dir);
    io.stdout(fill(t.done, { count: files.length, target, files: outputs.length, dir }) + '\n');
    return EXIT.ok;
  },
};

/** All `files` as one OpenCPS package in `dir`, with the report of what it could not carry. */
async function exportOpencps(
  files: string[],
  dir: string,
  name: string | undefined,
  io: CliIo,
  onProgress: ((p: ExportProgress) => void) | undefined,
): Promise<number> {
  const t = TEXT[io.lang];
  const inputs = [];
  for (const file of files) inputs.push({ name: file, xml: await readText(file, io) });
  let result;
  try {
    result = await exportOpencpsPackage(inputs, { name, onProgress });
  } catch (error) {
    if (error instanceof ImportProblem) throw new CliError(describeProblem(error, io.lang));
    if (!(error instanceof PackageRefused)) throw error;
    for (const r of error.refusals) {
      io.stderr(fill(t.refused, { file: r.name, count: r.problems.length }) + '\n');
      for (const p of r.problems)
        io.stderr(`  ✖ ${p.elementId}  ${describeValidationProblem(p, io.lang)}  [${p.code}]\n`);
    }
    io.stderr(t.nothing + '\n');
    return EXIT.findings;
  }
  await writeFile(join(dir, result.fileName), result.zip);
  const lines = describeOpencpsNotes(result.notes, io.lang);
  if (lines.length) io.stdout(fill(t.report, { count: lines.length }) + '\n' + lines.map((l) => `  - ${l}\n`).join(''));
  io.stdout(fill(t.done, { count: files.length, target: 'opencps', files: 1, dir }) + '\n');
  return EXIT.ok;
}

/**
 * Where an export's stages are shown: the terminal's status line, or with `--progress` one line per stage on
 * stderr (for logs and pipes); undefined when neither.
 */
function statusOf(forced: boolean, io: CliIo): ((file: string, p: ExportProgress) => void) | undefined {
  const show = io.progress ?? (forced ? (text: string) => io.stderr(text + '\n') : undefined);
  if (!show) return undefined;
  const t = TEXT[io.lang];
  return (file, p) =>
    show(fill(t.progress, { file, done: p.done + 1, total: p.total, stage: describeExportStage(p, io.lang) }));
}

/** Each file with its scenario as BIMP / QBP simulation info (`<name>.qbp.bpmn`), with what each one carries. */
async function exportQbp(files: string[], dir: string, strict: boolean, io: CliIo): Promise<number> {
  const t = TEXT[io.lang];
  const outputs: ExportFile[] = [];
  const lines: string[] = [];
  for (const file of files) {
    const xml = await (await openInput(file, io, { strict })).xml();
    const { xml: content, info } = await withQbpScenario(xml, { year: new Date().getFullYear() });
    const fileName = `${stemOf(file)}.qbp.bpmn`;
    outputs.push({ target: 'qbp', fileName, mime: 'application/bpmn+xml', content });
    if (!info) continue;
    const gap = info.arrivalMeanSeconds;
    lines.push(
      fill(t.qbp, {
        file,
        out: fileName,
        resources: info.resources.length,
        steps: info.elements.length,
        flows: info.flows.length,
        arrivals: gap ? fill(t.qbpArrivals, { hours: num(gap / 3600, io.lang, 2) }) : t.qbpNoArrivals,
      }),
    );
    const unlimited = info.resources.filter((r) => r.totalAmount === UNLIMITED_OFFICERS).map((r) => `"${r.name}"`);
    if (unlimited.length)
      lines.push(fill(t.qbpUnlimited, { file, n: UNLIMITED_OFFICERS, lanes: unlimited.join(', ') }));
  }
  await writeAll(outputs, dir);
  io.stdout(lines.map((l) => l + '\n').join(''));
  io.stdout(fill(t.done, { count: files.length, target: 'qbp', files: outputs.length, dir }) + '\n');
  return EXIT.ok;
}

/** The output name stem of an input file: its path from here, folders joined by dots. */
function stemOf(file: string): string {
  return relative(process.cwd(), file)
    .replace(/\.bpmn$/i, '')
    .replace(/^(\.\.[\\/])+/, '')
    .replace(/[\\/]+/g, '.');
}

/** Write `outputs` into `dir`, numbering names that would collide. */
async function writeAll(outputs: ExportFile[], dir: string): Promise<void> {
  const names = new Set<string>();
  for (const f of outputs) {
    let name = f.fileName;
    for (let i = 2; names.has(name); i++) name = f.fileName.replace(/(\.[^.]+)$/, `-${i}$1`);
    names.add(name);
    await writeFile(join(dir, name), f.content);
  }
}
