/**
 * Compare the current variant of a procedure with one or more options: the change list of each option, the
 * figures of every variant, each option's savings and reduction rates, and the targets met or not.
 */
import type { ModdleElement } from '../bpmn/moddle-types.ts';
import { DEFAULT_HOURLY_INCOME, type AnalyzeOptions, type HourlyIncome } from '../analysis/index.ts';
import { readProcedure } from '../model/facts.ts';
import type { LegalBasis } from '../model/types.ts';
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
  /** What the source supports: a legal basis of a variant, the cost method, the hourly income, a target. */
  subject: string;
  source: string;
}

export interface CompareVariantsOptions {
  analyze?: AnalyzeOptions;
  match?: MatchOptions;
  targets?: readonly ReductionTarget[];
}

/** The cost method's legal basis (docs/sources.md [TT02-27]). */
export const COST_METHOD_SOURCE = 'Thông tư 02/2017/TT-VPCP (31/10/2017), Điều 27';

/** Compare `variants[0]` (the current process) with every later variant. */
export function compareVariants(variants: readonly VariantInput[], options: CompareVariantsOptions = {}): VariantsComparison {
  const [first, ...rest] = variants;
  if (!first) throw new Error('compareVariants needs at least one variant');
  const targets = [...(options.targets ?? DEFAULT_TARGETS)];
  const baseline = variantMetrics(first.definitions, first.label, options.analyze);
  const compared = rest.map(v => {
    const metrics = variantMetrics(v.definitions, v.label, options.analyze);
    const reductions = metricReductions(baseline, metrics);
    return {
      label: v.label,
      comparison: compareModels(first.definitions, v.definitions, options.match),
      metrics, reductions, targets: checkTargets(reductions, targets)
    };
  });
  return {
    procedure: { name: baseline.procedureName, code: baseline.procedureCode },
    baseline: { label: first.label, metrics: baseline },
    options: compared,
    targets,
    sources: legalSources(variants, targets, options.analyze)
  };
}

// helpers //////////////////////

function legalSources(variants: readonly VariantInput[], targets: readonly ReductionTarget[], analyze?: AnalyzeOptions): LegalSource[] {
  const out: LegalSource[] = [];
  const seen = new Set<string>();
  for (const v of variants) {
    for (const basis of readProcedure(v.definitions).legalBases) {
      const text = describeBasis(basis);
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ subject: `${v.label}: căn cứ pháp lý / legal basis`, source: text });
    }
  }
  out.push({ subject: 'Chi phí tuân thủ / compliance cost', source: COST_METHOD_SOURCE });
  const income = typeof analyze?.hourlyIncome === 'object' ? { ...DEFAULT_HOURLY_INCOME, ...analyze.hourlyIncome } as HourlyIncome : undefined;
  if (typeof analyze?.hourlyIncome === 'number') {
    out.push({ subject: `Thu nhập bình quân / hourly income ${analyze.hourlyIncome} VND/h`, source: 'user-provided' });
  } else {
    const h = income ?? DEFAULT_HOURLY_INCOME;
    out.push({ subject: `Thu nhập bình quân / hourly income ${h.vndPerHour} VND/h (${h.year})`, source: h.source });
  }
  for (const t of targets) out.push({ subject: `${t.label.vi} / ${t.label.en}`, source: t.verified ? t.source : `${t.source} (UNVERIFIED)` });
  return out;
}

function describeBasis(b: LegalBasis): string {
  return [b.document, b.article, b.title, b.date].filter(Boolean).join(', ');
}
