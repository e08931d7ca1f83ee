/**
 * What-if Monte Carlo simulation: run the block structure many times, drawing every decision from its
 * shares and every step time from its triangular range (min / stated / max), with a seeded generator.
 * `simulate` is a pure function of plain data, so a Web Worker can run it on a model posted to it.
 */
import { HOURS_PER_WORKING_DAY } from '../model/time.ts';
import type { Block } from './blocks.ts';
import type { CostMethod } from './cost.ts';
import { mulberry32, pickByShare, seedFrom, triangular } from './prng.ts';

/** Everything a simulation needs, as structured-clonable plain data (see `buildSimulationModel`). */
export interface SimulationModel {
  root: Block;
  /** Step time ranges in working hours, by node number. */
  minHours: number[];
  likelyHours: number[];
  maxHours: number[];
  /** The applicant's own hours per run of a step, by node number. */
  applicantHours: number[];
  statutoryLimitHours: number | null;
  feesVnd: number;
  hourlyIncomeVnd: number;
  costMethod: CostMethod;
  /** Activity method: the expected cost of a dossier's activities and fees, from the analysis (it does not vary by run). */
  activityCostPerDossierVnd?: number;
  /** The analytic expected time (for comparison with the simulated mean). */
  analyticExpectedHours: number;
}

export interface SimulationOptions {
  runs: number;
  seed: number | string;
  /** Number of histogram bins aimed at (default 20). */
  bins?: number;
  /** Passes through one loop in one run before the run gives up looping (default 1000). */
  maxLoopPasses?: number;
}

export interface HistogramBin {
  fromDays: number;
  toDays: number;
  count: number;
}

export interface SimulationResult {
  runs: number;
  seed: number;
  meanWorkingDays: number;
  medianWorkingDays: number;
  p90WorkingDays: number;
  minWorkingDays: number;
  maxWorkingDays: number;
  stdDevWorkingDays: number;
  statutoryLimitWorkingDays: number | null;
  /** Share of simulated dossiers finished within the statutory limit (null without a limit). */
  shareWithinStatutoryLimit: number | null;
  costMethod: CostMethod;
  expectedCostPerDossierVnd: number;
  analyticExpectedWorkingDays: number;
  /** Runs in which a loop hit `maxLoopPasses`. */
  cappedRuns: number;
  histogram: { binWidthDays: number; bins: HistogramBin[] };
}

/** Run the model `runs` times with the seeded generator; summary statistics in working days and VND. */
export function simulate(model: SimulationModel, options: SimulationOptions): SimulationResult {
  const runs = Math.max(1, Math.floor(options.runs));
  const seed = seedFrom(options.seed);
  const runner = new Runner(model, mulberry32(seed), options.maxLoopPasses ?? 1000);
  const hours = new Float64Array(runs);
  let costSum = 0;
  let within = 0;
  const limit = model.statutoryLimitHours;
  for (let i = 0; i < runs; i++) {
    runner.applicant = 0;
    runner.back = -1;
    const h = runner.run(model.root);
    hours[i] = h;
    if (model.costMethod === 'activity') costSum += model.activityCostPerDossierVnd ?? model.feesVnd;
    else
      costSum +=
        (model.costMethod === 'applicant-hours' ? runner.applicant : h) * model.hourlyIncomeVnd + model.feesVnd;
    if (limit !== null && h <= limit + 1e-9) within++;
  }
  const sorted = hours.slice().sort();
  let sum = 0;
  for (const h of sorted) sum += h;
  const mean = sum / runs;
  let squares = 0;
  for (const h of sorted) squares += (h - mean) ** 2;
  const toDays = (h: number): number => h / HOURS_PER_WORKING_DAY;
  return {
    runs,
    seed,
    meanWorkingDays: toDays(mean),
    medianWorkingDays: toDays(quantile(sorted, 0.5)),
    p90WorkingDays: toDays(quantile(sorted, 0.9)),
    minWorkingDays: toDays(sorted[0] ?? 0),
    maxWorkingDays: toDays(sorted[runs - 1] ?? 0),
    stdDevWorkingDays: toDays(Math.sqrt(squares / runs)),
    statutoryLimitWorkingDays: limit === null ? null : toDays(limit),
    shareWithinStatutoryLimit: limit === null ? null : within / runs,
    costMethod: model.costMethod,
    expectedCostPerDossierVnd: Math.round(costSum / runs),
    analyticExpectedWorkingDays: toDays(model.analyticExpectedHours),
    cappedRuns: runner.cappedRuns,
    histogram: histogram(sorted, options.bins ?? 20),
  };
}

