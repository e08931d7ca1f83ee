/**
 * `Holiday.xml` and `WorkingTime.xml` from the studio's working-day calendar (analysis/calendar.ts) over the
 * years the exports already use for timers (export/working-time.ts): days off on weekdays as holidays
 * (type 0), weekend days worked in exchange as extra working days (type 1), and the working hours of each
 * working weekday (Java's day numbers, 1 = Sunday … 7 = Saturday).
 */
import { WorkingCalendar } from '../analysis/calendar.ts';
import { dayNumber, isoOfDay, weekday } from '../analysis/holidays.ts';
import { FROM_YEAR, TO_YEAR } from '../export/working-time.ts';
import type { Holiday, WorkingTime } from './types.ts';

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** `dd/MM/yyyy` as OpenCPS writes holiday dates. */
export function opencpsDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function calendarToOpencps(
  calendar = new WorkingCalendar(),
  from = FROM_YEAR,
  to = TO_YEAR,
): { holidays: Holiday[]; workingTimes: WorkingTime[] } {
  const weekend = calendar.options.weekend ?? [0, 6];
  const holidays: Holiday[] = [];
  for (let d = dayNumber(`${from}-01-01`), end = dayNumber(`${to}-12-31`); d <= end; d++) {
    const iso = isoOfDay(d);
    const rest = weekend.includes(weekday(d));
    const working = calendar.isWorkingDay(iso);
    if (!rest && !working)
      holidays.push({
        holidayDate: opencpsDate(iso),
        description: calendar.dayOff(iso)?.nameVi ?? 'Ngày nghỉ',
        holidayType: 0,
      });
    else if (rest && working)
      holidays.push({ holidayDate: opencpsDate(iso), description: 'Ngày làm việc bù', holidayType: 1 });
  }
  const hours = calendar.intervals.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(',');
  const workingTimes = [0, 1, 2, 3, 4, 5, 6]
    .filter((w) => !weekend.includes(w))
    .map((w) => ({ workTimeDay: w + 1, workTimeHours: hours }));
  return { holidays, workingTimes };
}
