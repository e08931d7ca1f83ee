/**
 * Compliance cost of a procedure (Circular 02/2017/TT-VPCP Art.27: cost of the required work + fees, charges
 * and other costs, × times per year; no opportunity cost), by two methods, every intermediate number shown:
 * - processing-time (as provinces publish it, Đồng Nai QĐ 2816/QĐ-UBND): working days × 8 h × hourly income;
 * - applicant-hours: the applicant's own hours per step × expected runs of the step × hourly income.
 * Money is rounded to the đồng and hours to 0.01 h, so every line can be recomputed by hand from the lines above it.
 */
import type { MessageLocale } from '../bpmn/problem-messages.ts';
import { HOURS_PER_WORKING_DAY } from '../model/time.ts';
import type { FeeTotals } from './counts.ts';
import { formatNumber } from '../text/number.ts';

/** The cost methods: as provinces publish it, the applicant's own hours per step, the activities of the model. */
export type CostMethod = 'processing-time' | 'applicant-hours' | 'activity';
export const COST_METHODS: readonly CostMethod[] = ['processing-time', 'applicant-hours', 'activity'];

export interface HourlyIncome {
  vndPerHour: number;
  source: string;
  year: number;
}

/** 40,000 VND per working hour, from 2024 average income, as used by Đồng Nai QĐ 2816/QĐ-UBND (20/11/2025). */
export const DEFAULT_HOURLY_INCOME: HourlyIncome = {
  vndPerHour: 40_000,
  source: 'Đồng Nai QĐ 2816/QĐ-UBND (20/11/2025): thu nhập bình quân 2024 (Tổng cục Thống kê)',
  year: 2024,
};

export type CostLineKey =
  | 'workingDays'
  | 'workingHours'
  | 'hourlyIncome'
  | 'workCost'
  | 'fees'
  | 'costPerDossier'
  | 'dossiersPerYear'
  | 'costPerYear'
  | 'applicantStep'
  | 'applicantHours'
  | 'activity'
  | 'outOfPocket';

export type CostUnit = 'day' | 'hour' | 'VND' | 'VND/h' | 'dossier/year';

export interface CostLine {
  key: CostLineKey;
  label: string;
  formula: string;
  value: number;
  unit: CostUnit;
  /** For `applicantStep` lines: the step. */
  elementId?: string;
}

export interface CostResult {
  method: CostMethod;
  hourlyIncome: HourlyIncome;
  workingHours: number;
  workCostPerDossierVnd: number;
  feesPerDossierVnd: number;
  perDossierVnd: number;
  dossiersPerYear: number | null;
  perYearVnd: number | null;
  breakdown: CostLine[];
  /** The assumptions the figure rests on (activity method), each with its source or "estimate". */
  assumptions?: import('./activity-cost.ts').Assumption[];
}

export interface ProcessingTimeInput {
  workingDays: number;
  /** What the days are (shown in the formula), e.g. "longest path" or "statutory limit". */
  daysBasis?: string;
  hourlyIncome?: HourlyIncome;
  fees?: Pick<FeeTotals, 'feeVnd' | 'chargeVnd' | 'otherVnd'>;
  dossiersPerYear?: number | null;
  locale?: MessageLocale;
}

export interface ApplicantStepHours {
  id: string;
  name?: string;
  /** The applicant's own hours for one run of the step (documents, travel, waiting). */
  hours: number;
  /** Expected runs per dossier (more than 1 inside a supplement loop). */
  runs: number;
}

export interface ApplicantHoursInput {
  steps: ApplicantStepHours[];
  hourlyIncome?: HourlyIncome;
  fees?: Pick<FeeTotals, 'feeVnd' | 'chargeVnd' | 'otherVnd'>;
  dossiersPerYear?: number | null;
  locale?: MessageLocale;
}

export interface Reduction {
  before: number;
  after: number;
  saving: number;
  /** (before − after) / before; null when before is 0. */
  rate: number | null;
}

/** Processing-time method: working days × 8 h × hourly income + fees, per dossier and × dossiers per year. */
export function processingTimeCost(input: ProcessingTimeInput): CostResult {
  const locale = input.locale ?? 'en';
  const income = input.hourlyIncome ?? DEFAULT_HOURLY_INCOME;
  const days = input.workingDays;
  const hours = round(days * HOURS_PER_WORKING_DAY, 2);
  const lines: CostLine[] = [
    line('workingDays', locale, input.daysBasis ?? '', days, 'day'),
    line('workingHours', locale, `${formatNumber(days, locale, 6)} × ${HOURS_PER_WORKING_DAY}`, hours, 'hour'),
  ];
  return finish(lines, 'processing-time', hours, income, input.fees, input.dossiersPerYear, locale);
}

