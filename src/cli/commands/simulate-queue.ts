/**
 * `tthc simulate` with people and queues: when the file states officers for a role, or `--staff` /
 * `--dossiers-per-year` are given, a run is one simulated year of dossiers waiting for the officers of each role.
 */
import {
  applyScenario,
  buildQueueModel,
  QueueModelError,
  simulateQueue,
  type AnalyzeOptions,
  type MessageLocale,
  type ModdleElement,
  type QueueModel,
  type QueueProblem,
  type QueueResult,
} from '../../core/index.ts';
import { numberOption, type ParsedArgs } from '../args.ts';
import { CliError } from '../command.ts';
import { num, percent, table } from '../output.ts';

/** Years simulated when `--runs` is not given in queue mode. */
export const DEFAULT_YEARS = 10;

const T = {
  en: {
    staffFormat: 'Option --staff needs "<lane name>=<officers>" (a whole number ≥ 1), not "{value}".',
    unknownRole: 'No lane named "{role}" does steps in this file; lanes: {roles}.',
    problems: {
      noArrivals:
        'The queue simulation needs dossiers per year: state them in the procedure or give --dossiers-per-year.',
      warmUpTooLong: 'The warm-up is as long as the year: nothing would be counted.',
      tooManyDossiers: 'Dossiers per year × runs is above 20 million: lower --runs or --dossiers-per-year.',
    } satisfies Record<QueueProblem, string>,
    title:
      'Queue simulation: {runs} simulated years (calendar of {year}), {perYear} dossiers a year, seed {seed} (working days; 8 h = 1 day)',
    basis:
      'Figures rest on {dossiers} dossiers that arrived over {days} working days (the first {warmUp} working days of each year are warm-up and not counted).',
    mean: 'Mean cycle time',
    median: 'Median',
    p90: '90th percentile',
    free: 'Mean without waiting (same routes)',
    within: 'Finished within the statutory limit ({limit} days)',
    noLimit: 'Statutory limit',
    none: 'not stated',
    open: 'Still open at the end of their year',
    cost: 'Expected cost per dossier',
    steps: 'Waiting by step (mean per run of the step)',
    step: 'Step',
    role: 'Role',
    waiting: 'Waiting',
    processing: 'Processing',
    runs: 'Runs/dossier',
    roles: 'Utilisation by role',
    officers: 'Officers',
    hours: 'Hours/day',
    use: 'Utilisation',
    unlimited: 'not stated (never waits)',
    bottleneck: 'Bottleneck: "{name}" ({role}), {days} working days of waiting per dossier.',
    noBottleneck: 'No step makes dossiers wait.',
    profile: 'The monthly arrival profile could not be read (twelve numbers expected): arrivals are spread evenly.',
    variants: 'Variants under the same load (same dossiers per year, same officers for roles of the same name)',
    variant: 'Variant',
    withinShort: 'Within limit',
    bottleneckShort: 'Bottleneck',
  },
  vi: {
    staffFormat: 'Tùy chọn --staff cần dạng "<tên làn>=<số cán bộ>" (số nguyên ≥ 1), không phải "{value}".',
    unknownRole: 'Không có làn nào tên "{role}" thực hiện bước trong tệp này; các làn: {roles}.',
    problems: {
      noArrivals: 'Mô phỏng hàng đợi cần số hồ sơ mỗi năm: hãy ghi trong thủ tục hoặc dùng --dossiers-per-year.',
      warmUpTooLong: 'Thời gian khởi động dài bằng cả năm: không còn hồ sơ nào được tính.',
      tooManyDossiers: 'Số hồ sơ mỗi năm × số lượt vượt 20 triệu: hãy giảm --runs hoặc --dossiers-per-year.',
    } satisfies Record<QueueProblem, string>,
    title:
      'Mô phỏng hàng đợi: {runs} năm mô phỏng (lịch năm {year}), {perYear} hồ sơ mỗi năm, hạt giống {seed} (ngày làm việc; 8 giờ = 1 ngày)',
    basis:
      'Số liệu dựa trên {dossiers} hồ sơ đến trong {days} ngày làm việc ({warmUp} ngày làm việc đầu mỗi năm là giai đoạn khởi động, không tính).',
    mean: 'Thời gian giải quyết trung bình',
    median: 'Trung vị',
    p90: 'Phân vị 90',
    free: 'Trung bình nếu không phải chờ (cùng lộ trình)',
    within: 'Tỷ lệ hoàn thành trong thời hạn ({limit} ngày)',
    noLimit: 'Thời hạn theo quy định',
    none: 'chưa ghi',
    open: 'Còn dở dang khi hết năm',
    cost: 'Chi phí kỳ vọng mỗi hồ sơ',
    steps: 'Thời gian chờ theo bước (trung bình mỗi lần thực hiện)',
    step: 'Bước',
    role: 'Vai trò',
    waiting: 'Chờ',
    processing: 'Xử lý',
    runs: 'Số lần/hồ sơ',
    roles: 'Mức sử dụng theo vai trò',
    officers: 'Số cán bộ',
    hours: 'Giờ/ngày',
    use: 'Mức sử dụng',
    unlimited: 'chưa ghi (không phải chờ)',
    bottleneck: 'Điểm nghẽn: “{name}” ({role}), chờ {days} ngày làm việc mỗi hồ sơ.',
    noBottleneck: 'Không bước nào khiến hồ sơ phải chờ.',
    profile: 'Không đọc được phân bổ hồ sơ theo tháng (cần mười hai số): hồ sơ được rải đều.',
    variants: 'Các phương án với cùng tải (cùng số hồ sơ mỗi năm, cùng số cán bộ cho vai trò cùng tên)',
    variant: 'Phương án',
    withinShort: 'Đúng hạn',
    bottleneckShort: 'Điểm nghẽn',
  },
};

