/** `tthc analyze <file.bpmn>`: counts, time and compliance cost of a procedure, as a report or JSON. */
import {
  COST_METHODS,
  CUT_OFF_AFTER_15H,
  CUT_OFF_LAST_HOUR,
  analyze,
  describeWarning,
  severityLabel,
  sourceText,
  unitLabel,
  type Analysis,
  type AnalyzeOptions,
  type CostMethod,
  type MessageLocale,
} from '../../core/index.ts';
import { choiceOption, numberOption, onePositional, parseCommandArgs, type OptionSpec } from '../args.ts';
import { CliError, EXIT, type CliIo, type Command } from '../command.ts';
import { readDefinitions } from '../input.ts';
import { num, percent, table } from '../output.ts';

/** The cost methods `--method` accepts. */
export const METHODS: readonly CostMethod[] = COST_METHODS;

/** Options shared by `analyze` and `simulate`. */
export const COST_OPTIONS: OptionSpec = {
  method: { type: 'string' },
  'hourly-income': { type: 'string' },
  'dossiers-per-year': { type: 'string' },
};

const OPTIONS: OptionSpec = {
  ...COST_OPTIONS,
  json: { type: 'boolean' },
  'time-basis': { type: 'string' },
  strict: { type: 'boolean' },
  'max-paths': { type: 'string' },
  'submitted-at': { type: 'string' },
  'cut-off': { type: 'string' },
  counting: { type: 'string' },
};

const CUT_OFFS = { none: { rule: 'none' }, '15h': CUT_OFF_AFTER_15H, 'last-hour': CUT_OFF_LAST_HOUR } as const;

/** Cost options shared with `simulate`. */
export function costOptions(values: ReturnType<typeof parseCommandArgs>, lang: MessageLocale): AnalyzeOptions {
  const options: AnalyzeOptions = { locale: lang };
  const method = choiceOption(values, 'method', METHODS, lang);
  if (method) options.method = method;
  const income = numberOption(values, 'hourly-income', lang, { min: 0 });
  if (income !== undefined) options.hourlyIncome = income;
  const dossiers = numberOption(values, 'dossiers-per-year', lang, { min: 0 });
  if (dossiers !== undefined) options.dossiersPerYear = dossiers;
  return options;
}

/** The `analyze` command. */
export const analyzeCommand: Command = {
  name: 'analyze',
  summary: {
    en: 'counts, working time along every path, compliance cost and the statutory check of a procedure',
    vi: 'đếm bước, thời gian theo từng đường, chi phí tuân thủ và đối chiếu thời hạn của một thủ tục',
  },
  usage:
    'analyze <file.bpmn> [--json] [--strict] [--method processing-time|applicant-hours|activity] [--hourly-income VND] ' +
    '[--dossiers-per-year N] [--time-basis critical-path|statutory-limit] [--max-paths N] ' +
    '[--submitted-at YYYY-MM-DDTHH:MM [--cut-off none|15h|last-hour] [--counting working-hours|whole-days]]',
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, OPTIONS, io.lang);
    const file = onePositional(parsed, io.lang === 'vi' ? 'tệp BPMN' : 'the BPMN file', io.lang);
    const options = costOptions(parsed, io.lang);
    const basis = choiceOption(parsed, 'time-basis', ['critical-path', 'statutory-limit'] as const, io.lang);
    if (basis) options.timeBasis = basis;
    const maxPaths = numberOption(parsed, 'max-paths', io.lang, { min: 1, integer: true });
    if (maxPaths !== undefined) options.maxPaths = maxPaths;
    const submittedAt = parsed.values['submitted-at'];
    if (typeof submittedAt === 'string') {
      if (!/^\d{4}-\d{2}-\d{2}([T ]\d{1,2}:\d{2})?$/.test(submittedAt.trim())) {
        throw new CliError(
          io.lang === 'vi'
            ? `Tùy chọn --submitted-at cần dạng YYYY-MM-DDTHH:MM, không phải "${submittedAt}".`
            : `Option --submitted-at needs YYYY-MM-DDTHH:MM, not "${submittedAt}".`,
        );
      }
      options.submittedAt = submittedAt.trim();
      const cutOff = choiceOption(parsed, 'cut-off', ['none', '15h', 'last-hour'] as const, io.lang) ?? 'none';
      const counting =
        choiceOption(parsed, 'counting', ['working-hours', 'whole-days'] as const, io.lang) ?? 'working-hours';
      options.calendar = {
        cutOff: CUT_OFFS[cutOff],
        counting: counting === 'whole-days' ? 'wholeDays' : 'workingHours',
      };
    }
    const definitions = await readDefinitions(file, io, { strict: parsed.values.strict === true });
    const analysis = analyze(definitions, options);
    io.stdout(parsed.values.json ? JSON.stringify(analysis, null, 2) + '\n' : report(analysis, io.lang));
    return EXIT.ok;
  },
};

