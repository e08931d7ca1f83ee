/**
 * `analyze`: what a procedure costs citizens and the state and whether it keeps within the law, from the
 * BPMN definitions alone (no diagram layout needed). Returns plain JSON-ready data.
 */
import type { MessageLocale } from '../bpmn/problem-messages.ts';
import type { ModdleElement } from '../bpmn/moddle-types.ts';
import { HOURS_PER_WORKING_DAY, toWorkingDays } from '../model/time.ts';
import type { TimeUnit } from '../model/types.ts';
import { WorkingCalendar, type CalendarOptions, type ReturnDate } from './calendar.ts';
import { compileProcedure, type CompiledProcedure } from './compile.ts';
import {
  applicantHoursCost,
  DEFAULT_HOURLY_INCOME,
  processingTimeCost,
  type ApplicantStepHours,
  type CostMethod,
  type CostResult,
  type HourlyIncome,
} from './cost.ts';
import { countModel, type Counts } from './counts.ts';
import { BlockEvaluator } from './evaluate.ts';
import { performerOf, stepNodes, type FlowGraph, type GraphNode } from '../model/graph.ts';
import { enumeratePaths, type PathTime } from './paths.ts';
import type { SimulationModel } from './simulate.ts';
import { WarningList, type AnalysisWarning } from './warnings.ts';
import { checkDecisions } from '../rules/decisions.ts';
import { activityCost, resolveAssumptions } from './activity-cost.ts';

export interface AnalyzeOptions {
  /** Cost method of the headline figures (both are always in `costs`); default processing-time. */
  method?: CostMethod;
  /** VND per hour, or an income with its source and year; default 40,000 VND (2024, Đồng Nai QĐ 2816). */
  hourlyIncome?: number | Partial<HourlyIncome>;
  /** Overrides the procedure's own dossiers per year. */
  dossiersPerYear?: number;
  /** Days the processing-time method multiplies: the longest path (default) or the statutory limit. */
  timeBasis?: 'critical-path' | 'statutory-limit';
  /** Most paths listed in `time.paths` (default 20). */
  maxPaths?: number;
  /** Language of labels and formulas in the cost breakdown (default en). */
  locale?: MessageLocale;
  /** A receipt time ('YYYY-MM-DDTHH:MM', Vietnam time): the analysis then gives the promised return date. */
  submittedAt?: string;
  /** Working hours, days off and cut-off rule for the return date (defaults: see calendar.ts). */
  calendar?: CalendarOptions;
  /** The flow graph of these definitions, when the caller has built it already (an export reads it too). */
  graph?: FlowGraph;
}

export interface PromisedReturn extends ReturnDate {
  /** The time limit counted: the statutory limit, else the longest path. */
  basis: 'statutory-limit' | 'critical-path';
  workingDays: number;
}

export interface LoopInfo {
  headerId: string;
  headerName?: string;
  repeatShare: number;
  expectedRepeats: number;
  /** Working hours of one pass that goes back (stated step times). */
  repeatWorkingHours: number;
  capped: boolean;
}

export interface RoleTime {
  role: string;
  steps: number;
  /** Sum of the stated times of the role's steps (as a published step table adds them). */
  stepWorkingHours: number;
  /** Of that, on the longest path. */
  criticalPathWorkingHours: number;
  /** Expected working hours per dossier (mean times × expected runs, loops included). */
  expectedWorkingHours: number;
}

export interface TimeDetails {
  timedProcessId?: string;
  criticalPath: { stepIds: string[]; workingHours: number; workingDays: number };
  /** The longest path without repeating loops: what the step table adds up to. */
  nominalWorkingHours: number;
  nominalWorkingDays: number;
  /** Mean over dossiers: decisions by their shares, loops by their repeats, step times by their ranges. */
  expectedWorkingHours: number;
  expectedWorkingDays: number;
  paths: PathTime[];
  pathsTruncated: boolean;
  loops: LoopInfo[];
  byRole: RoleTime[];
  expectedInPersonVisits: number;
  /** Expected runs per dossier of every step of the measured process (id → runs). */
  expectedRuns: Record<string, number>;
}

