/**
 * Import an approved internal-process table (quy trình nội bộ) from CSV, XLSX or the DOCX of a decision into
 * a laid-out BPMN variant: `importTable(bytes, fileName, { mapping?, name?, code? })` → { xml, spec, problems, preview }.
 */
import type { ProcedureSpec } from '../builder/spec.ts';
import { buildProcedureXml } from '../builder/build.ts';
import { findHeader, mappingIsUsable, missingFields, type TableFormat } from './headers.ts';
import { formatTime } from './parse-time.ts';
import { readCsv } from './read-csv.ts';
import { readDocx } from './read-docx.ts';
import { readXlsx } from './read-xlsx.ts';
import { laneKey, readSteps, stepsToSpec, type StepsRead } from './to-spec.ts';
import type { ColumnMapping, RawTable, TableProblem } from './types.ts';
import { roundTo } from '../text/number.ts';

export * from './types.ts';
export { KNOWN_FORMATS, matchHeaders, headerKey, detectFormat, type TableFormat } from './headers.ts';
export { parseTime, findTime, parseQuantity, formatTime, headerUnit, type ParsedTime } from './parse-time.ts';
export { parseCsv, detectDelimiter } from './read-csv.ts';
export { docxTables } from './read-docx.ts';
export { sheetRows } from './read-xlsx.ts';
export { describeTableProblem, fieldLabel } from './problems.ts';
export type { TableStep, TableTotal } from './to-spec.ts';
export { performerFromText } from './performer.ts';

export interface ImportTableOptions {
  /** Column of each field, overriding the detected mapping (0-based). */
  mapping?: ColumnMapping;
  name?: string;
  code?: string;
  /** Language of the generated event and gateway labels (default vi). */
  locale?: 'vi' | 'en';
  /** The user's performer for a row (row number → text), replacing the guess read from the step's sentence. */
  performers?: Record<number, string>;
}

/** What the user checks before importing: the detected header and mapping, and the steps as read. */
export interface TablePreview {
  format: TableFormat;
  /** Row number of the header row. */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  /** Raw data rows under the header (cell texts, merged cells shown as their origin's text). */
  rows: Array<{ row: number; cells: string[] }>;
  /** `performerGuessed`: the performer was read from the start of the step's text, for the user to confirm. */
  steps: Array<{
    row: number;
    step: number;
    name: string;
    performer: string;
    performerGuessed: boolean;
    time: string;
    forms: string[];
    branches: string[];
  }>;
  lanes: string[];
  total?: { row: number; text: string; days?: number };
  sumDays: number;
}

export interface ImportTableResult {
  /** BPMN XML of the new variant; null when the table could not be read into steps. */
  xml: string | null;
  spec: ProcedureSpec | null;
  problems: TableProblem[];
  preview: TablePreview | null;
}

/** Read a file's tables by its extension (or its content): CSV/TSV/TXT, XLSX, DOCX. */
export function readTables(bytes: Uint8Array, fileName: string): RawTable[] {
  const ext = (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
  if (ext === 'xls' || ext === 'doc' || ext === 'pdf') throw new UnsupportedFile(fileName);
  if (ext === 'docx') return readDocx(bytes);
  if (ext === 'xlsx' || ext === 'xlsm') return readXlsx(bytes);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      return readDocx(bytes);
    } catch {
      return readXlsx(bytes);
    }
  }
  return readCsv(bytes);
}

