/**
 * The published process-table formats (docs/sources.md [HN1594; VL2682]) and fuzzy header matching that ignores case,
 * diacritics and punctuation, so "THỜI HẠN GIẢI QUYẾT (ngày làm việc)" still maps to the time column.
 */
import { searchKey } from '../text/fold.ts';
import type { ColumnMapping, RawRow, RawTable, TableField } from './types.ts';

export type TableFormat = 'hanoi' | 'vinhlong' | 'studio' | 'custom';

/** The header rows of the formats we know, as published. */
export const KNOWN_FORMATS: Record<Exclude<TableFormat, 'custom'>, string[]> = {
  /** Hanoi QĐ 1594/QĐ-TTPVHCC [HN1594]. */
  hanoi: [
    'Tên bước',
    'Đơn vị/người thực hiện',
    'Nội dung công việc',
    'Thời hạn giải quyết (ngày làm việc)',
    'Biểu mẫu/kết quả',
  ],
  /** Vĩnh Long QĐ 2682/QĐ-UBND [VL2682]. */
  vinhlong: ['STT (Bước)', 'Nội dung công việc', 'Phân công nhiệm vụ', 'Thời gian thực hiện'],
  /** TTHC Studio's own `table` export. */
  studio: ['Bước', 'Tên bước', 'Đơn vị/người thực hiện', 'Nội dung công việc', 'Thời hạn', 'Biểu mẫu/kết quả'],
};

/** Folded header words per field, most specific first. */
const PATTERNS: Record<TableField, string[]> = {
  step: ['stt buoc', 'stt', 'so thu tu', 'thu tu', 'buoc', 'buoc so'],
  name: ['ten buoc', 'cac buoc', 'buoc thuc hien', 'buoc cong viec', 'ten cong viec', 'trinh tu'],
  performer: [
    'don vi nguoi thuc hien',
    'phan cong nhiem vu',
    'nguoi thuc hien',
    'don vi thuc hien',
    'bo phan thuc hien',
    'can bo thuc hien',
    'trach nhiem thuc hien',
    'trach nhiem',
    'chu tri',
    'phan cong',
    'performer',
    'role',
  ],
  content: ['noi dung cong viec', 'noi dung thuc hien', 'noi dung', 'mo ta', 'cong viec', 'description'],
  time: [
    'thoi han giai quyet',
    'thoi gian thuc hien',
    'thoi gian giai quyet',
    'thoi gian xu ly',
    'thoi han',
    'thoi gian',
    'time',
  ],
  forms: ['bieu mau ket qua', 'bieu mau', 'ket qua', 'ho so bieu mau', 'san pham', 'forms'],
};

/** A header cell reduced to folded words: "Đơn vị/người thực hiện" → "don vi nguoi thuc hien". */
export function headerKey(text: string): string {
  return searchKey(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The mapping of one header row: each field to the column that matches it best (or absent). */
export function matchHeaders(headers: string[]): ColumnMapping {
  const scored: Array<{ field: TableField; column: number; score: number }> = [];
  headers.forEach((h, column) => {
    const key = headerKey(h);
    if (!key) return;
    for (const [field, patterns] of Object.entries(PATTERNS) as Array<[TableField, string[]]>) {
      patterns.forEach((p, i) => {
        const score = key === p ? 300 : key.startsWith(p + ' ') ? 200 : ` ${key} `.includes(` ${p} `) ? 100 : 0;
        if (score) scored.push({ field, column, score: score + p.length - i });
      });
    }
  });
  scored.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const s of scored) {
    if (mapping[s.field] !== undefined || used.has(s.column)) continue;
    mapping[s.field] = s.column;
    used.add(s.column);
  }
  return mapping;
}

/** Whether a mapping is enough to build steps: performer, time and a name or content. */
export function mappingIsUsable(m: ColumnMapping): boolean {
  // no performer column is fine: the performer is then read from the start of each step's text (performer.ts)
  return m.time !== undefined && (m.name !== undefined || m.content !== undefined);
}

/** The fields a mapping lacks to be usable. */
export function missingFields(m: ColumnMapping): TableField[] {
  const missing: TableField[] = [];
  if (m.time === undefined) missing.push('time');
  if (m.name === undefined && m.content === undefined) missing.push('content');
  return missing;
}

/** Which known format a header row is, judged by the fields found and their order. */
export function detectFormat(headers: string[]): TableFormat {
  const keys = headers.map(headerKey).filter(Boolean).join('|');
  for (const [format, known] of Object.entries(KNOWN_FORMATS) as Array<[Exclude<TableFormat, 'custom'>, string[]]>) {
    if (keys === known.map(headerKey).join('|')) return format;
  }
  return 'custom';
}

export interface HeaderFound {
  table: RawTable;
  headerIndex: number;
  headers: string[];
  mapping: ColumnMapping;
  format: TableFormat;
}

/**
 * The first table and row whose cells look like a process-table header (the best-matching row within the
 * first 15 of each table). Without a usable one, the best partial match, so the user can map the rest.
 */
export function findHeader(tables: RawTable[]): HeaderFound | undefined {
  let best: (HeaderFound & { score: number }) | undefined;
  for (const table of tables) {
    table.rows.slice(0, 15).forEach((row, headerIndex) => {
      const headers = headerCells(row);
      const mapping = matchHeaders(headers);
      const fields = Object.keys(mapping).length;
      const score = (mappingIsUsable(mapping) ? 100 : 0) + fields;
      if (fields >= 2 && (!best || score > best.score))
        best = { table, headerIndex, headers, mapping, format: detectFormat(headers), score };
    });
    if (best && best.score >= 100) break;
  }
  if (!best) return undefined;
  const { score: _score, ...found } = best;
  return found;
}

/** The header texts of a row; a cell merged from the left repeats nothing (empty header). */
export function headerCells(row: RawRow): string[] {
  return row.cells.map((c) => c.text.replace(/\s+/g, ' ').trim());
}