export interface Analysis {
  procedure: { code?: string; name?: string; timeLimit?: number; timeUnit?: TimeUnit; holderId?: string };
  steps: number;
  handoffs: number;
  units: number;
  inPersonVisits: number;
  documentsFromApplicant: number;
  documentsFromDatabases: number;
  forms: number;
  feesVnd: number;
  criticalPathWorkingDays: number;
  criticalPathWorkingHours: number;
  expectedWorkingDays: number;
  statutoryLimitWorkingDays: number | null;
  withinStatutoryLimit: boolean | null;
  costMethod: CostMethod;
  complianceCostPerDossierVnd: number;
  dossiersPerYear: number | null;
  complianceCostPerYearVnd: number | null;
  counts: Counts;
  time: TimeDetails;
  cost: CostResult;
  costs: Record<CostMethod, CostResult>;
  /** With `submittedAt`: the promised return date (ngày hẹn trả). */
  returnDate?: PromisedReturn;
  warnings: AnalysisWarning[];
}

/** Analyse a procedure: counts, times along every path, compliance cost, statutory checks and warnings. */
export function analyze(definitions: ModdleElement, options: AnalyzeOptions = {}): Analysis {
  const warnings = new WarningList();
  const c = compileProcedure(definitions, warnings, options.graph);
  const { graph, procedure } = c;
  const locale = options.locale ?? 'en';

  // The headline longest path is nominal: stated step times, the longest branch of every decision, no repeats
  // (what a published step table adds up to, and what the law's limit is checked against). Loops and refusals
  // change only the expected time and the simulation.
  const critical = new BlockEvaluator(c.likely, 'critical');
  const nominal = new BlockEvaluator(c.likely, 'nominal');
  const expected = new BlockEvaluator(c.mean, 'expected');
  critical.outcome(c.root);
  const nominalHours = nominal.outcome(c.root).x;
  const criticalHours = nominalHours;
  const expectedOutcome = expected.outcome(c.root);
  if (expectedOutcome.backs.length) warnings.add('unstructuredFlow', { id: c.timed?.id, name: c.timed?.name });
  const runs = new Float64Array(graph.nodes.length);
  expected.visits(c.root, 1, runs);
  const criticalSteps = nominal.criticalSteps(c.root);

  // steps: time and role
  const timedSet = new Set(c.timedScopes);
  const steps = stepNodes(graph);
  // every step's performer, found once: the warnings, the counts and the time by role read it
  const performers: Array<string | undefined> = new Array(graph.nodes.length);
  for (const node of steps) performers[node.index] = performerOf(graph, node);
  const performer = (node: GraphNode): string | undefined => performers[node.index];
  // a sub-process timed as a whole covers the steps inside it
  const covered = (node: GraphNode): boolean => {
    for (let owner = node.scope.owner; owner; owner = owner.scope.owner)
      if (!c.inner.has(owner) && c.hasTime[owner.index]) return true;
    return false;
  };
  for (const node of steps) {
    if (timedSet.has(node.scope) && !c.hasTime[node.index] && !covered(node)) warnings.add('stepWithoutTime', node);
    if (!performer(node)) warnings.add('stepWithoutRole', node);
  }
  for (const [node, block] of c.inner) {
    if (!c.hasTime[node.index]) continue;
    const inner = nominal.outcome(block).x;
    if (Math.abs(inner - c.likely[node.index]!) > 1e-6) {
      warnings.add('stepTimesDoNotAddUp', node, { sum: days(inner), total: days(c.likely[node.index]!) });
    }
  }
  for (const loop of critical.loops.values()) {
    const node = graph.nodes[loop.header];
    if (loop.capped && node) warnings.add('loopAlwaysRepeats', node, { share: round(loop.repeatShare, 4), cap: 0.95 });
  }

  // statutory limit
  const limitDays =
    typeof procedure.timeLimit === 'number' ? toWorkingDays(procedure.timeLimit, procedure.timeUnit ?? 'day') : null;
  const criticalDays = criticalHours / HOURS_PER_WORKING_DAY;
  const holderRef = { id: c.holder?.id, name: (c.holder?.get('name') as string | undefined) ?? procedure.name };
  let within: boolean | null = null;
  if (limitDays === null) {
    warnings.add('noStatutoryLimit', holderRef);
  } else {
    within = criticalDays <= limitDays + 1e-9;
    if (!within) warnings.add('overLimit', holderRef, { days: days(criticalHours), limit: round(limitDays, 4) });
    const anyTime = c.hasTime.some((v) => v === 1);
    if (anyTime && Math.abs(nominalHours / HOURS_PER_WORKING_DAY - limitDays) > 1e-6) {
      warnings.add('stepTimesDoNotAddUp', holderRef, { sum: days(nominalHours), total: round(limitDays, 4) });
    }
  }

  // counts and paths
  const counts = countModel(graph, procedure, warnings, performer, steps);
  for (const scope of c.timedScopes) checkDecisions(scope.nodes, warnings);
  const pathHours = (node: GraphNode): number => {
    // only sub-processes have content (no map look-up per step)
    const inner = node.kind === 'container' ? c.inner.get(node) : undefined;
    if (inner) return nominal.outcome(inner).x;
    return node.kind === 'step' || (node.kind === 'container' && c.hasTime[node.index]) ? c.likely[node.index]! : 0;
  };
  const pathList = c.timed
    ? enumeratePaths(
        c.timed,
        pathHours,
        (n) => n.kind === 'step' || n.kind === 'container',
        warnings,
        options.maxPaths ?? 20,
      )
    : { paths: [], truncated: false };
  if (pathList.truncated) warnings.add('pathsTruncated', undefined, { shown: pathList.paths.length });

  // expected runs: steps outside the measured process run once
  const runsOf = (node: GraphNode): number => (timedSet.has(node.scope) ? runs[node.index]! : 1);
  const expectedRuns: Record<string, number> = {};
  for (const node of steps) if (timedSet.has(node.scope)) expectedRuns[node.id] = round(runs[node.index]!, 6);
  const expectedInPersonVisits = steps.filter((n) => n.step?.inPersonVisit).reduce((s, n) => s + runsOf(n), 0);

  // cost
  const income = resolveIncome(options.hourlyIncome);
  const dossiersPerYear = options.dossiersPerYear ?? procedure.dossiersPerYear ?? null;
  if (dossiersPerYear === null) warnings.add('noDossiersPerYear', holderRef);
  const useLimit = options.timeBasis === 'statutory-limit' && limitDays !== null;
  const processing = processingTimeCost({
    workingDays: useLimit ? limitDays : round(criticalDays, 6),
    daysBasis: useLimit ? BASIS[locale].limit : BASIS[locale].critical,
    hourlyIncome: income,
    fees: counts.fees,
    dossiersPerYear,
    locale,
  });
  const applicantSteps: ApplicantStepHours[] = steps
    .filter((n) => c.applicant[n.index]! > 0)
    .map((n) => ({ id: n.id, name: n.name, hours: c.applicant[n.index]!, runs: runsOf(n) }));
  const method = options.method ?? 'processing-time';
  if (method === 'applicant-hours' && applicantSteps.length === 0) warnings.add('noApplicantHours');
  const applicant = applicantHoursCost({
    steps: applicantSteps,
    hourlyIncome: income,
    fees: counts.fees,
    dossiersPerYear,
    locale,
  });
  const activity = activityCost({
    documents: counts.documents,
    visits: expectedInPersonVisits,
    supplements: supplementRequests(c, runs, timedSet),
    assumptions: resolveAssumptions(procedure, locale),
    hourlyIncome: income,
    fees: counts.fees,
    dossiersPerYear,
    locale,
  });
  const cost = method === 'applicant-hours' ? applicant : method === 'activity' ? activity : processing;

  const analysis: Analysis = {
    procedure: definedOnly({
      code: procedure.code,
      name: procedure.name,
      timeLimit: procedure.timeLimit,
      timeUnit: procedure.timeUnit,
      holderId: c.holder?.id,
    }),
    steps: counts.steps,
    handoffs: counts.handoffs,
    units: counts.units,
    inPersonVisits: counts.inPersonVisits,
    documentsFromApplicant: counts.documentsFromApplicant,
    documentsFromDatabases: counts.documentsFromDatabases,
    forms: counts.forms,
    feesVnd: counts.fees.totalVnd,
    criticalPathWorkingDays: days(criticalHours),
    criticalPathWorkingHours: round(criticalHours, 6),
    expectedWorkingDays: days(expectedOutcome.x),
    statutoryLimitWorkingDays: limitDays === null ? null : round(limitDays, 6),
    withinStatutoryLimit: within,
    costMethod: method,
    complianceCostPerDossierVnd: cost.perDossierVnd,
    dossiersPerYear: cost.dossiersPerYear,
    complianceCostPerYearVnd: cost.perYearVnd,
    counts,
    time: {
      criticalPath: {
        stepIds: criticalSteps.map((i) => graph.nodes[i]?.id ?? ''),
        workingHours: round(criticalHours, 6),
        workingDays: days(criticalHours),
      },
      nominalWorkingHours: round(nominalHours, 6),
      nominalWorkingDays: days(nominalHours),
      expectedWorkingHours: round(expectedOutcome.x, 6),
      expectedWorkingDays: days(expectedOutcome.x),
      paths: pathList.paths.map((p) => ({
        ...p,
        workingHours: round(p.workingHours, 6),
        workingDays: round(p.workingDays, 6),
        probability: round(p.probability, 6),
      })),
      pathsTruncated: pathList.truncated,
      loops: [...critical.loops.values()].map(
        (l) =>
          definedOnly({
            headerId: graph.nodes[l.header]?.id ?? '',
            headerName: graph.nodes[l.header]?.name,
            repeatShare: round(l.repeatShare, 6),
            expectedRepeats: round(l.expectedRepeats, 6),
            repeatWorkingHours: round(l.repeatHours, 6),
            capped: l.capped,
          }) as LoopInfo,
      ),
      byRole: rolesOf(c, steps, criticalSteps, runsOf, performer),
      expectedInPersonVisits: round(expectedInPersonVisits, 6),
      expectedRuns,
    },
    cost,
    costs: { 'processing-time': processing, 'applicant-hours': applicant, activity },
    warnings: warnings.items,
  };
  if (c.timed) analysis.time.timedProcessId = c.timed.id;
  if (options.submittedAt) {
    const basis = limitDays === null ? 'critical-path' : 'statutory-limit';
    const workingDays = limitDays ?? round(criticalDays, 6);
    analysis.returnDate = {
      basis,
      workingDays,
      ...new WorkingCalendar(options.calendar).returnDate(options.submittedAt, workingDays),
    };
  }
  return analysis;
}

