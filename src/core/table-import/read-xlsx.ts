/**
 * XLSX → rows: unzip, read the first worksheet with its shared strings and merged ranges. Our own reader on
 * fflate and saxen (bytes in, rows out, no Node or DOM) so the app and the CLI read workbooks the same way and
 * merged cells are known (a time written once for several steps is shared, not missing), which spreadsheet
 * libraries that return values only do not tell.
 */
import { strFromU8, unzipSync } from 'fflate';
import { localName, walkXml } from './read-xml.ts';
import type { RawCell, RawRow, RawTable } from './types.ts';

/** The first worksheet of an .xlsx file as one table (row numbers are the sheet's). */
export function readXlsx(bytes: Uint8Array): RawTable[] {
  const files = unzipSync(bytes, {
    filter: (f) => (f.name.startsWith('xl/') && f.name.endsWith('.xml')) || f.name.endsWith('.rels'),
  });
  const text = (name: string) => {
    const f = files[name];
    return f ? strFromU8(f) : undefined;
  };
  const sheetPath =
    firstSheetPath(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')) ??
    Object.keys(files)
      .filter((n) => n.startsWith('xl/worksheets/') && n.endsWith('.xml'))
      .sort()[0];
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
  walkXml(xml, {
    text(run) {
      if (inValue) value += run;
    },
    open(tag, attrs, selfClosing) {
      const name = localName(tag);
      if (name === 'row') rowNumber = Number(attrs().r) || rowNumber + 1;
      else if (name === 'c') {
        ref = attrs().r ?? '';
        type = attrs().t ?? '';
        value = '';
        if (selfClosing) ref = '';
      } else if ((name === 'v' || name === 't') && !selfClosing) inValue = true;
      else if (name === 'mergeCell') {
        const [a, b] = (attrs().ref ?? '').split(':').map(parseRef);
        if (a && b) merges.push({ r0: a.row, c0: a.col, r1: b.row, c1: b.col });
      }
    },
    close(tag) {
      const name = localName(tag);
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'c' && ref) {
        const at = parseRef(ref);
        const shown =
          type === 's' ? (strings[Number(value)] ?? '') : type === 'b' ? (value === '1' ? 'TRUE' : 'FALSE') : value;
        if (at) {
          const row = byRow.get(at.row) ?? new Map<number, string>();
          row.set(at.col, shown);
          byRow.set(at.row, row);
        }
      }
    },
  });
  const mergeAt = new Map<string, 'up' | 'left'>();
  for (const m of merges) {
    for (let r = m.r0; r <= m.r1; r++) {
      for (let c = m.c0; c <= m.c1; c++)
        if (r !== m.r0 || c !== m.c0) mergeAt.set(`${r}:${c}`, c === m.c0 ? 'up' : 'left');
    }
    for (let r = m.r0; r <= m.r1; r++) if (!byRow.has(r)) byRow.set(r, new Map());
  }
  const width = Math.max(
    0,
    ...[...byRow.values()].map((r) => Math.max(-1, ...r.keys()) + 1),
    ...merges.map((m) => m.c1 + 1),
  );
  return [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
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
  walkXml(xml, {
    text(run) {
      if (inText && !inPhonetic && current !== undefined) current += run;
    },
    open(tag, _attrs, selfClosing) {
      const name = localName(tag);
      if (name === 'si') current = selfClosing ? (out.push(''), undefined) : '';
      else if (name === 't' && !selfClosing) inText = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    close(tag) {
      const name = localName(tag);
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        out.push(current ?? '');
        current = undefined;
      }
    },
  });
  return out;
}

function firstSheetPath(workbook: string | undefined, rels: string | undefined): string | undefined {
  if (!workbook || !rels) return undefined;
  const id = firstAttrs(workbook, (name, attrs) =>
    localName(name) === 'sheet' ? Object.entries(attrs).find(([k]) => k.endsWith(':id'))?.[1] : undefined,
  );
  const target =
    id === undefined ? undefined : firstAttrs(rels, (_name, attrs) => (attrs.Id === id ? attrs.Target : undefined));
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** The first defined result of `pick` over the start tags of `xml`. */
function firstAttrs(
  xml: string,
  pick: (name: string, attrs: Record<string, string>) => string | undefined,
): string | undefined {
  let found: string | undefined;
  walkXml(xml, {
    open(name, attrs) {
      found ??= pick(name, attrs());
    },
  });
  return found;
}

function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col: col - 1 };
}
