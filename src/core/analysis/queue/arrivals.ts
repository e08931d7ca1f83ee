/**
 * Arrival times of one simulated year: a Poisson process over working time whose rate is constant within a
 * month. By default the year's dossiers spread evenly over its working days; a monthly profile gives each
 * month its share of the year's dossiers instead (peaks).
 */
import { HOURS_PER_WORKING_DAY } from '../../model/time.ts';
import { FloatList } from './tables.ts';

/** Sorted arrival times (clock hours from the year's first working hour) for `perYear` expected dossiers. */
export function arrivalTimes(
  perYear: number,
  workingDaysByMonth: number[],
  profile: number[] | null,
  random: () => number,
): Float64Array {
  const weights = workingDaysByMonth.map((d, m) => (d > 0 ? (profile ? (profile[m] ?? 0) : d) : 0));
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0) || !(perYear > 0)) return new Float64Array(0);
  // room for the expected count and some more; beyond that the list grows
  const out = new FloatList(Math.min(Math.ceil(perYear * 1.05) + 64, 1 << 22));
  // walk the months with one exponential draw in units of expected arrivals (inverse of the cumulative rate)
  let need = -Math.log(1 - random());
  let start = 0;
  for (let m = 0; m < 12; m++) {
    const length = (workingDaysByMonth[m] ?? 0) * HOURS_PER_WORKING_DAY;
    const rate = length > 0 ? (perYear * (weights[m] as number)) / total / length : 0;
    let t = start;
    const end = start + length;
    while (rate > 0) {
      const left = rate * (end - t);
      if (need >= left) {
        need -= left;
        break;
      }
      t += need / rate;
      out.push(t);
      need = -Math.log(1 - random());
    }
    start = end;
  }
  return out.values();
}

/** Working hours in one simulated year with these working days per month. */
export function yearHours(workingDaysByMonth: number[]): number {
  return workingDaysByMonth.reduce((s, d) => s + d, 0) * HOURS_PER_WORKING_DAY;
}
