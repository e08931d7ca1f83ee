/**
 * What-if with people and queues: simulate `runs` years of a procedure's dossiers competing for the officers
 * of each role, with a seeded generator. Pure: the same model and seed give the same result everywhere.
 * Route draws use the same stream as today's contention-free `simulate`; arrivals use a second stream.
 */
import { HOURS_PER_WORKING_DAY } from '../../model/time.ts';
import { mulberry32, seedFrom } from '../prng.ts';
import { histogram, quantile, type HistogramBin } from '../simulate.ts';
import { arrivalTimes, yearHours } from './arrivals.ts';
import { runYear, Tally } from './engine.ts';
import type { QueueModel } from './model.ts';
import { PlanBuffer, Planner } from './plan.ts';

export interface QueueOptions {
  /** Simulated years. */
  runs: number;
  seed: number | string;
  /** Working days at the start of each year left out of the figures (the desks start empty). Default 20. */
  warmUpDays?: number;
  bins?: number;
  maxLoopPasses?: number;
}

/** Default warm-up: about one working month (an assumption, see docs/simulation.md). */
export const DEFAULT_WARM_UP_DAYS = 20;

export interface StepQueueFigures {
  id: string;
  name: string;
  role: string | null;
  /** Runs of the step per counted dossier (above 1 with loops, below 1 on optional branches). */
  runsPerDossier: number;
  /** Mean waiting for an officer per run, and mean time from start to done per run, in working days. */
  meanWaitingDays: number;
  meanProcessingDays: number;
  /** Waiting at this step per counted dossier, in working days. */
  waitingPerDossierDays: number;
}

export interface RoleQueueFigures {
  role: string;
  /** null: no officer count stated (steps of this role never wait). */
  officers: number | null;
  hoursPerDay: number;
  /** Officer hours worked ÷ officer hours available, after warm-up within the year (null without officers). */
  utilisation: number | null;
  busyHours: number;
}

export type QueueProblem = 'noArrivals' | 'warmUpTooLong' | 'tooManyDossiers';

/** Dossiers (all years) one simulation may take: beyond this a browser tab or the CLI would run for minutes. */
export const MAX_SIMULATED_DOSSIERS = 20_000_000;

/** A model the queue simulation cannot run (the caller shows the code in the user's language). */
export class QueueModelError extends Error {
  constructor(readonly code: QueueProblem) {
    super(code);
  }
}

export interface QueueResult {
  runs: number;
  seed: number;
  year: number;
  dossiersPerYear: number;
  warmUpDays: number;
  /** Dossiers the figures rest on (arrived after warm-up, all years) and the working days they arrived over. */
  dossiers: number;
  workingDays: number;
  arrived: number;
  /** Counted dossiers not finished by the end of their year. */
  openAtEnd: number;
  cycleTime: { mean: number; p50: number; p90: number; min: number; max: number };
  /** Mean cycle time of the same routes with no waiting (today's contention-free figure), working days. */
  meanWithoutWaitingDays: number;
  statutoryLimitWorkingDays: number | null;
  withinLimitShare: number | null;
  waiting: StepQueueFigures[];
  utilisation: RoleQueueFigures[];
  /** The step where dossiers wait longest in total (null when nobody waits). */
  bottleneck: { id: string; name: string; role: string | null; waitingPerDossierDays: number } | null;
  costMethod: QueueModel['sim']['costMethod'];
  expectedCostPerDossierVnd: number;
  cappedRuns: number;
  histogram: { binWidthDays: number; bins: HistogramBin[] };
}

/** A minute of waiting per dossier: less than this names no bottleneck. */
const NEGLIGIBLE_WAIT_HOURS = 1 / 60;