/** Applicant-hours method: Σ (own hours × runs) per step × hourly income + fees, per dossier and per year. */
export function applicantHoursCost(input: ApplicantHoursInput): CostResult {
  const locale = input.locale ?? 'en';
  const income = input.hourlyIncome ?? DEFAULT_HOURLY_INCOME;
  const fmt = (n: number): string => formatNumber(n, locale);
  const lines: CostLine[] = [];
  let total = 0;
  for (const step of input.steps) {
    if (!(step.hours > 0) || !(step.runs > 0)) continue;
    const value = round(step.hours * step.runs, 2);
    total += value;
    lines.push({
      ...line('applicantStep', locale, `${fmt(step.hours)} × ${fmt(round(step.runs, 4))}`, value, 'hour'),
      label: `${LABELS.applicantStep[locale]}: ${step.name ?? step.id}`,
      elementId: step.id,
    });
  }
  const hours = round(total, 2);
  lines.push(
    line('applicantHours', locale, lines.length ? lines.map((l) => fmt(l.value)).join(' + ') : '0', hours, 'hour'),
  );
  return finish(lines, 'applicant-hours', hours, income, input.fees, input.dossiersPerYear, locale);
}

/** Savings and reduction rate = (before − after) / before (domain.md §2). */
export function reduction(before: number, after: number): Reduction {
  return { before, after, saving: before - after, rate: before === 0 ? null : (before - after) / before };
}

/** Time and cost savings between a procedure before and after simplification. */
export function compareCosts(
  before: CostResult,
  after: CostResult,
): { perDossier: Reduction; perYear: Reduction | null } {
  return {
    perDossier: reduction(before.perDossierVnd, after.perDossierVnd),
    perYear:
      before.perYearVnd !== null && after.perYearVnd !== null ? reduction(before.perYearVnd, after.perYearVnd) : null,
  };
}

/** Labels of the breakdown lines in both languages. */
export const COST_LINE_LABELS: Record<CostLineKey, Record<MessageLocale, string>> = {
  workingDays: { en: 'Working days', vi: 'Số ngày làm việc' },
  workingHours: { en: 'Working hours (8 h a day)', vi: 'Số giờ làm việc (8 giờ/ngày)' },
  hourlyIncome: { en: 'Average income per hour', vi: 'Thu nhập bình quân mỗi giờ' },
  workCost: { en: 'Cost of the work per dossier', vi: 'Chi phí thực hiện công việc mỗi hồ sơ' },
  fees: { en: 'Fees, charges and other costs per dossier', vi: 'Phí, lệ phí và chi phí khác mỗi hồ sơ' },
  costPerDossier: { en: 'Compliance cost per dossier', vi: 'Chi phí tuân thủ mỗi hồ sơ' },
  dossiersPerYear: { en: 'Dossiers per year', vi: 'Số hồ sơ mỗi năm' },
  costPerYear: { en: 'Compliance cost per year', vi: 'Chi phí tuân thủ mỗi năm' },
  applicantStep: { en: 'Applicant hours', vi: 'Số giờ của người dân' },
  applicantHours: { en: 'Applicant hours per dossier', vi: 'Tổng số giờ của người dân mỗi hồ sơ' },
  activity: { en: 'Activity', vi: 'Công việc' },
  outOfPocket: { en: 'Copies, certification and travel per dossier', vi: 'Sao chụp, chứng thực và đi lại mỗi hồ sơ' },
};

/** Numbers as text come from the one shared helper (text/number.ts); re-exported for the analysis API. */
export { formatNumber };

// helpers //////////////////////

const LABELS = COST_LINE_LABELS;

function line(key: CostLineKey, locale: MessageLocale, formula: string, value: number, unit: CostUnit): CostLine {
  return { key, label: LABELS[key][locale], formula, value, unit };
}

function finish(
  lines: CostLine[],
  method: CostMethod,
  hours: number,
  income: HourlyIncome,
  fees: ProcessingTimeInput['fees'],
  dossiersPerYear: number | null | undefined,
  locale: MessageLocale,
): CostResult {
  const fmt = (n: number): string => formatNumber(n, locale);
  const work = Math.round(hours * income.vndPerHour);
  const feeVnd = fees?.feeVnd ?? 0;
  const chargeVnd = fees?.chargeVnd ?? 0;
  const otherVnd = fees?.otherVnd ?? 0;
  const feesTotal = Math.round(feeVnd + chargeVnd + otherVnd);
  const perDossier = work + feesTotal;
  const n =
    typeof dossiersPerYear === 'number' && Number.isFinite(dossiersPerYear) && dossiersPerYear >= 0
      ? dossiersPerYear
      : null;
  lines.push(
    line('hourlyIncome', locale, income.source, income.vndPerHour, 'VND/h'),
    line('workCost', locale, `${fmt(hours)} × ${fmt(income.vndPerHour)}`, work, 'VND'),
    line('fees', locale, `${fmt(feeVnd)} + ${fmt(chargeVnd)} + ${fmt(otherVnd)}`, feesTotal, 'VND'),
    line('costPerDossier', locale, `${fmt(work)} + ${fmt(feesTotal)}`, perDossier, 'VND'),
  );
  let perYear: number | null = null;
  if (n !== null) {
    perYear = perDossier * n;
    lines.push(
      line('dossiersPerYear', locale, '', n, 'dossier/year'),
      line('costPerYear', locale, `${fmt(perDossier)} × ${fmt(n)}`, perYear, 'VND'),
    );
  }
  return {
    method,
    hourlyIncome: income,
    workingHours: hours,
    workCostPerDossierVnd: work,
    feesPerDossierVnd: feesTotal,
    perDossierVnd: perDossier,
    dossiersPerYear: n,
    perYearVnd: perYear,
    breakdown: lines,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
