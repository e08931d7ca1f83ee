/** `tthc compare <before.bpmn> <after.bpmn>…`: what changed between variants, and what each option saves. */
import { basename } from 'node:path';
import {
  METRIC_KEYS,
  METRIC_LABELS,
  changeText,
  compareVariants,
  formatPercent,
  metricValueText,
  rateText,
  readProcedure,
  savingText,
  targetSourceText,
  textDiffLine,
  type MessageLocale,
  type ModelComparison,
  type VariantsComparison,
} from '../../core/index.ts';
import { fill, parseCommandArgs, type OptionSpec } from '../args.ts';
import { CliError, EXIT, type CliIo, type Command } from '../command.ts';
import { readDefinitions } from '../input.ts';
import { table } from '../output.ts';
import { COST_OPTIONS, costOptions } from './analyze.ts';

const OPTIONS: OptionSpec = { ...COST_OPTIONS, json: { type: 'boolean' } };

/** The `compare` command. */
export const compareCommand: Command = {
  name: 'compare',
  summary: {
    en: 'changes between the current variant and one or more options, with their savings and reduction rates',
    vi: 'các thay đổi giữa quy trình hiện hành và các phương án, kèm mức tiết kiệm và tỷ lệ cắt giảm',
  },
  usage:
    'compare <before.bpmn> <after.bpmn>... [--json] [--method processing-time|applicant-hours|activity] [--hourly-income VND] [--dossiers-per-year N]',
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, OPTIONS, io.lang);
    if (parsed.positionals.length < 2) throw new CliError(T[io.lang].twoFiles);
    const files = parsed.positionals;
    const analyzeOptions = costOptions(parsed, io.lang);
    const variants = [];
    for (const file of files) {
      const definitions = await readDefinitions(file, io);
      variants.push({ label: readProcedure(definitions).variantName || basename(file), definitions });
    }
    const c = compareVariants(variants, { analyze: analyzeOptions });
    io.stdout(parsed.values.json ? JSON.stringify(toJson(c, files), null, 2) + '\n' : report(c, io.lang));
    return EXIT.ok;
  },
};

// helpers //////////////////////

const T = {
  en: {
    twoFiles: 'compare needs two or more BPMN files: the current variant first, then the options.',
    procedure: 'Procedure',
    changes: 'Changes: {before} → {after}',
    none: 'No change.',
    figures: 'Figures',
    metric: 'Criterion',
    saving: 'saving',
    rate: 'rate',
    targets: 'Targets',
    met: 'met',
    notMet: 'NOT met',
    na: 'n/a',
    follows: 'follows from',
  },
  vi: {
    twoFiles: 'Lệnh compare cần hai tệp BPMN trở lên: quy trình hiện hành trước, sau đó các phương án.',
    procedure: 'Thủ tục',
    changes: 'Thay đổi: {before} → {after}',
    none: 'Không có thay đổi.',
    figures: 'Số liệu',
    metric: 'Tiêu chí',
    saving: 'tiết kiệm',
    rate: 'tỷ lệ',
    targets: 'Mục tiêu',
    met: 'đạt',
    notMet: 'KHÔNG đạt',
    na: 'không xác định',
    follows: 'do thay đổi của',
  },
};

function toJson(c: VariantsComparison, files: string[]) {
  const option = (o: VariantsComparison['options'][number], i: number) => ({
    file: files[i + 1],
    label: o.label,
    ...pick(o.comparison),
    metrics: o.metrics.figures,
    reductions: o.reductions,
    targets: o.targets.map((t) => ({
      id: t.target.id,
      metric: t.target.metric,
      minRate: t.target.minRate,
      rate: t.rate,
      met: t.met,
      source: t.target.source,
      verified: t.target.verified,
    })),
  });
  const first = c.options[0] as VariantsComparison['options'][number];
  return {
    procedure: c.procedure,
    ...pick(first.comparison),
    variants: [
      { file: files[0], label: c.baseline.label, metrics: c.baseline.metrics.figures },
      ...c.options.map((o, i) => ({ file: files[i + 1], label: o.label, metrics: o.metrics.figures })),
    ],
    reductions: c.options.map((o, i) => ({ file: files[i + 1], label: o.label, reductions: o.reductions })),
    options: c.options.map(option),
    sources: c.sources,
  };
}

function pick(m: ModelComparison) {
  return { matched: m.matched, added: m.added, removed: m.removed, changed: m.changed };
}

function report(c: VariantsComparison, lang: MessageLocale): string {
  const t = T[lang];
  const out: string[] = [];
  const name = [c.procedure.name, c.procedure.code ? `(${c.procedure.code})` : ''].filter(Boolean).join(' ');
  if (name) out.push(`${t.procedure}: ${name}`, '');
  for (const o of c.options) {
    out.push(fill(t.changes, { before: c.baseline.label, after: o.label }));
    if (!o.comparison.changes.length) out.push(`  ${t.none}`);
    for (const ch of o.comparison.changes) {
      const id =
        ch.kind === 'changed' && ch.beforeId !== ch.afterId
          ? `${ch.beforeId} → ${ch.afterId}`
          : (ch.afterId ?? ch.beforeId);
      const x = changeText(ch, lang);
      const how = x.rule ? ` [${x.rule}]` : '';
      const why = ch.impliedBy ? ` (${t.follows} ${ch.impliedBy})` : '';
      out.push(`  ${x.kind}  ${x.type} ${id}${ch.name ? ` "${ch.name}"` : ''}${how}${why}`);
      for (const f of x.fields) out.push(`      ${f.label}: ${f.diff ? textDiffLine(f.diff) : `${f.old} → ${f.new}`}`);
    }
    out.push('');
  }
  const n = (x: number | null) => metricValueText(x, lang);
  out.push(
    t.figures,
    table(
      METRIC_KEYS.map((key) => [
        METRIC_LABELS[key][lang],
        n(c.baseline.metrics.figures[key]),
        ...c.options.flatMap((o) => {
          const r = o.reductions[key];
          const saving = !r
            ? ''
            : METRIC_LABELS[key].more
              ? savingText(key, r, lang)
              : `${t.saving} ${savingText(key, r, lang)}`;
          return [n(o.metrics.figures[key]), saving, r?.rate != null ? `${t.rate} ${rateText(key, r, lang)}` : ''];
        }),
      ]),
      { header: [t.metric, c.baseline.label, ...c.options.flatMap((o) => [o.label, '', ''])] },
    ),
    '',
  );
  out.push(t.targets);
  for (const o of c.options) {
    for (const check of o.targets) {
      const state = check.met === null ? t.na : check.met ? t.met : t.notMet;
      const rate = check.rate === null ? '—' : formatPercent(check.rate, lang);
      out.push(
        `  ${o.label}: ${check.target.label[lang]}: ${rate} — ${state}  (${targetSourceText(check.target, lang)})`,
      );
    }
  }
  return out.join('\n') + '\n';
}