/** Simulate `runs` years of the model; figures in working days (8 h) and VND. */
export function simulateQueue(model: QueueModel, options: QueueOptions): QueueResult {
  const perYear = model.dossiersPerYear;
  if (perYear === null || !(perYear > 0)) throw new QueueModelError('noArrivals');
  const runs = Math.max(1, Math.floor(options.runs));
  if (perYear * runs > MAX_SIMULATED_DOSSIERS) throw new QueueModelError('tooManyDossiers');
  const seed = seedFrom(options.seed);
  const warmUpDays = Math.max(0, options.warmUpDays ?? DEFAULT_WARM_UP_DAYS);
  const hours = yearHours(model.workingDaysByMonth);
  const warmUpHours = warmUpDays * HOURS_PER_WORKING_DAY;
  if (!(warmUpHours < hours)) throw new QueueModelError('warmUpTooLong');

  const routes = mulberry32(seed);
  const arrivalsRandom = mulberry32((seed ^ 0x5bd1e995) >>> 0);
  const sim = model.sim;
  const planner = new Planner(
    {
      minHours: sim.minHours,
      likelyHours: sim.likelyHours,
      maxHours: sim.maxHours,
      applicantHours: sim.applicantHours,
      distribution: model.distribution,
    },
    routes,
    options.maxLoopPasses ?? 1000,
    new PlanBuffer(),
  );
  const tally = new Tally(model.role.length, model.roles.length);
  for (let year = 0; year < runs; year++) {
    const arrivals = arrivalTimes(perYear, model.workingDaysByMonth, model.monthlyProfile, arrivalsRandom);
    runYear({ model, planner, arrivals, warmUpHours, yearHours: hours, tally });
  }
  return summarise(model, tally, {
    runs,
    seed,
    warmUpDays,
    hours,
    perYear,
    bins: options.bins ?? 20,
    capped: planner.cappedRuns,
  });
}

// helpers //////////////////////

function summarise(
  model: QueueModel,
  t: Tally,
  o: { runs: number; seed: number; warmUpDays: number; hours: number; perYear: number; bins: number; capped: number },
): QueueResult {
  const days = (h: number): number => h / HOURS_PER_WORKING_DAY;
  const sorted = Float64Array.from(t.cycleHours.values()).sort();
  const n = sorted.length;
  let sum = 0;
  for (const h of sorted) sum += h;
  const limit = model.sim.statutoryLimitHours;
  let within = 0;
  if (limit !== null) for (const h of sorted) if (h <= limit + 1e-9) within++;
  const per = (x: number): number => (t.counted > 0 ? x / t.counted : 0);

  const waiting: StepQueueFigures[] = [];
  for (let i = 0; i < model.role.length; i++) {
    if (!(t.visits[i]! > 0)) continue;
    const r = model.role[i] as number;
    waiting.push({
      id: model.stepIds[i] ?? '',
      name: model.stepNames[i] ?? '',
      role: r >= 0 ? model.roles[r]!.name : null,
      runsPerDossier: per(t.visits[i]!),
      meanWaitingDays: days(t.waiting[i]! / t.visits[i]!),
      meanProcessingDays: days(t.processing[i]! / t.visits[i]!),
      waitingPerDossierDays: days(per(t.waiting[i]!)),
    });
  }
  const top = waiting.reduce<StepQueueFigures | null>(
    (best, s) => (!best || s.waitingPerDossierDays > best.waitingPerDossierDays ? s : best),
    null,
  );
  const bottleneck =
    top && top.waitingPerDossierDays * HOURS_PER_WORKING_DAY >= NEGLIGIBLE_WAIT_HOURS
      ? { id: top.id, name: top.name, role: top.role, waitingPerDossierDays: top.waitingPerDossierDays }
      : null;

  const sim = model.sim;
  const workHours = sim.costMethod === 'applicant-hours' ? t.applicantHours : sum;
  return {
    runs: o.runs,
    seed: o.seed,
    year: model.year,
    dossiersPerYear: o.perYear,
    warmUpDays: o.warmUpDays,
    dossiers: t.counted,
    workingDays: (days(o.hours) - o.warmUpDays) * o.runs,
    arrived: t.arrived,
    openAtEnd: t.openAtEnd,
    cycleTime: {
      mean: days(n ? sum / n : 0),
      p50: days(quantile(sorted, 0.5)),
      p90: days(quantile(sorted, 0.9)),
      min: days(sorted[0] ?? 0),
      max: days(sorted[n - 1] ?? 0),
    },
    meanWithoutWaitingDays: days(per(t.freeHours)),
    statutoryLimitWorkingDays: limit === null ? null : days(limit),
    withinLimitShare: limit === null || n === 0 ? null : within / n,
    waiting,
    utilisation: model.roles.map((r, i) => ({
      role: r.name,
      officers: r.officers,
      hoursPerDay: r.hoursPerDay,
      utilisation: r.officers === null || !(t.capacity[i]! > 0) ? null : t.busy[i]! / t.capacity[i]!,
      busyHours: t.busy[i]!,
    })),
    bottleneck,
    costMethod: sim.costMethod,
    expectedCostPerDossierVnd: n ? Math.round((workHours * sim.hourlyIncomeVnd) / n + sim.feesVnd) : 0,
    cappedRuns: o.capped,
    histogram: histogram(sorted, o.bins),
  };
}
