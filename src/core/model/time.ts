/** Working time: the law counts in working days of 8 working hours. */
import type { TimeUnit } from './types.ts';

export const HOURS_PER_WORKING_DAY = 8;

/** Working hours for a duration in `unit` (days by default). */
export function toWorkingHours(value: number, unit: TimeUnit = 'day'): number {
  return unit === 'hour' ? value : value * HOURS_PER_WORKING_DAY;
}

/** Working days for a duration in `unit` (days by default). */
export function toWorkingDays(value: number, unit: TimeUnit = 'day'): number {
  return unit === 'hour' ? value / HOURS_PER_WORKING_DAY : value;
}
