/** `tthc simulate <file.bpmn> --runs N --seed S`: seeded Monte Carlo over decision shares and step-time ranges. */
import {
  buildSimulationModel,
  sameLoad,
  simulate,
  type MessageLocale,
  type SimulationResult,
} from '../../core/index.ts';
import { numberOption, onePositional, parseCommandArgs, type OptionSpec } from '../args.ts';
import { CliError, EXIT, type CliIo, type Command } from '../command.ts';
import { openScenario, scenarioNote, type ScenarioUse } from '../qbp-scenario.ts';
import { num, percent, table } from '../output.ts';
import { COST_OPTIONS, costOptions } from './analyze.ts';
import {
  DEFAULT_YEARS,
  QUEUE_OPTIONS,
  queueModelFromArgs,
  queueReport,
  runQueue,
  variantFiles,
  variantsReport,
  wantsQueue,
} from './simulate-queue.ts';

const OPTIONS: OptionSpec = {
  method: COST_OPTIONS.method!,
  'hourly-income': COST_OPTIONS['hourly-income']!,
  json: { type: 'boolean' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  bins: { type: 'string' },
  ...QUEUE_OPTIONS,
};

/** Runs and seed when `--runs` / `--seed` are not given (the seed is always printed). */
export const DEFAULT_RUNS = 10_000;
export const DEFAULT_SEED = 1;

/** The `simulate` command. */
export const simulateCommand: Command = {
  name: 'simulate',
  summary: {
    en: 'what-if Monte Carlo: mean, median, 90th percentile, share within the limit, expected cost, histogram',
    vi: 'mô phỏng Monte Carlo: trung bình, trung vị, phân vị 90, tỷ lệ đúng hạn, chi phí kỳ vọng, biểu đồ tần suất',
  },
  usage:
    `simulate <file.bpmn> --runs N --seed S [--json] [--bins N] [--method processing-time|applicant-hours] ` +
    `[--hourly-income VND] [--dossiers-per-year N] [--staff "<lane>=<n>"]… [--variant <other.bpmn>]… [--warm-up-days D] [--year Y] ` +
    `(defaults: --runs ${DEFAULT_RUNS} --seed ${DEFAULT_SEED}; with officers or --staff a run is one simulated year, ` +
    `default ${DEFAULT_YEARS})`,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, OPTIONS, io.lang);
    const file = onePositional(parsed, io.lang === 'vi' ? 'tệp BPMN' : 'the BPMN file', io.lang);
    const runsOption = numberOption(parsed, 'runs', io.lang, { min: 1, max: 10_000_000, integer: true });
    const runs = runsOption ?? DEFAULT_RUNS;
    const bins = numberOption(parsed, 'bins', io.lang, { min: 1, max: 200, integer: true });
    const seedText = parsed.values.seed;
    const seed = typeof seedText === 'string' && seedText.trim() ? seedText.trim() : DEFAULT_SEED;
    const options = costOptions(parsed, io.lang);
    const { definitions, scenario } = await openScenario(file, io);
    const note = scenarioNote(file, scenario, io.lang);
    const queue = queueModelFromArgs(definitions, parsed, options, io.lang, new Date().getFullYear());
    if (wantsQueue(parsed, queue)) {
      const years = runsOption ?? DEFAULT_YEARS;
      if (years > 1000) throw new CliError(QUEUE_RUNS[io.lang]);
      const result = runQueue(queue, parsed, years, seed, bins, io.lang);
      const variants = [];
      const notes = [note];
      for (const other of variantFiles(parsed)) {
        const opened = await openScenario(other, io);
        notes.push(scenarioNote(other, opened.scenario, io.lang));
        const model = sameLoad(
          queueModelFromArgs(
            opened.definitions,
            { ...parsed, values: { ...parsed.values, staff: undefined } },
            options,
            io.lang,
            new Date().getFullYear(),
          ),
          queue,
        );
        variants.push({
          file: other,
          ...runQueue(model, parsed, years, seed, bins, io.lang),
          ...scenarioFields(opened.scenario),
        });
      }
      const fields = { ...result, ...scenarioFields(scenario) };
      if (parsed.values.json)
        io.stdout(JSON.stringify(variants.length ? { ...fields, variants } : fields, null, 2) + '\n');
      else {
        io.stdout(
          notes.join('') +
            queueReport(result, queue, io.lang) +
            (variants.length
              ? variantsReport(
                  [{ label: file, result }, ...variants.map((v) => ({ label: v.file, result: v }))],
                  io.lang,
                )
              : ''),
        );
      }
      return EXIT.ok;
    }
    const model = buildSimulationModel(definitions, options);
    const result = simulate(model, bins === undefined ? { runs, seed } : { runs, seed, bins });
    io.stdout(
      parsed.values.json
        ? JSON.stringify({ ...result, ...scenarioFields(scenario) }, null, 2) + '\n'
        : note + report(result, io.lang),
    );
    return EXIT.ok;
  },
};

