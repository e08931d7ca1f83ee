/** The step table as CSV: UTF-8 with BOM (Excel opens Vietnamese correctly), comma, CRLF, RFC 4180 quoting. */
import type { StepTable } from './table.ts';

/** One CSV field, quoted when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of a step table: header row, one row per step, the total row. */
export function tableToCsv(table: StepTable): string {
  return '\ufeff' + [table.headers, ...table.rows, table.total].map(r => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
