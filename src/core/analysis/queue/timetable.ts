/**
 * A role's working time on the simulation clock. The clock counts working hours (8 per working day, days off
 * already left out by the calendar); officers who work `h` < 8 hours a day on these steps are available in the
 * first `h` hours of each working day, and a step they start continues the next day where it stopped.
 */
import { HOURS_PER_WORKING_DAY as DAY } from '../../model/time.ts';

/** Available officer hours from the start of the year up to clock time `t`, for one officer. */
export function availableBefore(t: number, h: number): number {
  if (h >= DAY) return t;
  const day = Math.floor(t / DAY);
  return day * h + Math.min(t - day * DAY, h);
}

/** The first clock time ≥ `t` at which an officer working `h` hours a day is at work. */
export function nextAvailable(t: number, h: number): number {
  if (h >= DAY) return t;
  const day = Math.floor(t / DAY);
  return t - day * DAY < h ? t : (day + 1) * DAY;
}

/** The clock time at which `work` hours started at available time `start` are done. */
export function finishAt(start: number, work: number, h: number): number {
  if (h >= DAY) return start + work;
  const done = availableBefore(start, h) + work;
  const day = Math.floor(done / h);
  const rest = done - day * h;
  // finishing exactly at the end of a day's hours is that day, not the start of the next
  return rest === 0 && day > 0 ? (day - 1) * DAY + h : day * DAY + rest;
}