/** Linear-interpolated quantile of sorted values (the usual "type 7" definition). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const pos = (n - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

// helpers //////////////////////

class Runner {
  applicant = 0;
  /** Header of the loop the current run is going back to, −1 when moving forward. */
  back = -1;
  cappedRuns = 0;
  private readonly a: number[];
  private readonly c: number[];
  private readonly b: number[];
  private readonly app: number[];

  constructor(
    model: SimulationModel,
    private readonly random: () => number,
    private readonly maxPasses: number,
  ) {
    this.a = model.minHours;
    this.c = model.likelyHours;
    this.b = model.maxHours;
    this.app = model.applicantHours;
  }

  run(block: Block): number {
    switch (block.k) {
      case 'step': {
        const i = block.node;
        this.applicant += this.app[i] ?? 0;
        const a = this.a[i] ?? 0;
        const c = this.c[i] ?? 0;
        const b = this.b[i] ?? 0;
        return b <= a ? c : triangular(this.random(), a, c, b);
      }
      case 'seq': {
        let t = 0;
        const items = block.items;
        for (let i = 0; i < items.length; i++) {
          t += this.run(items[i] as Block);
          if (this.back >= 0) return t;
        }
        return t;
      }
      case 'xor': {
        return this.run(block.branches[pickByShare(block.shares, this.random())] as Block);
      }
      case 'and': {
        let longest = 0;
        let back = -1;
        for (const branch of block.branches) {
          const t = this.run(branch);
          if (this.back >= 0) {
            back = this.back;
            this.back = -1;
          }
          if (t > longest) longest = t;
        }
        this.back = back;
        return longest;
      }
      case 'or': {
        let longest = 0;
        let any = false;
        let back = -1;
        for (let i = 0; i < block.branches.length; i++) {
          if (this.random() >= (block.shares[i] ?? 0)) continue;
          any = true;
          const t = this.run(block.branches[i] as Block);
          if (this.back >= 0) {
            back = this.back;
            this.back = -1;
          }
          if (t > longest) longest = t;
        }
        if (!any) {
          longest = this.run(block.branches[block.fallback] as Block);
          if (this.back >= 0) {
            back = this.back;
            this.back = -1;
          }
        }
        this.back = back;
        return longest;
      }
      case 'loop': {
        let t = 0;
        for (let pass = 1; ; pass++) {
          t += this.run(block.body);
          if (this.back !== block.header) return t;
          this.back = -1;
          if (pass >= this.maxPasses) {
            this.cappedRuns++;
            return t;
          }
        }
      }
      case 'back':
        this.back = block.header;
        return 0;
      default:
        return 0;
    }
  }
}

/** Bins of a readable width over sorted hours, in working days (shared with the queue simulation). */
export function histogram(sortedHours: Float64Array, target: number): { binWidthDays: number; bins: HistogramBin[] } {
  const days = (h: number): number => h / HOURS_PER_WORKING_DAY;
  const min = days(sortedHours[0] ?? 0);
  const max = days(sortedHours[sortedHours.length - 1] ?? 0);
  const width = niceWidth((max - min) / Math.max(1, target));
  const start = Math.floor(min / width + 1e-9) * width;
  const count = Math.max(1, Math.floor((max - start) / width + 1e-9) + 1);
  const bins: HistogramBin[] = Array.from({ length: count }, (_, i) => ({
    fromDays: round(start + i * width),
    toDays: round(start + (i + 1) * width),
    count: 0,
  }));
  for (const h of sortedHours) {
    const i = Math.min(count - 1, Math.max(0, Math.floor((days(h) - start) / width + 1e-9)));
    (bins[i] as HistogramBin).count++;
  }
  return { binWidthDays: width, bins };
}

/** A readable bin width ≥ `raw` days: 1, 2, 2.5 or 5 × 10^k, at least 1/16 day (30 minutes). */
function niceWidth(raw: number): number {
  if (!(raw > 1 / 16)) return 1 / 16;
  const exp = Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) {
    const w = m * 10 ** exp;
    if (w >= raw - 1e-12) return w;
  }
  return 10 ** (exp + 1);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
