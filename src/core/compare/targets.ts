/**
 * Reduction targets a simplification option is checked against (e.g. ≥ 30 % less processing time,
 * Resolution 66/NQ-CP), each with its legal source, and whether an option meets them.
 */
import { LABELS } from '../text/labels.ts';
import type { MetricKey, VariantReductions } from './metrics.ts';

export interface ReductionTarget {
  id: string;
  metric: MetricKey;
  /** The least reduction rate that meets the target, 0–1 (0.3 = 30 %). */
  minRate: number;
  label: { vi: string; en: string };
  /** Where the target comes from, shown beside it: the legal document(s), in no particular language. */
  source: string;
  /** How the source is known, in each language ("as cited by …"); shown after the source. */
  sourceNote?: { vi: string; en: string };
  /** False when the source is secondary (press) and not confirmed from the legal text. */
  verified: boolean;
}

export interface TargetCheck {
  target: ReductionTarget;
  rate: number | null;
  /** null when the figure is missing in either variant (e.g. no statutory limit). */
  met: boolean | null;
}

/**
 * Resolution 66/NQ-CP (26/3/2025, business procedures 2025–2026): at least 30 % less processing time, as
 * cited by Đắk Lắk Chỉ thị 012/CT-UBND and TP.HCM QĐ 2843/QĐ-UBND (docs/sources.md [DL012; HCM2843]).
 */
export const RESOLUTION_66_TIME: ReductionTarget = {
  id: 'nq66-time',
  metric: 'statutoryLimitWorkingDays',
  minRate: 0.3,
  label: { vi: 'Cắt giảm ≥ 30% thời gian giải quyết', en: '≥ 30% less processing time' },
  source: 'Nghị quyết 66/NQ-CP (26/3/2025)',
  sourceNote: {
    vi: 'được dẫn tại Chỉ thị 012/CT-UBND Đắk Lắk (26/11/2025) và QĐ 2843/QĐ-UBND TP.HCM (20/11/2025)',
    en: 'as cited by Chỉ thị 012/CT-UBND Đắk Lắk (26/11/2025) and QĐ 2843/QĐ-UBND TP.HCM (20/11/2025)',
  },
  verified: true,
};

/** The 30 % compliance-cost target of Resolution 66 is reported by the press only (docs/sources.md [DANTRI-26]). */
export const RESOLUTION_66_COST: ReductionTarget = {
  id: 'nq66-cost',
  metric: 'costPerYearVnd',
  minRate: 0.3,
  label: { vi: 'Cắt giảm ≥ 30% chi phí tuân thủ', en: '≥ 30% less compliance cost' },
  source: 'Nghị quyết 66/NQ-CP (26/3/2025)',
  sourceNote: {
    vi: 'theo tin của dantri.com.vn (16/2/2026); chưa đối chiếu được với văn bản nghị quyết',
    en: 'as reported by dantri.com.vn (16/2/2026); not confirmed from the resolution text',
  },
  verified: false,
};

/** The targets checked unless the user sets others. */
export const DEFAULT_TARGETS: readonly ReductionTarget[] = [RESOLUTION_66_TIME];

/** Presets the targets editor offers. */
export const TARGET_PRESETS: readonly ReductionTarget[] = [RESOLUTION_66_TIME, RESOLUTION_66_COST];

/** A target's source as the reader sees it: the document, how it is known, and "not confirmed" when unverified. */
export function targetSourceText(target: ReductionTarget, lang: 'vi' | 'en'): string {
  const note = target.sourceNote?.[lang];
  const text = note ? `${target.source}, ${note}` : target.source;
  return target.verified || note ? text : `${text} (${LABELS[lang].phrase.unverified})`;
}

/** Check an option's reductions against each target. */
export function checkTargets(reductions: VariantReductions, targets: readonly ReductionTarget[]): TargetCheck[] {
  return targets.map((target) => {
    const rate = reductions[target.metric]?.rate ?? null;
    // 1e-9 tolerates the rounding of rates such as (5 − 3.5) / 5
    return { target, rate, met: rate === null ? null : rate >= target.minRate - 1e-9 };
  });
}
