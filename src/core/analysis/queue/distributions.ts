/**
 * Step-time distributions of the queue simulation, drawn by inverse transform from a uniform generator.
 * Triangular and fixed draw exactly as today's contention-free simulation does (no draw when the range is
 * empty), so that without contention both simulations see the same numbers.
 */
import { triangular } from '../prng.ts';
import type { DurationDistribution } from '../../model/types.ts';

/** Distribution codes in the structured-clonable model (index = code). */
export const DISTRIBUTIONS: readonly DurationDistribution[] = ['triangular', 'fixed', 'exponential', 'lognormal'];
export const TRIANGULAR = 0;
export const FIXED = 1;
export const EXPONENTIAL = 2;
export const LOGNORMAL = 3;

/** Coefficient of variation assumed for a lognormal step without a min–max range (an assumption, see docs). */
export const LOGNORMAL_DEFAULT_CV = 0.5;

/** The code of a stated distribution (triangular when missing or unknown). */
export function distributionCode(value: string | undefined): number {
  const i = DISTRIBUTIONS.indexOf(value as DurationDistribution);
  return i < 0 ? TRIANGULAR : i;
}

/**
 * One step time in hours. `likely` is the mode for triangular, the value for fixed and the mean for
 * exponential and lognormal; the lognormal's spread is (max − min) / 4 as a standard deviation, else
 * `LOGNORMAL_DEFAULT_CV` × mean.
 */
export function drawDuration(code: number, random: () => number, min: number, likely: number, max: number): number {
  switch (code) {
    case FIXED:
      return likely;
    case EXPONENTIAL:
      return likely > 0 ? -likely * Math.log(1 - random()) : 0;
    case LOGNORMAL: {
      if (!(likely > 0)) return 0;
      const sd = max > min ? (max - min) / 4 : LOGNORMAL_DEFAULT_CV * likely;
      const s2 = Math.log(1 + (sd * sd) / (likely * likely));
      const mu = Math.log(likely) - s2 / 2;
      return Math.exp(mu + Math.sqrt(s2) * standardNormal(random));
    }
    default:
      return max <= min ? likely : triangular(random(), min, likely, max);
  }
}

/** The mean of a step's time under its distribution, in hours. */
export function durationMean(code: number, min: number, likely: number, max: number): number {
  if (code === TRIANGULAR) return max <= min ? likely : (min + likely + max) / 3;
  return likely;
}

/** A standard normal draw (Box–Muller, one of the pair; two uniforms per draw keep streams simple). */
function standardNormal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
