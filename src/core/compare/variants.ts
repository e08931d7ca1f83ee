/**
 * Compare the current variant of a procedure with one or more options: the change list of each option, the
 * figures of every variant, each option's savings and reduction rates, and the targets met or not.
 */
import type { ModdleElement } from '../bpmn/moddle-types.ts';
import { DEFAULT_HOURLY_INCOME, type AnalyzeOptions, type HourlyIncome } from '../analysis/index.ts';
import { readProcedure } from '../model/facts.ts';
import type { LegalBasis } from '../model/types.ts';
import { LABELS, type LabelTable } from '../text/labels.ts';
import { formatNumber } from '../text/number.ts';
import { compareModels, type ModelComparison } from './changes.ts';
import type { MatchOptions } from './matching.ts';
import { metricReductions, variantMetrics, type VariantMetrics, type VariantReductions } from './metrics.ts';
import { DEFAULT_TARGETS, checkTargets, type ReductionTarget, type TargetCheck } from './targets.ts';

export interface VariantInput {
  label: string;
  definitions: ModdleElement;
}

export interface OptionComparison {
  label: string;
  comparison: ModelComparison;
  metrics: VariantMetrics;
  reductions: VariantReductions;
  targets: TargetCheck[];
}

export interface VariantsComparison {
  procedure: { name?: string; code?: string };
  baseline: { label: string; metrics: VariantMetrics };
  options: OptionComparison[];
  targets: ReductionTarget[];
  /** Legal facts shown in the report, each with where it comes from. */
  sources: LegalSource[];
}

export interface LegalSource {
  /** What the source supports, in each language: a legal basis of a variant, the cost method, the hourly income, a target. */
  subject: { vi: string; en: string };
  source: string;
  /** How the source is known or that it is not confirmed, in each language. */
  note?: { vi: string; en: string };
}

/** A legal source as one line of the reader's language ("subject: source, note"). */
export function legalSourceText(s: LegalSource, lang: 'vi' | 'en'): string {
  return `${s.subject[lang]}: ${[s.source, s.note?.[lang]].filter(Boolean).join(', ')}`;
}

export interface CompareVariantsOptions {
  analyze?: AnalyzeOptions;
  match?: MatchOptions;
  targets?: readonly ReductionTarget[];
}

/** The cost method's legal basis (docs/sources.md [TT02-27]). */
export const COST_METHOD_SOURCE = 'Thông tư 02/2017/TT-VPCP (31/10/2017), Điều 27';

/** Compare `variants[0]` (the current process) with every later variant. */
export function compareVariants(
  variants: readonly VariantInput[],
  options: CompareVariantsOptions = {},
): VariantsComparison {
  const [first, ...rest] = variants;
  if (!first) throw new Error('compareVariants needs at least one variant');
  const targets = [...(options.targets ?? DEFAULT_TARGETS)];
  const baseline = variantMetrics(first.definitions, first.label, options.analyze);
  const compared = rest.map((v) => {
    const metrics = variantMetrics(v.definitions, v.label, options.analyze);
    const reductions = metricReductions(baseline, metrics);
    return {
      label: v.label,
      comparison: compareModels(first.definitions, v.definitions, options.match),
      metrics,
      reductions,
      targets: checkTargets(reductions, targets),
    };
  });
  return {
    procedure: { name: baseline.procedureName, code: baseline.procedureCode },
    baseline: { label: first.label, metrics: baseline },
    options: compared,
    targets,
    sources: legalSources(variants, targets, options.analyze),
  };
}

// helpers //////////////////////

function legalSources(
  variants: readonly VariantInput[],
  targets: readonly ReductionTarget[],
  analyze?: AnalyzeOptions,
): LegalSource[] {
  const out: LegalSource[] = [];
  const seen = new Set<string>();
  const both = (f: (l: LabelTable) => string) => ({ vi: f(LABELS.vi), en: f(LABELS.en) });
  for (const v of variants) {
    for (const basis of readProcedure(v.definitions).legalBases) {
      const text = describeBasis(basis);
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ subject: both((l) => `${v.label}: ${l.phrase.legalBasis}`), source: text });
    }
  }
  out.push({ subject: both((l) => capitalise(l.phrase.complianceCost)), source: COST_METHOD_SOURCE });
  const income =
    typeof analyze?.hourlyIncome === 'object'
      ? ({ ...DEFAULT_HOURLY_INCOME, ...analyze.hourlyIncome } as HourlyIncome)
      : undefined;
  const incomeSubject = (vnd: number, year?: number) =>
    both(
      (l) =>
        `${capitalise(l.phrase.hourlyIncome)} ${formatNumber(vnd, l === LABELS.vi ? 'vi' : 'en', 0)} ${l.unit['VND/h']}${year ? ` (${year})` : ''}`,
    );
  if (typeof analyze?.hourlyIncome === 'number') {
    out.push({ subject: incomeSubject(analyze.hourlyIncome), source: '', note: both((l) => l.phrase.userSupplied) });
  } else {
    const h = income ?? DEFAULT_HOURLY_INCOME;
    out.push({ subject: incomeSubject(h.vndPerHour, h.year), source: h.source });
  }
  for (const t of targets) {
    const note = t.sourceNote ?? (t.verified ? undefined : both((l) => l.phrase.unverified));
    out.push({ subject: t.label, source: t.source, ...(note ? { note } : {}) });
  }
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describeBasis(b: LegalBasis): string {
  return [b.document, b.article, b.title, b.date].filter(Boolean).join(', ');
}
