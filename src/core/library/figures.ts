/**
 * The library's figures in one place: per procedure, its variants by status, the current variant's longest
 * path, statutory limit and cost per year, and the best option's reductions; per field, agency and level (and
 * in all), the procedures reviewed, options proposed and approved, days and cost per year saved, documents
 * taken from data and visits removed, against reduction targets. Built from each variant's `variantMetrics`
 * figures (kept with the library so a list of thousands needs no re-analysis).
 */
import type { ModdleElement } from '../bpmn/moddle-types.ts';
import type { AnalyzeOptions } from '../analysis/index.ts';
import {
  TARGET_PRESETS,
  checkTargets,
  metricReductions,
  variantMetrics,
  type ReductionTarget,
  type TargetCheck,
  type VariantFigures,
  type VariantMetrics,
  type VariantReductions,
} from '../compare/index.ts';
import type { Level, VariantStatus } from '../model/types.ts';

/** One variant as the library keeps it: figures null when its file could not be analysed. */
export interface LibraryVariant {
  id: string;
  name: string;
  status: VariantStatus;
  figures: VariantFigures | null;
}

export interface LibraryProcedure {
  id: string;
  field?: string;
  agency?: string;
  level?: Level;
  variants: LibraryVariant[];
}

export interface BestOption {
  variantId: string;
  name: string;
  status: VariantStatus;
  reductions: VariantReductions;
  targets: TargetCheck[];
}

/** What a procedure's row shows. */
export interface ProcedureFigures {
  variants: Record<VariantStatus, number>;
  /** The variant options are measured against: the first 'current' one, else the first. */
  baselineId?: string;
  longestPathDays: number | null;
  statutoryLimitDays: number | null;
  costPerYearVnd: number | null;
  /**
   * The approved option, else the proposed option that saves most statutory days (then longest-path days,
   * then cost per year); absent without an analysed option.
   */
  best?: BestOption;
}

export interface TargetTotal {
  target: ReductionTarget;
  /** Total saving / total before, over reviewed procedures with both figures; null with none. */
  rate: number | null;
  met: boolean | null;
  /** Reviewed procedures whose best option meets the target on its own. */
  proceduresMeeting: number;
  /** Reviewed procedures with the figure in both variants. */
  proceduresMeasured: number;
}

/** Totals of one group of procedures (a field, an agency, a level, or the whole library). */
export interface GroupTotals {
  /** The field, agency or level; '' for procedures without one, and for the library total. */
  key: string;
  procedures: number;
  /** Procedures with at least one analysed option. */
  reviewed: number;
  optionsProposed: number;
  optionsApproved: number;
  /** Statutory working days saved by the best options, and the days before (for the rate). */
  daysSaved: number;
  daysBefore: number;
  costPerYearSavedVnd: number;
  costPerYearBeforeVnd: number;
  /** Documents more taken from databases (not asked of the applicant) in the best options. */
  documentsFromData: number;
  visitsRemoved: number;
  targets: TargetTotal[];
}

export interface LibraryFigures {
  byProcedure: Map<string, ProcedureFigures>;
  total: GroupTotals;
  byField: GroupTotals[];
  byAgency: GroupTotals[];
  byLevel: GroupTotals[];
}

/** The figures kept for one variant (the same as the comparison's, from `analyze`). */
export function libraryVariantFigures(definitions: ModdleElement, options: AnalyzeOptions = {}): VariantFigures {
  return variantMetrics(definitions, '', options).figures;
}

/** The figures of one procedure's row. */
export function procedureFigures(
  p: LibraryProcedure,
  targets: readonly ReductionTarget[] = TARGET_PRESETS,
): ProcedureFigures {
  const variants: Record<VariantStatus, number> = { current: 0, proposed: 0, approved: 0 };
  for (const v of p.variants) variants[v.status]++;
  const baseline = p.variants.find((v) => v.status === 'current') ?? p.variants[0];
  const base = baseline?.figures ?? null;
  const out: ProcedureFigures = {
    variants,
    longestPathDays: base?.criticalPathWorkingDays ?? null,
    statutoryLimitDays: base?.statutoryLimitWorkingDays ?? null,
    costPerYearVnd: base?.costPerYearVnd ?? null,
  };
  if (baseline) out.baselineId = baseline.id;
  if (!baseline || !base) return out;
  const before = asMetrics(base);
  const options = p.variants
    .filter((v) => v !== baseline && v.status !== 'current' && v.figures)
    .map((v) => ({ v, reductions: metricReductions(before, asMetrics(v.figures as VariantFigures)) }));
  const approved = options.find((o) => o.v.status === 'approved');
  const chosen =
    approved ??
    [...options].sort((a, b) => rank(b.reductions) - rank(a.reductions) || tie(b.reductions, a.reductions))[0];
  if (chosen) {
    out.best = {
      variantId: chosen.v.id,
      name: chosen.v.name,
      status: chosen.v.status,
      reductions: chosen.reductions,
      targets: checkTargets(chosen.reductions, targets),
    };
  }
  return out;
}

