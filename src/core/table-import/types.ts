/** Plain data shared by the table readers, the header matcher and the spec builder. */

/** A cell as read from the file; `merge` marks the continuation of a merged cell (origin above or to the left). */
export interface RawCell {
  text: string;
  merge?: 'up' | 'left';
}

/** A row with its number as the user sees it (spreadsheet row, CSV line record, or table row in a DOCX). */
export interface RawRow {
  row: number;
  cells: RawCell[];
}

/** One table of a file. */
export interface RawTable {
  rows: RawRow[];
  label?: string;
}

/** The columns a process table can have. */
export type TableField = 'step' | 'name' | 'performer' | 'content' | 'time' | 'forms';
export const TABLE_FIELDS: readonly TableField[] = ['step', 'name', 'performer', 'content', 'time', 'forms'];

/** Which column (0-based) holds each field; absent fields are not in the table. */
export type ColumnMapping = Partial<Record<TableField, number>>;

export type TableProblemCode =
  | 'unreadableFile'
  | 'unsupportedFile'
  | 'noTable'
  | 'headerNotFound'
  | 'missingColumn'
  | 'noSteps'
  | 'timeUnreadable'
  | 'timeMissing'
  | 'timeNotCounted'
  | 'mergedTime'
  | 'filledFromAbove'
  | 'emptyRow'
  | 'sectionRow'
  | 'totalMismatch'
  | 'totalUnreadable'
  | 'sendBackTargetMissing'
  | 'nameMissing'
  | 'performerGuessed';

/** Something the import noticed; `row` is the row number in the file, so the user can find it. */
export interface TableProblem {
  code: TableProblemCode;
  severity: 'error' | 'warning' | 'info';
  row?: number;
  params: Record<string, string | number>;
}