/** The plain-data model `simulate` runs (for a Web Worker), built from the same compilation as `analyze`. */
export function buildSimulationModel(
  definitions: ModdleElement,
  options: AnalyzeOptions = {},
  analysis?: Analysis,
): SimulationModel {
  const c: CompiledProcedure = compileProcedure(definitions);
  const limitDays =
    typeof c.procedure.timeLimit === 'number'
      ? toWorkingDays(c.procedure.timeLimit, c.procedure.timeUnit ?? 'day')
      : null;
  const fees = c.procedure.fees.reduce((s, f) => s + (Number(f.amountVnd) || 0), 0);
  return {
    root: c.root,
    minHours: Array.from(c.min),
    likelyHours: Array.from(c.likely),
    maxHours: Array.from(c.max),
    applicantHours: Array.from(c.applicant),
    statutoryLimitHours: limitDays === null ? null : limitDays * HOURS_PER_WORKING_DAY,
    feesVnd: fees,
    hourlyIncomeVnd: resolveIncome(options.hourlyIncome).vndPerHour,
    costMethod: options.method ?? 'processing-time',
    ...(options.method === 'activity'
      ? { activityCostPerDossierVnd: (analysis ?? analyze(definitions, options)).costs.activity.perDossierVnd }
      : {}),
    analyticExpectedHours: new BlockEvaluator(c.mean, 'expected').outcome(c.root).x,
  };
}

