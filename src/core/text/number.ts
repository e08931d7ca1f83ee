/**
 * The one place numbers become text for a reader: rounding, grouping the way each language writes it
 * (32.000.000 / 32,000,000; 2,5 / 2.5), signed savings and percentages. No figure ever prints as -0.
 */
export type NumberLocale = 'vi' | 'en';

/** `x` rounded to `digits` decimals; a result of zero is always +0 (so it never prints as "-0"). */
export function roundTo(x: number, digits = 2): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

/**
 * A number with thousands separators and up to `digits` decimals ("32,000,000" / "32.000.000").
 * Written by hand rather than with Intl.NumberFormat so that Node and every browser give the same text
 * whatever ICU data they ship (e.g. Vietnamese grouping of four-digit numbers).
 */
export function formatNumber(n: number, locale: NumberLocale = 'en', digits = 2): string {
  if (!Number.isFinite(n)) return '—';
  const [group, decimal] = locale === 'vi' ? ['.', ','] : [',', '.'];
  const fixed = Math.abs(n).toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  const [int = '0', frac] = trimmed.split('.');
  const negative = n < 0 && /[1-9]/.test(trimmed);
  return (negative ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, group) + (frac ? decimal + frac : '');
}

/** A change with its sign: "+2", "-1,5", "0" (never "-0" or "+0"). */
export function formatSigned(n: number, locale: NumberLocale = 'en', digits = 2): string {
  const text = formatNumber(n, locale, digits);
  return text !== '0' && n > 0 ? `+${text}` : text;
}

/** A share in [0, 1] as a percentage with up to `digits` decimals: 0.3 → "30%", 0.146 → "14,6%" in Vietnamese. */
export function formatPercent(share: number, locale: NumberLocale = 'en', digits = 2): string {
  return `${formatNumber(share * 100, locale, digits)}%`;
}

/** A number for a machine-read cell (CSV, JSON-like text): rounded, point as decimal mark, no grouping. */
export function plainNumber(n: number, digits = 4): string {
  return String(roundTo(n, digits));
}