export const QUEUE_OPTIONS = {
  'dossiers-per-year': { type: 'string' },
  staff: { type: 'string', multiple: true },
  variant: { type: 'string', multiple: true },
  'warm-up-days': { type: 'string' },
  year: { type: 'string' },
} as const;

/** Whether this call simulates queues: officers stated in the file or a queue option given. */
export function wantsQueue(parsed: ParsedArgs, model: QueueModel): boolean {
  return (
    model.roles.some((r) => r.officers !== null) ||
    ['staff', 'dossiers-per-year', 'variant'].some((k) => parsed.values[k] !== undefined)
  );
}

/** The `--variant` files, in order. */
export function variantFiles(parsed: ParsedArgs): string[] {
  const v = parsed.values.variant;
  return Array.isArray(v) ? v : [];
}

/** The file's queue model with the command line's scenario applied (bad values are exit-code-2 errors). */
export function queueModelFromArgs(
  definitions: ModdleElement,
  parsed: ParsedArgs,
  options: AnalyzeOptions,
  lang: MessageLocale,
  thisYear: number,
): QueueModel {
  const year = numberOption(parsed, 'year', lang, { min: 1900, max: 2200, integer: true }) ?? thisYear;
  const model = buildQueueModel(definitions, { ...options, year });
  const perYear = numberOption(parsed, 'dossiers-per-year', lang, { min: 1, max: 10_000_000 });
  const officers: Record<string, number> = {};
  const staff = parsed.values.staff;
  for (const entry of Array.isArray(staff) ? staff : []) {
    const m = /^(.+)=\s*(\d+)\s*$/.exec(entry);
    const n = m ? Number(m[2]) : NaN;
    if (!m || !(n >= 1) || n > 100_000) throw new CliError(T[lang].staffFormat.replace('{value}', entry));
    const role = (m[1] as string).trim();
    if (!model.roles.some((r) => r.name === role)) {
      throw new CliError(
        T[lang].unknownRole
          .replace('{role}', role)
          .replace('{roles}', model.roles.map((r) => `"${r.name}"`).join(', ') || '—'),
      );
    }
    officers[role] = n;
  }
  return applyScenario(model, perYear === undefined ? { officers } : { officers, dossiersPerYear: perYear });
}

