/** Locale number formatting for the analysis panel (Intl.NumberFormat): days, hours, VND, counts, shares. */

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

const cache = new Map<string, NumberFormats>();

/** Formatters for `locale` ('vi' or 'en'), created once per locale. */
export function numberFormats(locale: string): NumberFormats {
  const known = cache.get(locale);
  if (known) return known;
  const tag = locale === 'en' ? 'en-US' : 'vi-VN';
  const two = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const formats: NumberFormats = {
    days: n => two.format(n),
    hours: n => two.format(n),
    vnd: n => whole.format(n),
    count: n => whole.format(n),
    percent: n => pct.format(n)
  };
  cache.set(locale, formats);
  return formats;
}
