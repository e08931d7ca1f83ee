/** The step table as CSV through the studio's one CSV writer (text/csv.ts: BOM, RFC 4180, formulas neutralised). */
import { csvField, toCsv } from '../text/csv.ts';
import type { StepTable } from './table.ts';

export { csvField };

/** The CSV text of a step table: header row, one row per step, the total row. */
export function tableToCsv(table: StepTable): string {
  return toCsv([table.headers, ...table.rows, table.total]);
}
