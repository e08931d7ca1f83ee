/**
 * Working-day calendar and the promised return date (ngày hẹn trả). Working days skip the weekly rest days,
 * the public holidays (holidays.ts), the bridge days granted per year and any extra days off the user adds;
 * Saturdays worked in exchange count as working days. Working hours default to 07:00–11:00 and 13:00–17:00.
 * Cut-off rules as the law writes them: files received after 15:00 (Decree 23/2015 Art.7; Decree 63/2024
 * Art.7) or in the last working hour (Decree 297/2025 Art.6) count from the next working day.
 * Dates are plain 'YYYY-MM-DD' and times 'YYYY-MM-DDTHH:MM' in Vietnam's local time (UTC+7, no DST).
 */
import type { TimeUnit } from '../model/types.ts';
import {
  GRANTED_DAYS,
  dayNumber,
  isoOfDay,
  legalHolidays,
  weekday,
  type DayOff,
  type WorkingDayChange,
} from './holidays.ts';

export type CutOff =
  | { rule: 'none' }
  /** Files received after `time` (HH:MM) count from the next working day. */
  | { rule: 'afterTime'; time: string }
  /** Files received in the last working hour of the day count from the next working day. */
  | { rule: 'lastWorkingHour' };

/** Files received after 15:00 count from the next working day (Decree 23/2015 Art.7; Decree 63/2024 Art.7). */
export const CUT_OFF_AFTER_15H: CutOff = { rule: 'afterTime', time: '15:00' };
/** Files received in the last working hour count from the next working day (Decree 297/2025 Art.6). */
export const CUT_OFF_LAST_HOUR: CutOff = { rule: 'lastWorkingHour' };

/** The legal source of each cut-off rule, to show beside the date. */
export const CUT_OFF_SOURCES: Record<CutOff['rule'], string> = {
  none: '',
  afterTime:
    'Nghị định 23/2015/NĐ-CP Điều 7 (chứng thực); Nghị định 63/2024/NĐ-CP Điều 7 (liên thông khai sinh): hồ sơ tiếp nhận sau 15 giờ được tính vào ngày làm việc tiếp theo',
  lastWorkingHour:
    'Nghị định 297/2025/NĐ-CP Điều 6: hồ sơ tiếp nhận trong giờ làm việc cuối cùng của ngày được tính từ ngày làm việc tiếp theo',
};

export interface CalendarOptions {
  /** Working intervals of a day, 'HH:MM'–'HH:MM'; default 07:00–11:00 and 13:00–17:00. */
  workingHours?: Array<[string, string]>;
  /** Weekly rest days, 0 = Sunday … 6 = Saturday; default Saturday and Sunday. */
  weekend?: number[];
  /** Count statutory holidays and their compensatory days (default true). */
  legalHolidays?: boolean;
  /** Which tabulated bridge days to use: 'granted' (default), 'all' (also proposals) or 'none'. */
  grantedDays?: 'granted' | 'all' | 'none';
  extraDaysOff?: Array<{ date: string; name?: string; source?: string }>;
  extraWorkingDays?: Array<{ date: string; name?: string; source?: string }>;
  cutOff?: CutOff;
  /**
   * 'workingHours' (default): the time runs in working minutes from the moment counting starts;
   * 'wholeDays': N working days after the day of receipt, due at the end of that day (Civil Code Art.147–148 style).
   */
  counting?: 'workingHours' | 'wholeDays';
}

export type StartShift = 'none' | 'beforeOpening' | 'lunchBreak' | 'cutOff' | 'afterHours' | 'nonWorkingDay';

export interface ReturnDate {
  submittedAt: string;
  /** When the time limit starts to run. */
  countingStartsAt: string;
  shift: StartShift;
  /** The promised return time and date (ngày hẹn trả). */
  dueAt: string;
  dueDate: string;
  /** Working minutes between the start and the due time. */
  workingMinutes: number;
  /** Holidays and extra days off passed between the start and the due date (weekends not listed). */
  daysOffSkipped: DayOff[];
}

/** A working-day calendar built from `CalendarOptions` (holidays computed per year on demand). */
export class WorkingCalendar {
  readonly intervals: Array<[number, number]>;
  readonly minutesPerDay: number;
  private readonly weekend: number[];
  private readonly years = new Map<number, Map<number, DayOff>>();
  private readonly extraOff = new Map<number, DayOff>();
  private readonly extraWork = new Map<number, WorkingDayChange>();

