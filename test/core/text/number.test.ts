/** The one number helper: grouping per language, no "-0", signed changes and percentages. */
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatSigned, plainNumber, roundTo } from '../../../src/core/index.ts';

describe('numbers as text', () => {
  it('groups and rounds the way each language writes numbers', () => {
    expect(formatNumber(32_000_000, 'vi', 0)).toBe('32.000.000');
    expect(formatNumber(32_000_000, 'en', 0)).toBe('32,000,000');
    expect(formatNumber(2.5, 'vi')).toBe('2,5');
    expect(formatNumber(1 / 3, 'en', 4)).toBe('0.3333');
    expect(formatNumber(-1.25, 'vi')).toBe('-1,25');
  });

  it('never prints -0, whatever rounds to zero', () => {
    // "Còn dư -0 ngày làm việc": the spare time of a path exactly at its limit is −(0)
    for (const zero of [-0, -0.00001, -0.00004, 0]) {
      expect(formatNumber(zero, 'vi')).toBe('0');
      expect(formatNumber(-0.004, 'vi')).toBe('0');
      expect(formatSigned(zero, 'en')).toBe('0');
      expect(plainNumber(zero)).toBe('0');
      expect(Object.is(roundTo(zero, 2), -0)).toBe(false);
    }
  });

  it('signs changes and writes shares as percentages', () => {
    expect(formatSigned(2, 'vi')).toBe('+2');
    expect(formatSigned(-1.5, 'vi')).toBe('-1,5');
    expect(formatPercent(0.3, 'en')).toBe('30%');
    expect(formatPercent(1 / 6, 'vi')).toBe('16,67%');
    expect(formatPercent(0.146, 'vi', 1)).toBe('14,6%');
  });
});