// helpers //////////////////////

/** A flow that asks the applicant to supplement: its outcome, its name or its target says so (vi or en). */
const SUPPLEMENT = /supplement|bổ sung|bo sung/i;

/** Expected supplement requests per dossier: runs of every flow that asks the applicant to supplement × its share. */
function supplementRequests(c: CompiledProcedure, runs: Float64Array, timed: Set<GraphNode['scope']>): number {
  let total = 0;
  for (const node of c.graph.nodes) {
    if (!timed.has(node.scope) || node.out.length < 2 || !node.shares) continue;
    node.out.forEach((edge, i) => {
      const outcome = String(edge.outcome?.value ?? '');
      // no diacritic folding: files hold precomposed (NFC) text, and this runs on every decision of every analysis
      if (SUPPLEMENT.test(`${outcome} ${edge.bo.name ?? ''} ${edge.target.name ?? ''}`))
        total += runs[node.index]! * (node.shares?.[i] ?? 0);
    });
  }
  return total;
}

const BASIS: Record<MessageLocale, { critical: string; limit: string }> = {
  en: { critical: 'longest path', limit: 'statutory limit' },
  vi: { critical: 'đường dài nhất', limit: 'thời hạn theo quy định' },
};

function resolveIncome(value: AnalyzeOptions['hourlyIncome']): HourlyIncome {
  if (typeof value === 'number')
    return { vndPerHour: value, source: 'user-supplied', year: DEFAULT_HOURLY_INCOME.year };
  return { ...DEFAULT_HOURLY_INCOME, ...definedOnly(value ?? {}) };
}