/** Every row's figures and the dashboard's totals, in one pass over the library. */
export function libraryFigures(
  procedures: readonly LibraryProcedure[],
  targets: readonly ReductionTarget[] = TARGET_PRESETS,
): LibraryFigures {
  const byProcedure = new Map<string, ProcedureFigures>();
  const total = emptyTotals('', targets);
  const groups = {
    field: new Map<string, GroupTotals>(),
    agency: new Map<string, GroupTotals>(),
    level: new Map<string, GroupTotals>(),
  };
  for (const p of procedures) {
    const f = procedureFigures(p, targets);
    byProcedure.set(p.id, f);
    const into = [total];
    for (const [dim, map] of Object.entries(groups) as Array<[keyof typeof groups, Map<string, GroupTotals>]>) {
      const key = p[dim] ?? '';
      let g = map.get(key);
      if (!g) {
        g = emptyTotals(key, targets);
        map.set(key, g);
      }
      into.push(g);
    }
    for (const g of into) add(g, f);
  }
  const finish = (map: Map<string, GroupTotals>) =>
    [...map.values()].map(closeTargets).sort((a, b) => b.procedures - a.procedures || a.key.localeCompare(b.key, 'vi'));
  return {
    byProcedure,
    total: closeTargets(total),
    byField: finish(groups.field),
    byAgency: finish(groups.agency),
    byLevel: finish(groups.level),
  };
}

// helpers //////////////////////

function asMetrics(figures: VariantFigures): VariantMetrics {
  return { label: '', figures };
}

function saving(r: VariantReductions, key: keyof VariantReductions): number {
  return r[key]?.saving ?? 0;
}

function rank(r: VariantReductions): number {
  return saving(r, 'statutoryLimitWorkingDays');
}

function tie(a: VariantReductions, b: VariantReductions): number {
  return (
    saving(a, 'criticalPathWorkingDays') - saving(b, 'criticalPathWorkingDays') ||
    saving(a, 'costPerYearVnd') - saving(b, 'costPerYearVnd')
  );
}

function emptyTotals(key: string, targets: readonly ReductionTarget[]): GroupTotals {
  return {
    key,
    procedures: 0,
    reviewed: 0,
    optionsProposed: 0,
    optionsApproved: 0,
    daysSaved: 0,
    daysBefore: 0,
    costPerYearSavedVnd: 0,
    costPerYearBeforeVnd: 0,
    documentsFromData: 0,
    visitsRemoved: 0,
    targets: targets.map((target) => ({ target, rate: null, met: null, proceduresMeeting: 0, proceduresMeasured: 0 })),
  };
}

/** Sums of each target's metric over the group, kept until `closeTargets` turns them into a rate. */
const SUMS = new WeakMap<TargetTotal, { saving: number; before: number }>();

function add(g: GroupTotals, f: ProcedureFigures): void {
  g.procedures++;
  g.optionsProposed += f.variants.proposed;
  g.optionsApproved += f.variants.approved;
  const best = f.best;
  if (!best) return;
  const r = best.reductions;
  g.reviewed++;
  g.daysSaved += saving(r, 'statutoryLimitWorkingDays');
  g.daysBefore += r.statutoryLimitWorkingDays?.before ?? 0;
  g.costPerYearSavedVnd += saving(r, 'costPerYearVnd');
  g.costPerYearBeforeVnd += r.costPerYearVnd?.before ?? 0;
  g.documentsFromData -= saving(r, 'documentsReplacedByData');
  g.visitsRemoved += saving(r, 'inPersonVisits');
  g.targets.forEach((t, i) => {
    const red = r[t.target.metric];
    if (!red) return;
    const sums = SUMS.get(t) ?? { saving: 0, before: 0 };
    sums.saving += red.saving;
    sums.before += red.before;
    SUMS.set(t, sums);
    t.proceduresMeasured++;
    if (best.targets[i]?.met) t.proceduresMeeting++;
  });
}

function closeTargets(g: GroupTotals): GroupTotals {
  for (const t of g.targets) {
    const sums = SUMS.get(t);
    t.rate = sums && sums.before > 0 ? sums.saving / sums.before : null;
    // 1e-9 as checkTargets: rates such as (5 − 3.5) / 5 round below 0.3
    t.met = t.rate === null ? null : t.rate >= t.target.minRate - 1e-9;
  }
  return g;
}