/** The --json fields naming where the scenario came from (and what the QBP scenario set). */
function scenarioFields(s: ScenarioUse): { scenarioSource: ScenarioUse['source']; qbp?: ScenarioUse['qbp'] } {
  return s.qbp ? { scenarioSource: s.source, qbp: s.qbp } : { scenarioSource: s.source };
}

// helpers //////////////////////

const QUEUE_RUNS = {
  en: 'With officers, a run is one simulated year: --runs may be at most 1000.',
  vi: 'Khi có số cán bộ, mỗi lượt là một năm mô phỏng: --runs tối đa 1000.',
};

const T = {
  en: {
    title: 'Simulation: {runs} runs, seed {seed} (working days; 8 h = 1 day)',
    mean: 'Mean',
    median: 'Median',
    p90: '90th percentile',
    range: 'Min – max',
    sd: 'Standard deviation',
    analytic: 'Analytic expectation',
    within: 'Finished within the statutory limit ({limit} days)',
    noLimit: 'Statutory limit',
    none: 'not stated',
    cost: 'Expected cost per dossier ({method})',
    histogram: 'Histogram (working days)',
    capped: '{n} runs stopped looping after the pass limit.',
    methods: {
      'processing-time': 'processing-time method',
      'applicant-hours': 'applicant-hours method',
      activity: 'activity method',
    },
  },
  vi: {
    title: 'Mô phỏng: {runs} lượt, hạt giống {seed} (ngày làm việc; 8 giờ = 1 ngày)',
    mean: 'Trung bình',
    median: 'Trung vị',
    p90: 'Phân vị 90',
    range: 'Nhỏ nhất – lớn nhất',
    sd: 'Độ lệch chuẩn',
    analytic: 'Kỳ vọng giải tích',
    within: 'Tỷ lệ hoàn thành trong thời hạn ({limit} ngày)',
    noLimit: 'Thời hạn theo quy định',
    none: 'chưa ghi',
    cost: 'Chi phí kỳ vọng mỗi hồ sơ ({method})',
    histogram: 'Biểu đồ tần suất (ngày làm việc)',
    capped: '{n} lượt dừng lặp sau số vòng tối đa.',
    methods: {
      'processing-time': 'phương pháp thời gian giải quyết',
      'applicant-hours': 'phương pháp số giờ của người dân',
      activity: 'phương pháp theo công việc',
    },
  },
};

/** The human-readable report of a simulation, with a text histogram. */
export function report(r: SimulationResult, lang: MessageLocale): string {
  const t = T[lang];
  const n = (x: number, d = 2) => num(x, lang, d);
  const out = [t.title.replace('{runs}', n(r.runs, 0)).replace('{seed}', String(r.seed))];
  out.push(
    table(
      [
        [t.mean, n(r.meanWorkingDays, 3)],
        [t.median, n(r.medianWorkingDays, 3)],
        [t.p90, n(r.p90WorkingDays, 3)],
        [t.range, `${n(r.minWorkingDays, 3)} – ${n(r.maxWorkingDays, 3)}`],
        [t.sd, n(r.stdDevWorkingDays, 3)],
        [t.analytic, n(r.analyticExpectedWorkingDays, 3)],
        r.statutoryLimitWorkingDays === null || r.shareWithinStatutoryLimit === null
          ? [t.noLimit, t.none]
          : [
              t.within.replace('{limit}', n(r.statutoryLimitWorkingDays, 3)),
              percent(r.shareWithinStatutoryLimit, lang),
            ],
        [t.cost.replace('{method}', t.methods[r.costMethod]), `${n(r.expectedCostPerDossierVnd, 0)} VND`],
      ],
      { align: ['l', 'r'] },
    ),
  );
  if (r.cappedRuns) out.push('  ' + t.capped.replace('{n}', String(r.cappedRuns)));
  out.push('', t.histogram);
  const peak = Math.max(1, ...r.histogram.bins.map((b) => b.count));
  out.push(
    table(
      r.histogram.bins.map((b) => [
        `${n(b.fromDays, 3)} – ${n(b.toDays, 3)}`,
        '█'.repeat(Math.round((b.count / peak) * 40)) || (b.count ? '▏' : ''),
        String(b.count),
      ]),
      { align: ['r', 'l', 'r'] },
    ),
  );
  return out.join('\n') + '\n';
}