/** Run the queue simulation; a model it cannot run is an exit-code-2 error in the user's language. */
export function runQueue(
  model: QueueModel,
  parsed: ParsedArgs,
  runs: number,
  seed: number | string,
  bins: number | undefined,
  lang: MessageLocale,
): QueueResult {
  const warmUpDays = numberOption(parsed, 'warm-up-days', lang, { min: 0, max: 366 });
  try {
    return simulateQueue(model, {
      runs,
      seed,
      ...(bins === undefined ? {} : { bins }),
      ...(warmUpDays === undefined ? {} : { warmUpDays }),
    });
  } catch (error) {
    if (error instanceof QueueModelError) throw new CliError(T[lang].problems[error.code]);
    throw error;
  }
}

/** A side-by-side table of the key figures of several variants simulated under the same load. */
export function variantsReport(rows: Array<{ label: string; result: QueueResult }>, lang: MessageLocale): string {
  const t = T[lang];
  const n = (x: number, d = 3) => num(x, lang, d);
  return (
    [
      '',
      t.variants,
      table(
        [
          [t.variant, t.mean, t.p90, t.withinShort, t.bottleneckShort],
          ...rows.map(({ label, result: r }) => [
            label,
            n(r.cycleTime.mean),
            n(r.cycleTime.p90),
            r.withinLimitShare === null ? '—' : percent(r.withinLimitShare, lang),
            r.bottleneck?.name ?? '—',
          ]),
        ],
        { align: ['l', 'r', 'r', 'r', 'l'] },
      ),
    ].join('\n') + '\n'
  );
}

/** The human-readable report of a queue simulation. */
export function queueReport(r: QueueResult, model: QueueModel, lang: MessageLocale): string {
  const t = T[lang];
  const n = (x: number, d = 2) => num(x, lang, d);
  const out = [
    t.title
      .replace('{runs}', n(r.runs, 0))
      .replace('{year}', String(r.year))
      .replace('{perYear}', n(r.dossiersPerYear, 0))
      .replace('{seed}', String(r.seed)),
  ];
  out.push(
    t.basis
      .replace('{dossiers}', n(r.dossiers, 0))
      .replace('{days}', n(r.workingDays, 0))
      .replace('{warmUp}', n(r.warmUpDays, 0)),
  );
  if (model.profileInvalid) out.push(t.profile);
  out.push(
    table(
      [
        [t.mean, n(r.cycleTime.mean, 3)],
        [t.median, n(r.cycleTime.p50, 3)],
        [t.p90, n(r.cycleTime.p90, 3)],
        [t.free, n(r.meanWithoutWaitingDays, 3)],
        r.statutoryLimitWorkingDays === null || r.withinLimitShare === null
          ? [t.noLimit, t.none]
          : [t.within.replace('{limit}', n(r.statutoryLimitWorkingDays, 3)), percent(r.withinLimitShare, lang)],
        [t.open, n(r.openAtEnd, 0)],
        [t.cost, `${n(r.expectedCostPerDossierVnd, 0)} VND`],
      ],
      { align: ['l', 'r'] },
    ),
  );
  out.push(
    '',
    r.bottleneck
      ? t.bottleneck
          .replace('{name}', r.bottleneck.name)
          .replace('{role}', r.bottleneck.role ?? '—')
          .replace('{days}', n(r.bottleneck.waitingPerDossierDays, 3))
      : t.noBottleneck,
  );
  out.push('', t.steps);
  out.push(
    table(
      [
        [t.step, t.role, t.waiting, t.processing, t.runs],
        ...r.waiting.map((s) => [
          s.name,
          s.role ?? '—',
          n(s.meanWaitingDays, 3),
          n(s.meanProcessingDays, 3),
          n(s.runsPerDossier, 2),
        ]),
      ],
      { align: ['l', 'l', 'r', 'r', 'r'] },
    ),
  );
  out.push('', t.roles);
  out.push(
    table(
      [
        [t.role, t.officers, t.hours, t.use],
        ...r.utilisation.map((u) => [
          u.role,
          u.officers === null ? t.unlimited : String(u.officers),
          n(u.hoursPerDay, 1),
          u.utilisation === null ? '—' : percent(u.utilisation, lang),
        ]),
      ],
      { align: ['l', 'r', 'r', 'r'] },
    ),
  );
  return out.join('\n') + '\n';
}
