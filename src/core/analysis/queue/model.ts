/**
 * The queue-simulation model: today's simulation model (blocks, step times, limit, cost) plus who does each
 * step, how many officers each role has, how dossiers arrive and the working days of the simulated year.
 * Plain structured-clonable data, built from a BPMN file here and changed by a what-if scenario.
 */
import type { ModdleElement } from '../../bpmn/moddle-types.ts';
import { readFacts } from '../../model/facts.ts';
import { HOURS_PER_WORKING_DAY } from '../../model/time.ts';
import { buildSimulationModel, type AnalyzeOptions } from '../analyze.ts';
import { WorkingCalendar, type CalendarOptions } from '../calendar.ts';
import { compileProcedure } from '../compile.ts';
import { performerOf } from '../../model/graph.ts';
import type { SimulationModel } from '../simulate.ts';
import { distributionCode } from './distributions.ts';

export interface QueueRole {
  name: string;
  /** Officers doing the role's steps; null = as many as needed (no waiting). */
  officers: number | null;
  /** Hours of each working day the officers work on these steps (1–8, 8 by default). */
  hoursPerDay: number;
}

export interface QueueModel {
  sim: SimulationModel;
  /** Distribution code by node number (see distributions.ts). */
  distribution: number[];
  /** Role by node number: index into `roles`, −1 for steps nobody is named for (they never wait). */
  role: number[];
  /** Element id and name by node number, for the per-step report. */
  stepIds: string[];
  stepNames: string[];
  roles: QueueRole[];
  /** Dossiers arriving in a year (null when the file does not say). */
  dossiersPerYear: number | null;
  /** Twelve relative monthly weights (share of the year's dossiers); null = evenly over the working days. */
  monthlyProfile: number[] | null;
  /** The stated monthly profile could not be read (then arrivals are even; the report says so). */
  profileInvalid: boolean;
  year: number;
  /** Working days in each month of `year` (studio calendar). */
  workingDaysByMonth: number[];
}

export interface QueueModelOptions extends AnalyzeOptions {
  /** The simulated year (its working days come from the calendar). */
  year: number;
  calendar?: CalendarOptions;
}

/** What-if changes to a model: officers by role name and dossiers per year. */
export interface QueueScenario {
  officers?: Record<string, number>;
  dossiersPerYear?: number;
  monthlyProfile?: number[] | null;
}

/** Build the queue model of a BPMN file from its facts (`tthc:role` on lanes, arrivals, step distributions). */
export function buildQueueModel(definitions: ModdleElement, options: QueueModelOptions): QueueModel {
  const sim = buildSimulationModel(definitions, options);
  const c = compileProcedure(definitions);
  const n = c.graph.nodes.length;
  const roles: QueueRole[] = [];
  const roleIndex = new Map<string, number>();
  // capacity is stated on lanes; a lane's name is the role's name
  const laneFacts = new Map<string, { officers?: number; hoursPerDay?: number }>();
  for (const lane of new Set(c.graph.laneOf.values())) {
    const name = String(lane.get('name') ?? '').trim();
    if (name && !laneFacts.has(name)) laneFacts.set(name, readFacts(lane, 'role'));
  }
  const model: QueueModel = {
    sim,
    distribution: new Array<number>(n).fill(0),
    role: new Array<number>(n).fill(-1),
    stepIds: new Array<string>(n).fill(''),
    stepNames: new Array<string>(n).fill(''),
    roles,
    dossiersPerYear: positive(c.procedure.dossiersPerYear),
    monthlyProfile: null,
    profileInvalid: false,
    year: options.year,
    workingDaysByMonth: workingDaysByMonth(options.year, options.calendar),
  };
  for (const node of c.graph.nodes) {
    if (node.kind !== 'step' && node.kind !== 'container') continue;
    const i = node.index;
    model.stepIds[i] = node.id;
    model.stepNames[i] = (node.name ?? '').trim() || node.id;
    model.distribution[i] = distributionCode(node.step?.distribution);
    const name = performerOf(c.graph, node);
    if (!name) continue;
    let r = roleIndex.get(name);
    if (r === undefined) {
      const facts = laneFacts.get(name) ?? {};
      r = roles.length;
      roles.push({ name, officers: positiveInt(facts.officers), hoursPerDay: hoursPerDay(facts.hoursPerDay) });
      roleIndex.set(name, r);
    }
    model.role[i] = r;
  }
  const profile = c.procedure.arrivalProfile;
  if (profile !== undefined && profile.trim()) {
    const parsed = parseMonthlyProfile(profile);
    if (parsed) model.monthlyProfile = parsed;
    else model.profileInvalid = true;
  }
  return model;
}

/** A copy of `model` with the scenario's officers and arrivals (roles not named keep theirs). */
export function applyScenario(model: QueueModel, scenario: QueueScenario): QueueModel {
  const officers = scenario.officers ?? {};
  return {
    ...model,
    roles: model.roles.map((r) => (r.name in officers ? { ...r, officers: positiveInt(officers[r.name]) } : r)),
    dossiersPerYear:
      scenario.dossiersPerYear !== undefined ? positive(scenario.dossiersPerYear) : model.dossiersPerYear,
    monthlyProfile: scenario.monthlyProfile !== undefined ? scenario.monthlyProfile : model.monthlyProfile,
  };
}

/**
 * Another variant under the same load as `main`: main's dossiers per year and monthly profile, and for roles of
 * the same name main's officers and hours; roles only the variant has keep the variant's own facts.
 */
export function sameLoad(variant: QueueModel, main: QueueModel): QueueModel {
  const byName = new Map(main.roles.map((r) => [r.name, r]));
  return {
    ...variant,
    dossiersPerYear: main.dossiersPerYear,
    monthlyProfile: main.monthlyProfile,
    roles: variant.roles.map((r) => byName.get(r.name) ?? r),
  };
}

/** Twelve non-negative weights separated by spaces, commas or semicolons, not all zero; null otherwise. */
export function parseMonthlyProfile(text: string): number[] | null {
  const parts = text
    .trim()
    .split(/[\s;,]+/)
    .filter(Boolean);
  if (parts.length !== 12) return null;
  const values = parts.map(Number);
  if (values.some((v) => !Number.isFinite(v) || v < 0) || values.every((v) => v === 0)) return null;
  return values;
}

/** Working days of each month of `year` in the studio's working-day calendar (holidays, weekends, granted days). */
export function workingDaysByMonth(year: number, options?: CalendarOptions): number[] {
  const cal = new WorkingCalendar(options);
  const lastDay = (m: number): string => new Date(Date.UTC(year, m + 1, 0)).toISOString().slice(0, 10);
  const out: number[] = [];
  for (let m = 0; m < 12; m++)
    out.push(cal.workingDaysBetween(m === 0 ? `${year - 1}-12-31` : lastDay(m - 1), lastDay(m)));
  return out;
}

// helpers //////////////////////

function positive(v: number | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;
}

function positiveInt(v: number | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(v) : null;
}

function hoursPerDay(v: number | undefined): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0
    ? Math.min(HOURS_PER_WORKING_DAY, v)
    : HOURS_PER_WORKING_DAY;
}
