/**
 * XLSX → rows: unzip, read the first worksheet with its shared strings and merged ranges. A small reader of
 * our own (bytes in, rows out, no Node or DOM) so the app and the CLI read workbooks the same way and merged
 * cells are known (a time written once for several steps is shared, not missing).
 */
import { strFromU8, unzipSync } from 'fflate';
import { tokenizeXml } from './xml-tokens.ts';
import type { RawCell, RawRow, RawTable } from './types.ts';

/** The first worksheet of an .xlsx file as one table (row numbers are the sheet's). */
export function readXlsx(bytes: Uint8Array): RawTable[] {
  const files = unzipSync(bytes, { filter: f => f.name.startsWith('xl/') && f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  const text = (name: string) => { const f = files[name]; return f ? strFromU8(f) : undefined; };
  const sheetPath = firstSheetPath(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'))
    ?? Object.keys(files).filter(n => n.startsWith('xl/worksheets/') && n.endsWith('.xml')).sort()[0];
  const sheet = sheetPath ? text(sheetPath) : undefined;
  if (!sheet) throw new Error('no worksheet found: not an Excel workbook');
  return [{ rows: sheetRows(sheet, sharedStrings(text('xl/sharedStrings.xml') ?? '')), label: sheetPath }];
}

/** The rows of a worksheet's XML, with merged ranges marked on their continuation cells. */
export function sheetRows(xml: string, strings: string[]): RawRow[] {
  const byRow = new Map<number, Map<number, string>>();
  const merges: Array<{ r0: number; c0: number; r1: number; c1: number }> = [];
  let rowNumber = 0;
  let ref = '';
  let type = '';
  let value = '';
  let inValue = false;
  for (const tok of tokenizeXml(xml)) {
    if (tok.kind === 'text') { if (inValue) value += tok.text; continue; }
    const name = tok.name.replace(/^\w+:/, '');
    if (tok.kind === 'open') {
      if (name === 'row') rowNumber = Number(tok.attrs.r) || rowNumber + 1;
      else if (name === 'c') { ref = tok.attrs.r ?? ''; type = tok.attrs.t ?? ''; value = ''; if (tok.selfClosing) ref = ''; }
      else if ((name === 'v' || name === 't') && !tok.selfClosing) inValue = true;
      else if (name === 'mergeCell') {
        const [a, b] = (tok.attrs.ref ?? '').split(':').map(parseRef);
        if (a && b) merges.push({ r0: a.row, c0: a.col, r1: b.row, c1: b.col });
      }
    } else if (name === 'v' || name === 't') inValue = false;
    else if (name === 'c' && ref) {
      const at = parseRef(ref);
      const shown = type === 's' ? strings[Number(value)] ?? '' : type === 'b' ? (value === '1' ? 'TRUE' : 'FALSE') : value;
      if (at) {
        const row = byRow.get(at.row) ?? new Map<number, string>();
        row.set(at.col, shown);
        byRow.set(at.row, row);
      }
    }
  }
  const mergeAt = new Map<string, 'up' | 'left'>();
  for (const m of merges) {
    for (let r = m.r0; r <= m.r1; r++) {
      for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) mergeAt.set(`${r}:${c}`, c === m.c0 ? 'up' : 'left');
    }
    for (let r = m.r0; r <= m.r1; r++) if (!byRow.has(r)) byRow.set(r, new Map());
  }
  const width = Math.max(0, ...[...byRow.values()].map(r => Math.max(-1, ...r.keys()) + 1), ...merges.map(m => m.c1 + 1));
  return [...byRow.keys()].sort((a, b) => a - b).map(r => {
    const cells: RawCell[] = [];
    for (let c = 0; c < width; c++) {
      const cell: RawCell = { text: (byRow.get(r)?.get(c) ?? '').trim() };
      const merge = mergeAt.get(`${r}:${c}`);
      if (merge) cell.merge = merge;
      cells.push(cell);
    }
    return { row: r, cells };
  });
}

// helpers //////////////////////

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current: string | undefined;
  let inText = false;
  let inPhonetic = false;
  for (const tok of tokenizeXml(xml)) {
    if (tok.kind === 'text') { if (inText && !inPhonetic && current !== undefined) current += tok.text; continue; }
    const name = tok.name.replace(/^\w+:/, '');
    if (tok.kind === 'open') {
      if (name === 'si') current = tok.selfClosing ? (out.push(''), undefined) : '';
      else if (name === 't' && !tok.selfClosing) inText = true;
      else if (name === 'rPh') inPhonetic = true;
    } else if (name === 't') inText = false;
    else if (name === 'rPh') inPhonetic = false;
    else if (name === 'si') { out.push(current ?? ''); current = undefined; }
  }
  return out;
}

function firstSheetPath(workbook: string | undefined, rels: string | undefined): string | undefined {
  if (!workbook || !rels) return undefined;
  const sheet = tokenizeXml(workbook).find(t => t.kind === 'open' && t.name.replace(/^\w+:/, '') === 'sheet');
  const id = sheet?.kind === 'open' ? Object.entries(sheet.attrs).find(([k]) => k.endsWith(':id'))?.[1] : undefined;
  const rel = tokenizeXml(rels).find(t => t.kind === 'open' && t.attrs.Id === id);
  const target = rel?.kind === 'open' ? rel.attrs.Target : undefined;
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col: col - 1 };
}