/** Read the table and its steps without building the diagram (fast: for the preview as the user edits the mapping). */
export function previewTable(
  bytes: Uint8Array,
  fileName: string,
  options: ImportTableOptions = {},
): { read: StepsRead | null; problems: TableProblem[]; preview: TablePreview | null } {
  let tables: RawTable[];
  try {
    tables = readTables(bytes, fileName);
  } catch (error) {
    const problem: TableProblem =
      error instanceof UnsupportedFile
        ? { code: 'unsupportedFile', severity: 'error', params: { file: fileName } }
        : {
            code: 'unreadableFile',
            severity: 'error',
            params: { detail: error instanceof Error ? error.message : String(error) },
          };
    return { read: null, problems: [problem], preview: null };
  }
  if (!tables.some((t) => t.rows.length))
    return { read: null, problems: [{ code: 'noTable', severity: 'error', params: {} }], preview: null };
  const found = findHeader(tables);
  if (!found && !options.mapping)
    return { read: null, problems: [{ code: 'headerNotFound', severity: 'error', params: {} }], preview: null };
  const table = found?.table ?? (tables.find((t) => t.rows.length) as RawTable);
  const headerIndex = found?.headerIndex ?? 0;
  const headers = found?.headers ?? table.rows[0]?.cells.map((c) => c.text) ?? [];
  const mapping = options.mapping ?? found?.mapping ?? {};
  const dataRows = table.rows.slice(headerIndex + 1);
  const preview: TablePreview = {
    format: found?.format ?? 'custom',
    headerRow: table.rows[headerIndex]?.row ?? 1,
    headers,
    mapping,
    rows: shownRows(dataRows),
    steps: [],
    lanes: [],
    sumDays: 0,
  };
  if (!mappingIsUsable(mapping)) {
    return {
      read: null,
      problems: missingFields(mapping).map((field) => ({
        code: 'missingColumn',
        severity: 'error',
        params: { field },
      })),
      preview,
    };
  }
  const read = readSteps(dataRows, headers, mapping, options.performers);
  if (!read.steps.length) read.problems.unshift({ code: 'noSteps', severity: 'error', params: {} });
  preview.steps = read.steps.map((s) => ({
    row: s.row,
    step: s.stepNumber,
    name: s.name,
    performer: s.performer,
    performerGuessed: s.performerGuessed === true,
    forms: s.forms,
    time: s.time ? formatTime(s.time.value, s.time.unit, options.locale ?? 'vi') : '',
    branches: [
      s.supplement ? 'supplement' : '',
      s.refusal ? 'refusal' : '',
      s.sendBackTo !== undefined ? `sendBack:${s.sendBackTo}` : '',
    ].filter(Boolean),
  }));
  preview.lanes = [...new Map(read.steps.map((s) => [laneKey(s.performer), s.performer])).values()];
  preview.sumDays = roundTo(
    read.steps.reduce((d, s) => d + (s.time ? (s.time.unit === 'day' ? s.time.value : s.time.value / 8) : 0), 0),
    3,
  );
  if (read.total) {
    preview.total = { row: read.total.row, text: read.total.text };
    if (read.total.time)
      preview.total.days = read.total.time.unit === 'day' ? read.total.time.value : read.total.time.value / 8;
  }
  return { read, problems: read.problems, preview };
}

/** Read the table, build the variant and lay it out. Problems carry row numbers; errors leave `xml` null. */
export async function importTable(
  bytes: Uint8Array,
  fileName: string,
  options: ImportTableOptions = {},
): Promise<ImportTableResult> {
  const { read, problems, preview } = previewTable(bytes, fileName, options);
  if (!read || !read.steps.length) return { xml: null, spec: null, problems, preview };
  const name = options.name?.trim() || fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const spec = stepsToSpec(read, { name, code: options.code?.trim() || undefined, locale: options.locale }, problems);
  return { xml: await buildProcedureXml(spec), spec, problems, preview };
}

/** Whether any problem stops the import. */
export function hasTableErrors(problems: TableProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

// helpers //////////////////////

class UnsupportedFile extends Error {
  constructor(file: string) {
    super(`unsupported file ${file}`);
  }
}

function shownRows(rows: RawTable['rows']): TablePreview['rows'] {
  const above = new Map<number, string>();
  return rows.map((r) => ({
    row: r.row,
    cells: r.cells.map((c, i) => {
      if (c.merge === 'up') return above.get(i) ?? '';
      if (c.merge !== 'left') above.set(i, c.text);
      return c.text;
    }),
  }));
}
