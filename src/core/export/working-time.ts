/**
 * Step time limits as engine timers. A limit in working days (or working hours) must never be exported as a
 * calendar duration that could expire earlier: `P3D` for 3 working days fires on Monday for a Friday start.
 * We export the calendar span that the working time can take at most — weekends, public holidays (Tết: up to
 * 9 days off in a row) and bridge days included — computed with the analysis calendar over the years
 * `FROM_YEAR`..`TO_YEAR`. The bound is in whole calendar days, so a timer may fire late but never early.
 */
import { WorkingCalendar } from '../analysis/calendar.ts';
import { dayNumber, isoOfDay } from '../analysis/holidays.ts';
import { HOURS_PER_WORKING_DAY } from '../model/time.ts';
import type { TimeUnit } from '../model/types.ts';

/** The years over which the worst case is searched (the tabulated and computed holiday calendars). */
export const FROM_YEAR = 2025;
export const TO_YEAR = 2035;

const cache = new Map<number, number>();
let workingDays: number[] | undefined;

/**
 * The most calendar days that `n` whole working days can span from any moment in FROM_YEAR..TO_YEAR: from the
 * start of the day the clock starts to the close of the n-th working day after it, plus that first day.
 */
export function maxCalendarDaysFor(n: number): number {
  const k = Math.max(0, Math.ceil(n - 1e-9));
  if (k === 0) return 0;
  const hit = cache.get(k);
  if (hit !== undefined) return hit;
  const days = listWorkingDays();
  let worst = 0;
  const first = dayNumber(`${FROM_YEAR}-01-01`);
  const last = dayNumber(`${TO_YEAR}-12-31`);
  // index of the first working day strictly after `d`
  let next = 0;
  for (let d = first; d <= last; d++) {
    while (next < days.length && (days[next] as number) <= d) next++;
    const target = days[next + k - 1];
    if (target === undefined) break;
    worst = Math.max(worst, target - d + 1);
  }
  cache.set(k, worst);
  return worst;
}

/** The timer duration (ISO 8601, calendar days) for a step time of `value` `unit`s; undefined for no time. */
export function timerDuration(value: number | undefined, unit: TimeUnit = 'day'): string | undefined {
  if (value === undefined || !Number.isFinite(value) || value <= 0) return undefined;
  const workingDaysNeeded = unit === 'hour' ? value / HOURS_PER_WORKING_DAY : value;
  return `P${maxCalendarDaysFor(workingDaysNeeded)}D`;
}

/** Working hours of a step time (8 h = 1 working day), rounded to 0.001 h. */
export function workingHoursOf(value: number | undefined, unit: TimeUnit = 'day'): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return Math.round((unit === 'hour' ? value : value * HOURS_PER_WORKING_DAY) * 1000) / 1000;
}

// helpers //////////////////////

function listWorkingDays(): number[] {
  if (workingDays) return workingDays;
  const calendar = new WorkingCalendar();
  const out: number[] = [];
  // a margin after TO_YEAR so late starts still find their n-th working day
  for (let d = dayNumber(`${FROM_YEAR}-01-01`), end = dayNumber(`${TO_YEAR + 1}-06-30`); d <= end; d++) {
    if (calendar.isWorkingDay(isoOfDay(d))) out.push(d);
  }
  workingDays = out;
  return out;
}
