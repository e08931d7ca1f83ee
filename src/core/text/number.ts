/** Numbers as each language writes them, and rounding: one place for every figure the studio prints. */
import type { MessageLocale } from '../bpmn/problem-messages.ts';

/** `x` rounded to `digits` decimals; never -0. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

/** A number with thousands separators and up to `digits` decimals ("32,000,000" / "32.000.000"); never "-0". */
export function formatNumber(n: number, locale: MessageLocale = 'en', digits = 2): string {
  const [group, decimal] = locale === 'vi' ? ['.', ','] : [',', '.'];
  const raw = Math.abs(n).toFixed(digits);
  const fixed = raw.includes('.') ? raw.replace(/\.?0+$/, '') : raw;
  const negative = n < 0 && /[1-9]/.test(fixed);
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (negative ? '-' : '') + grouped + (frac ? decimal + frac : '');
}