  constructor(readonly options: CalendarOptions = {}) {
    const hours = options.workingHours ?? [
      ['07:00', '11:00'],
      ['13:00', '17:00'],
    ];
    this.intervals = hours
      .map(([a, b]) => [minutes(a), minutes(b)] as [number, number])
      .filter(([a, b]) => b > a)
      .sort((x, y) => x[0] - y[0]);
    if (!this.intervals.length) throw new RangeError('No working hours');
    this.minutesPerDay = this.intervals.reduce((s, [a, b]) => s + b - a, 0);
    this.weekend = options.weekend ?? [0, 6];
    const granted = options.grantedDays ?? 'granted';
    for (const g of GRANTED_DAYS) {
      if (granted === 'none' || (granted === 'granted' && g.status !== 'granted')) continue;
      for (const d of g.daysOff)
        this.extraOff.set(dayNumber(d.date), {
          date: d.date,
          name: d.name,
          nameVi: d.name,
          kind: 'granted',
          source: d.source,
        });
      for (const d of g.workingDays) this.extraWork.set(dayNumber(d.date), d);
    }
    for (const d of options.extraDaysOff ?? []) {
      this.extraOff.set(dayNumber(d.date), {
        date: d.date,
        name: d.name ?? 'Extra day off',
        nameVi: d.name ?? 'Ngày nghỉ thêm',
        kind: 'extra',
        source: d.source ?? '',
      });
    }
    for (const d of options.extraWorkingDays ?? []) {
      this.extraWork.set(dayNumber(d.date), {
        date: d.date,
        name: d.name ?? 'Extra working day',
        source: d.source ?? '',
      });
    }
  }

  /** Why `date` is not a working day: a holiday or extra day off (undefined for plain weekends and working days). */
  dayOff(date: string): DayOff | undefined {
    return this.dayOffOf(dayNumber(date));
  }

  /** Whether `date` (YYYY-MM-DD) is a working day. */
  isWorkingDay(date: string): boolean {
    return this.isWorking(dayNumber(date));
  }

  /** The first working day after `date`. */
  nextWorkingDay(date: string): string {
    return isoOfDay(this.nextWorking(dayNumber(date)));
  }

  /** The working day `n` working days after `date` (n ≥ 0; n = 0 gives `date` itself). */
  addWorkingDays(date: string, n: number): string {
    let day = dayNumber(date);
    for (let i = 0; i < n; i++) day = this.nextWorking(day);
    return isoOfDay(day);
  }