// helpers //////////////////////

const T = {
  en: {
    procedure: 'Procedure',
    counts: 'Counts',
    steps: 'Steps',
    handoffs: 'Hand-offs between lanes or pools',
    units: 'Units involved',
    visits: 'In-person visits of the applicant',
    expectedVisits: 'expected per dossier',
    fromApplicant: 'Dossier components from the applicant',
    fromDatabases: 'Dossier components taken from databases',
    forms: 'Forms',
    fees: 'Fees, charges and other costs',
    time: 'Time (working days; 8 h = 1 day)',
    longest: 'Longest path (loops by expected repeats)',
    nominal: 'Longest path without repeats',
    expected: 'Expected (mean over dossiers)',
    limit: 'Statutory limit',
    within: 'within the limit',
    over: 'EXCEEDS the limit',
    none: 'not stated',
    paths: 'Paths',
    days: 'days',
    share: 'share',
    loops: 'Loops',
    repeats: 'expected repeats',
    cost: 'Compliance cost',
    method: {
      'processing-time': 'processing-time method',
      'applicant-hours': 'applicant-hours method',
      activity: 'activity method (Circular 02/2017 Art.27)',
    },
    costBasis: 'Circular 02/2017/TT-VPCP Art.27; no opportunity cost',
    item: 'Item',
    formula: 'Formula',
    value: 'Value',
    warnings: 'Warnings',
    noWarnings: 'No warnings.',
    ends: { end: 'end', back: 'back to' },
    byRole: 'Time by role (hours)',
    role: 'Role',
    stated: 'stated',
    onPath: 'on longest path',
    expectedH: 'expected',
    more: '… {n} more',
    returnDate: 'Promised return date',
    received: 'received',
    countedFrom: 'counted from',
    skipped: 'Days off passed',
    basis: { 'statutory-limit': 'statutory limit', 'critical-path': 'longest path' },
  },
  vi: {
    procedure: 'Thủ tục',
    counts: 'Số lượng',
    steps: 'Số bước',
    handoffs: 'Số lần chuyển giao giữa làn/bể',
    units: 'Số đơn vị, người tham gia',
    visits: 'Số lần người dân đến trực tiếp',
    expectedVisits: 'kỳ vọng mỗi hồ sơ',
    fromApplicant: 'Thành phần hồ sơ người dân nộp',
    fromDatabases: 'Thành phần hồ sơ khai thác từ CSDL',
    forms: 'Biểu mẫu',
    fees: 'Phí, lệ phí và chi phí khác',
    time: 'Thời gian (ngày làm việc; 8 giờ = 1 ngày)',
    longest: 'Đường dài nhất (vòng lặp theo kỳ vọng)',
    nominal: 'Đường dài nhất không lặp',
    expected: 'Kỳ vọng (trung bình các hồ sơ)',
    limit: 'Thời hạn theo quy định',
    within: 'trong thời hạn',
    over: 'VƯỢT thời hạn',
    none: 'chưa ghi',
    paths: 'Các đường xử lý',
    days: 'ngày',
    share: 'tỷ lệ',
    loops: 'Vòng lặp',
    repeats: 'số lần lặp kỳ vọng',
    cost: 'Chi phí tuân thủ',
    method: {
      'processing-time': 'phương pháp thời gian giải quyết',
      'applicant-hours': 'phương pháp số giờ của người dân',
      activity: 'phương pháp theo công việc (Điều 27 Thông tư 02/2017)',
    },
    costBasis: 'Thông tư 02/2017/TT-VPCP Điều 27; không tính chi phí cơ hội',
    item: 'Khoản mục',
    formula: 'Cách tính',
    value: 'Giá trị',
    warnings: 'Cảnh báo',
    noWarnings: 'Không có cảnh báo.',
    ends: { end: 'kết thúc', back: 'quay lại' },
    byRole: 'Thời gian theo vai trò (giờ)',
    role: 'Vai trò',
    stated: 'theo bảng',
    onPath: 'trên đường dài nhất',
    expectedH: 'kỳ vọng',
    more: '… còn {n} đường',
    returnDate: 'Ngày hẹn trả kết quả',
    received: 'tiếp nhận',
    countedFrom: 'tính từ',
    skipped: 'Ngày nghỉ trong khoảng',
    basis: { 'statutory-limit': 'thời hạn theo quy định', 'critical-path': 'đường dài nhất' },
  },
};

