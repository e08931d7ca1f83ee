/**
 * The figures of each variant that a simplification plan reports (from `analyze`), and the savings and
 * reduction rates ((before − after) / before) of every option against the current variant.
 */
import type { ModdleElement } from '../bpmn/moddle-types.ts';
import { analyze, reduction, type AnalyzeOptions, type Reduction } from '../analysis/index.ts';
import { LABELS } from '../text/labels.ts';
import { formatNumber, formatPercent, formatSigned, type NumberLocale } from '../text/number.ts';

export type MetricKey =
  | 'steps'
  | 'handoffs'
  | 'inPersonVisits'
  | 'documentsFromApplicant'
  | 'documentsReplacedByData'
  | 'criticalPathWorkingDays'
  | 'statutoryLimitWorkingDays'
  | 'costPerDossierVnd'
  | 'costPerYearVnd'
  | 'processingCostPerDossierVnd'
  | 'activityCostPerDossierVnd';

/** The metrics in table order. */
export const METRIC_KEYS: readonly MetricKey[] = [
  'steps',
  'handoffs',
  'inPersonVisits',
  'documentsFromApplicant',
  'documentsReplacedByData',
  'criticalPathWorkingDays',
  'statutoryLimitWorkingDays',
  'costPerDossierVnd',
  'costPerYearVnd',
  // both cost methods side by side: the days as provinces publish them, and the applicant's activities
  'processingCostPerDossierVnd',
  'activityCostPerDossierVnd',
];

/** Labels and units of the metrics in both languages; `more` marks the one figure where more is better. */
export const METRIC_LABELS: Record<MetricKey, { vi: string; en: string; unit: 'count' | 'day' | 'VND'; more?: true }> =
  {
    steps: { vi: 'Số bước', en: 'Steps', unit: 'count' },
    handoffs: { vi: 'Số lần chuyển giao', en: 'Hand-offs', unit: 'count' },
    inPersonVisits: { vi: 'Số lần đến trực tiếp', en: 'In-person visits', unit: 'count' },
    documentsFromApplicant: { vi: 'Giấy tờ người dân nộp', en: 'Documents from the applicant', unit: 'count' },
    documentsReplacedByData: {
      vi: 'Giấy tờ thay bằng khai thác dữ liệu',
      en: 'Documents replaced by data',
      unit: 'count',
      more: true,
    },
    criticalPathWorkingDays: {
      vi: 'Thời gian đường dài nhất (ngày làm việc)',
      en: 'Longest path (working days)',
      unit: 'day',
    },
    statutoryLimitWorkingDays: {
      vi: 'Thời hạn giải quyết (ngày làm việc)',
      en: 'Statutory limit (working days)',
      unit: 'day',
    },
    costPerDossierVnd: {
      vi: 'Chi phí tuân thủ mỗi hồ sơ (đồng)',
      en: 'Compliance cost per dossier (VND)',
      unit: 'VND',
    },
    costPerYearVnd: { vi: 'Chi phí tuân thủ mỗi năm (đồng)', en: 'Compliance cost per year (VND)', unit: 'VND' },
    processingCostPerDossierVnd: {
      vi: 'Chi phí mỗi hồ sơ theo thời gian giải quyết (đồng)',
      en: 'Cost per dossier by processing time (VND)',
      unit: 'VND',
    },
    activityCostPerDossierVnd: {
      vi: 'Chi phí mỗi hồ sơ theo công việc của người dân (đồng)',
      en: "Cost per dossier by the applicant's activities (VND)",
      unit: 'VND',
    },
  };

export type VariantFigures = Record<MetricKey, number | null>;

export interface VariantMetrics {
  label: string;
  procedureName?: string;
  procedureCode?: string;
  figures: VariantFigures;
}

/** Per metric: the reduction of an option against the baseline (null where either figure is missing). */
export type VariantReductions = Record<MetricKey, Reduction | null>;

/** The figures of one variant. */
export function variantMetrics(
  definitions: ModdleElement,
  label: string,
  options: AnalyzeOptions = {},
): VariantMetrics {
  const a = analyze(definitions, { maxPaths: 1, ...options });
  return {
    label,
    procedureName: a.procedure.name,
    procedureCode: a.procedure.code,
    figures: {
      steps: a.steps,
      handoffs: a.handoffs,
      inPersonVisits: a.inPersonVisits,
      documentsFromApplicant: a.documentsFromApplicant,
      documentsReplacedByData: a.documentsFromDatabases,
      criticalPathWorkingDays: a.criticalPathWorkingDays,
      statutoryLimitWorkingDays: a.statutoryLimitWorkingDays,
      costPerDossierVnd: a.complianceCostPerDossierVnd,
      costPerYearVnd: a.complianceCostPerYearVnd,
      processingCostPerDossierVnd: a.costs['processing-time'].perDossierVnd,
      activityCostPerDossierVnd: a.costs.activity.perDossierVnd,
    },
  };
}

/**
 * Savings and reduction rates of `after` against `before`. For documents replaced by data more is better:
 * its "saving" is negative when data replaces more documents (the rate is still (before − after) / before).
 */
export function metricReductions(before: VariantMetrics, after: VariantMetrics): VariantReductions {
  const out = {} as VariantReductions;
  for (const key of METRIC_KEYS) {
    const b = before.figures[key];
    const a = after.figures[key];
    out[key] = b === null || a === null ? null : reduction(b, a);
  }
  return out;
}

/** A figure as text ("—" when missing). */
export function metricValueText(n: number | null, lang: NumberLocale): string {
  return n === null ? '—' : formatNumber(n, lang, 2);
}

/**
 * An option's saving on one criterion as a reader reads it: the amount saved ("1,5"); for documents taken from
 * data, where more is the gain, the gain with its sign ("+2 giấy tờ lấy từ dữ liệu").
 */
export function savingText(key: MetricKey, r: Reduction | null, lang: NumberLocale): string {
  if (!r) return '—';
  if (METRIC_LABELS[key].more)
    return `${formatSigned(r.after - r.before, lang)} ${LABELS[lang].phrase.documentsFromData}`;
  return formatNumber(r.saving, lang, 2);
}

/** The reduction rate of one criterion ("30%"); for documents taken from data the signed rise ("+100%"). */
export function rateText(key: MetricKey, r: Reduction | null, lang: NumberLocale): string {
  if (r?.rate == null) return '—';
  if (METRIC_LABELS[key].more) {
    const rise = -r.rate;
    return rise > 0 ? `+${formatPercent(rise, lang)}` : formatPercent(rise, lang);
  }
  return formatPercent(r.rate, lang);
}