  /** Number of working days d with from < d ≤ to. */
  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let d = dayNumber(from) + 1, end = dayNumber(to); d <= end; d++) if (this.isWorking(d)) count++;
    return count;
  }

  /** Holidays, compensatory, granted and extra days off of `year`, sorted. */
  daysOffInYear(year: number): DayOff[] {
    const out: DayOff[] = [];
    for (let d = dayNumber(`${year}-01-01`), end = dayNumber(`${year}-12-31`); d <= end; d++) {
      const off = this.dayOffOf(d);
      if (off && !this.extraWork.has(d)) out.push(off);
    }
    return out;
  }

  /** The promised return date for a dossier received at `submittedAt` with a time limit of `value` `unit`s. */
  returnDate(submittedAt: string, value: number, unit: TimeUnit = 'day'): ReturnDate {
    const { day, minute } = parseDateTime(submittedAt);
    const start = this.countingStart(day, minute);
    const total = Math.round(unit === 'hour' ? value * 60 : value * this.minutesPerDay);
    let dueDay: number;
    let dueMinute: number;
    if ((this.options.counting ?? 'workingHours') === 'wholeDays') {
      const receipt =
        start.shift === 'none' || start.shift === 'beforeOpening' || start.shift === 'lunchBreak' ? day : start.day;
      dueDay = receipt;
      for (let i = 0; i < Math.ceil(total / this.minutesPerDay); i++) dueDay = this.nextWorking(dueDay);
      dueMinute = (this.intervals[this.intervals.length - 1] as [number, number])[1];
    } else {
      [dueDay, dueMinute] = this.addMinutes(start.day, start.minute, total);
    }
    const skipped: DayOff[] = [];
    for (let d = start.day + 1; d <= dueDay; d++) {
      const off = this.dayOffOf(d);
      if (off && !this.isWorking(d)) skipped.push(off);
    }
    return {
      submittedAt,
      countingStartsAt: formatDateTime(start.day, start.minute),
      shift: start.shift,
      dueAt: formatDateTime(dueDay, dueMinute),
      dueDate: isoOfDay(dueDay),
      workingMinutes: this.minutesBetween(start.day, start.minute, dueDay, dueMinute),
      daysOffSkipped: skipped,
    };
  }

  // helpers //////////////////////

  private holidaysOf(year: number): Map<number, DayOff> {
    let map = this.years.get(year);
    if (!map) {
      map = new Map();
      if (this.options.legalHolidays !== false)
        for (const h of legalHolidays(year, this.weekend)) map.set(dayNumber(h.date), h);
      this.years.set(year, map);
    }
    return map;
  }

  private dayOffOf(day: number): DayOff | undefined {
    const year = Number(isoOfDay(day).slice(0, 4));
    return this.extraOff.get(day) ?? this.holidaysOf(year).get(day);
  }

  private isWorking(day: number): boolean {
    if (this.extraWork.has(day)) return true;
    if (this.weekend.includes(weekday(day))) return false;
    return !this.dayOffOf(day);
  }

  private nextWorking(day: number): number {
    let d = day + 1;
    for (let guard = 0; !this.isWorking(d) && guard < 3660; guard++) d++;
    return d;
  }

  private countingStart(day: number, minute: number): { day: number; minute: number; shift: StartShift } {
    const open = (this.intervals[0] as [number, number])[0];
    const close = (this.intervals[this.intervals.length - 1] as [number, number])[1];
    const next = (shift: StartShift) => ({ day: this.nextWorking(day), minute: open, shift });
    if (!this.isWorking(day)) return next('nonWorkingDay');
    const cut = this.options.cutOff ?? { rule: 'none' };
    if (cut.rule === 'afterTime' && minute > minutes(cut.time)) return next('cutOff');
    if (cut.rule === 'lastWorkingHour' && minute >= close - 60 && minute < close) return next('cutOff');
    if (minute >= close) return next('afterHours');
    if (minute < open) return { day, minute: open, shift: 'beforeOpening' };
    for (const [a, b] of this.intervals) {
      if (minute >= a && minute < b) return { day, minute, shift: 'none' };
      if (minute < a) return { day, minute: a, shift: 'lunchBreak' };
    }
    return next('afterHours');
  }

  /** The working time `total` minutes after (day, minute), skipping non-working time. */
  private addMinutes(day: number, minute: number, total: number): [number, number] {
    let left = total;
    let d = day;
    let m = minute;
    for (;;) {
      for (const [a, b] of this.intervals) {
        if (b <= m) continue;
        const from = Math.max(a, m);
        if (left <= b - from) return [d, from + left];
        left -= b - from;
      }
      // whole days at once, keeping at least one day to land in
      d = this.nextWorking(d);
      m = 0;
      while (left > this.minutesPerDay) {
        left -= this.minutesPerDay;
        d = this.nextWorking(d);
      }
    }
  }

  private minutesBetween(d1: number, m1: number, d2: number, m2: number): number {
    let total = 0;
    for (let d = d1; d <= d2; d++) {
      if (!this.isWorking(d)) continue;
      for (const [a, b] of this.intervals) {
        const from = Math.max(a, d === d1 ? m1 : 0);
        const to = Math.min(b, d === d2 ? m2 : 24 * 60);
        if (to > from) total += to - from;
      }
    }
    return total;
  }
}

/** Minutes after midnight of 'HH:MM'. */
export function minutes(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) throw new RangeError(`Not a time: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

// helpers //////////////////////

function parseDateTime(text: string): { day: number; minute: number } {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2}))?/.exec(text.trim());
  if (!m) throw new RangeError(`Not a date and time: ${text}`);
  return { day: dayNumber(m[1] as string), minute: m[2] ? Number(m[2]) * 60 + Number(m[3]) : 0 };
}

function formatDateTime(day: number, minute: number): string {
  return `${isoOfDay(day)}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