function rolesOf(
  c: CompiledProcedure,
  steps: GraphNode[],
  critical: number[],
  runsOf: (n: GraphNode) => number,
  performer: (n: GraphNode) => string | undefined,
): RoleTime[] {
  // times each node lies on the longest path, by node number
  const onCritical = new Uint32Array(c.graph.nodes.length);
  for (const i of critical) onCritical[i]!++;
  const roles = new Map<string, RoleTime>();
  for (const node of steps) {
    const role = performer(node) ?? '';
    let r = roles.get(role);
    if (!r) {
      r = { role, steps: 0, stepWorkingHours: 0, criticalPathWorkingHours: 0, expectedWorkingHours: 0 };
      roles.set(role, r);
    }
    r.steps++;
    r.stepWorkingHours += c.likely[node.index]!;
    r.criticalPathWorkingHours += c.likely[node.index]! * onCritical[node.index]!;
    r.expectedWorkingHours += c.mean[node.index]! * runsOf(node);
  }
  return [...roles.values()].map((r) => ({
    ...r,
    stepWorkingHours: round(r.stepWorkingHours, 6),
    criticalPathWorkingHours: round(r.criticalPathWorkingHours, 6),
    expectedWorkingHours: round(r.expectedWorkingHours, 6),
  }));
}

function days(hours: number): number {
  return round(hours / HOURS_PER_WORKING_DAY, 6);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function definedOnly<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
