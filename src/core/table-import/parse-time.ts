/**
 * Working times as people write them in process tables: `1/2 ngày`, `½ ngày`, `0,5 ngày`, `4 giờ`,
 * `02 ngày làm việc`, `16 giờ làm việc`, `2 ngày 4 giờ`, `30 phút`, `Trong ngày`, or a bare number in the
 * unit the column header names. Anything else is a coded problem, never a guess.
 */
import type { TimeUnit } from '../model/types.ts';
import { searchKey } from '../text/fold.ts';

export type ParsedTime =
  | { ok: true; value: number; unit: TimeUnit; note?: 'withinDay' | 'notCounted' | 'defaultUnit' }
  | { ok: false; code: 'timeMissing' | 'timeUnreadable' };

const NUMBER = String.raw`(\d+\s*/\s*\d+|\d+(?:[.,]\d+)?|[½¼¾])`;
const UNIT = String.raw`(ngay|gio|h|phut|buoi)`;
const TERM = new RegExp(String.raw`^${NUMBER}\s*${UNIT}\b(?:\s*lam viec)?\s*(?:va\s+|,\s*)?`);
const FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75 };

/** A number as written in Vietnamese tables (`0,5`, `1/2`, `½`, `02`), or NaN. */
export function parseQuantity(text: string): number {
  const t = text.replace(/\s+/g, '');
  if (t in FRACTIONS) return FRACTIONS[t] as number;
  const frac = /^(\d+)\/(\d+)$/.exec(t);
  if (frac) return Number(frac[2]) === 0 ? NaN : Number(frac[1]) / Number(frac[2]);
  return /^\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : NaN;
}

/**
 * Read one time cell. `defaultUnit` is the unit the header states (e.g. "Thời hạn (ngày làm việc)") for bare
 * numbers; `lenient` accepts text after the time (a total row: "30 ngày làm việc kể từ ngày nhận đủ hồ sơ").
 */
export function parseTime(text: string, options: { defaultUnit?: TimeUnit; lenient?: boolean } = {}): ParsedTime {
  let t = searchKey(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:]+$/, '')
    .trim();
  t = t.replace(/^(toi da|khong qua|trong vong|trong thoi gian|thoi gian)\s*:?\s*/, '');
  if (!t || /^[-–—]+$/.test(t)) return { ok: false, code: 'timeMissing' };
  if (/^trong (ngay|ngay lam viec)$/.test(t)) return { ok: true, value: 1, unit: 'day', note: 'withinDay' };
  if (/^(trong )?gio hanh chinh$|^ngay sau khi|^ngay khi/.test(t))
    return { ok: true, value: 0, unit: 'hour', note: 'notCounted' };
  const bare = parseQuantity(t);
  if (!Number.isNaN(bare)) {
    return options.defaultUnit
      ? { ok: true, value: round(bare), unit: options.defaultUnit, note: 'defaultUnit' }
      : { ok: false, code: 'timeUnreadable' };
  }
  const terms: Array<{ value: number; unit: string }> = [];
  let rest = t;
  for (let m = TERM.exec(rest); m; m = TERM.exec(rest)) {
    terms.push({ value: parseQuantity(m[1] as string), unit: m[2] as string });
    rest = rest.slice(m[0].length).trim();
  }
  if (!terms.length || terms.some((x) => Number.isNaN(x.value))) return { ok: false, code: 'timeUnreadable' };
  if (rest && !options.lenient && !/^(ke tu|tinh tu)\b/.test(rest)) return { ok: false, code: 'timeUnreadable' };
  const hours = terms.map((x) => x.value * HOURS[x.unit as keyof typeof HOURS]);
  const allDays = terms.every((x) => x.unit === 'ngay' || x.unit === 'buoi');
  const total = hours.reduce((a, b) => a + b, 0);
  if (allDays) return { ok: true, value: round(total / 8), unit: 'day' };
  return { ok: true, value: round(total), unit: 'hour' };
}

/** The first time written anywhere in `text` (for total rows such as "Tổng thời gian: 30 ngày làm việc"). */
export function findTime(text: string): ParsedTime {
  const key = searchKey(text);
  const at = key.search(new RegExp(`${NUMBER}\\s*${UNIT}\\b`));
  if (at < 0) return parseTime(text, { lenient: true });
  return parseTime(text.normalize('NFC').slice(at), { lenient: true });
}

/** Hours of a time (8 working hours = 1 working day). */
export function toHours(value: number, unit: TimeUnit): number {
  return unit === 'day' ? value * 8 : value;
}

/** The unit a header names, e.g. "Thời hạn giải quyết (ngày làm việc)" → day, "(giờ)" → hour. */
export function headerUnit(header: string): TimeUnit | undefined {
  const key = searchKey(header);
  if (/\b(gio|h)\b/.test(key.replace(/thoi gian|gio hanh chinh/g, ''))) return 'hour';
  if (/\bngay\b/.test(key)) return 'day';
  return undefined;
}

/** A time as a person writes it: 0.5 → "0,5 ngày" (vi) / "0.5 days" (en). */
export function formatTime(value: number, unit: TimeUnit, locale: 'vi' | 'en' = 'vi'): string {
  const n = locale === 'vi' ? String(value).replace('.', ',') : String(value);
  return `${n} ${locale === 'vi' ? (unit === 'day' ? 'ngày' : 'giờ') : unit === 'day' ? (value === 1 ? 'day' : 'days') : 'h'}`;
}

// helpers //////////////////////

const HOURS = { ngay: 8, buoi: 4, gio: 1, h: 1, phut: 1 / 60 } as const;

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
