/** Number formatting for the analysis panel, from the core's one helper (text/number.ts: no "-0", same in every browser). */
import { formatNumber, formatPercent } from '@/core/index.ts';

export interface NumberFormats {
  /** Working days, up to 2 decimals. */
  days(n: number): string;
  /** Hours, up to 2 decimals. */
  hours(n: number): string;
  /** Money in VND, no decimals. */
  vnd(n: number): string;
  /** Whole counts. */
  count(n: number): string;
  /** A share in [0, 1] as a percentage, up to 1 decimal. */
  percent(n: number): string;
}

/** Formatters for `locale` ('vi' or 'en'). */
export function numberFormats(locale: string): NumberFormats {
  const lang = locale === 'en' ? 'en' : 'vi';
  return {
    days: (n) => formatNumber(n, lang, 2),
    hours: (n) => formatNumber(n, lang, 2),
    vnd: (n) => formatNumber(n, lang, 0),
    count: (n) => formatNumber(n, lang, 0),
    percent: (n) => formatPercent(n, lang, 1),
  };
}
