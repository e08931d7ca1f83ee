/** Plain-text output helpers: aligned tables and numbers grouped the way each language writes them. */
import { formatNumber, type MessageLocale } from '../core/index.ts';

/** Rows as aligned columns (right-aligned where `align` says 'r'), with an optional header and rule. */
export function table(
  rows: string[][],
  options: { header?: string[]; align?: Array<'l' | 'r'>; indent?: number } = {},
): string {
  const all = options.header ? [options.header, ...rows] : rows;
  const widths: number[] = [];
  for (const row of all)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, width(cell));
    });
  const pad = ' '.repeat(options.indent ?? 2);
  const line = (row: string[]): string =>
    pad +
    row
      .map((cell, i) => {
        const fillLen = (widths[i] ?? 0) - width(cell);
        const last = i === row.length - 1;
        if (options.align?.[i] === 'r') return ' '.repeat(fillLen) + cell;
        return last ? cell : cell + ' '.repeat(fillLen);
      })
      .join('  ')
      .trimEnd();
  const out = all.map(line);
  if (options.header) out.splice(1, 0, pad + widths.map((w) => '─'.repeat(w)).join('  '));
  return out.join('\n');
}

/** A number in `lang`'s grouping with at most `digits` decimals. */
export function num(n: number, lang: MessageLocale, digits = 2): string {
  return formatNumber(n, lang, digits);
}

/** A share as a percentage ("14.6 %"). */
export function percent(share: number, lang: MessageLocale): string {
  return `${formatNumber(share * 100, lang, 1)} %`;
}

/** Display width of a cell (Vietnamese text composed to single code points). */
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}