/** The human-readable report of an analysis. */
export function report(a: Analysis, lang: MessageLocale): string {
  const t = T[lang];
  const n = (x: number, d = 2) => num(x, lang, d);
  const out: string[] = [];
  const title = [a.procedure.name, a.procedure.code ? `(${a.procedure.code})` : ''].filter(Boolean).join(' ');
  if (title) out.push(`${t.procedure}: ${title}`, '');

  const dbs = Object.entries(a.counts.documentsByDatabase)
    .map(([db, k]) => `${db || '?'}: ${k}`)
    .join('; ');
  out.push(
    t.counts,
    table([
      [t.steps, String(a.steps)],
      [t.handoffs, String(a.handoffs)],
      [t.units, String(a.units) + (a.counts.unitNames.length ? `  ${a.counts.unitNames.join(', ')}` : '')],
      [t.visits, `${a.inPersonVisits}  (${n(a.time.expectedInPersonVisits)} ${t.expectedVisits})`],
      [t.fromApplicant, String(a.documentsFromApplicant)],
      [t.fromDatabases, String(a.documentsFromDatabases) + (dbs ? `  (${dbs})` : '')],
      [t.forms, String(a.forms)],
      [t.fees, `${n(a.feesVnd, 0)} ${unitLabel('VND', lang)}`],
    ]),
    '',
  );

  const limit =
    a.statutoryLimitWorkingDays === null
      ? t.none
      : `${n(a.statutoryLimitWorkingDays, 4)} ${t.days}  ${a.withinStatutoryLimit ? t.within : t.over}`;
  out.push(
    t.time,
    table([
      [
        t.longest,
        `${n(a.criticalPathWorkingDays, 4)} ${t.days} (${n(a.criticalPathWorkingHours)} ${unitLabel('hour', lang)})`,
      ],
      [t.nominal, `${n(a.time.nominalWorkingDays, 4)} ${t.days}`],
      [t.expected, `${n(a.expectedWorkingDays, 4)} ${t.days}`],
      [t.limit, limit],
    ]),
  );
  if (a.time.criticalPath.stepIds.length) out.push(`  ${a.time.criticalPath.stepIds.join(' → ')}`);
  if (a.returnDate) {
    const r = a.returnDate;
    out.push(
      `  ${t.returnDate}: ${r.dueAt.replace('T', ' ')}  (${t.received} ${r.submittedAt.replace('T', ' ')}; ${t.countedFrom} ${r.countingStartsAt.replace('T', ' ')}; ${n(r.workingDays, 4)} ${t.days}, ${t.basis[r.basis]})`,
    );
    if (r.daysOffSkipped.length)
      out.push(
        `  ${t.skipped}: ${r.daysOffSkipped.map((d) => `${d.date} ${lang === 'vi' ? d.nameVi : d.name}`).join('; ')}`,
      );
  }
  out.push('');

  if (a.time.paths.length) {
    const shown = a.time.paths.slice(0, 10);
    out.push(
      t.paths,
      table(
        shown.map((p) => [
          n(p.workingDays, 4),
          percent(p.probability, lang),
          p.stepIds.join(' → ') + (p.ends === 'back' ? `  ↺ ${t.ends.back} ${p.backTo ?? ''}` : ''),
        ]),
        { header: [t.days, t.share, t.steps], align: ['r', 'r', 'l'] },
      ),
    );
    if (a.time.paths.length > shown.length)
      out.push('  ' + T[lang].more.replace('{n}', String(a.time.paths.length - shown.length)));
    out.push('');
  }
  if (a.time.loops.length) {
    out.push(
      t.loops,
      table(
        a.time.loops.map((l) => [
          l.headerName ?? l.headerId,
          percent(l.repeatShare, lang),
          `${n(l.expectedRepeats, 4)} ${t.repeats}`,
          `${n(l.repeatWorkingHours)} ${unitLabel('hour', lang)}`,
        ]),
      ),
      '',
    );
  }
  if (a.time.byRole.length) {
    out.push(
      t.byRole,
      table(
        a.time.byRole.map((r) => [
          r.role || '?',
          String(r.steps),
          n(r.stepWorkingHours),
          n(r.criticalPathWorkingHours),
          n(r.expectedWorkingHours),
        ]),
        { header: [t.role, t.steps, t.stated, t.onPath, t.expectedH], align: ['l', 'r', 'r', 'r', 'r'] },
      ),
      '',
    );
  }

  out.push(`${t.cost} — ${t.method[a.costMethod]} (${t.costBasis})`);
  out.push(
    table(
      a.cost.breakdown.map((l) => [
        l.label,
        sourceText(l.formula, lang),
        `${n(l.value, l.unit === 'day' ? 6 : 2)} ${unitLabel(l.unit, lang)}`,
      ]),
      { header: [t.item, t.formula, t.value], align: ['l', 'l', 'r'] },
    ),
    '',
  );

  out.push(t.warnings);
  if (!a.warnings.length) out.push(`  ${t.noWarnings}`);
  // the warning's code is for scripts (--json); the reader gets its severity in words
  for (const w of a.warnings)
    out.push(
      `  [${severityLabel(w.severity, lang)}]${w.elementId ? ` (${w.elementId})` : ''}: ${describeWarning(w, lang)}`,
    );
  return out.join('\n') + '\n';
}
