/**
 * DOCX → tables: unzip, read word/document.xml, and turn every top-level w:tbl into rows of cell texts.
 * Horizontal merges (w:gridSpan) and vertical merges (w:vMerge) become `merge: 'left' | 'up'` cells,
 * so a time written once for several steps is known to be shared, not missing.
 */
import { strFromU8, unzipSync } from 'fflate';
import { walkXml } from './read-xml.ts';
import type { RawCell, RawRow, RawTable } from './types.ts';

/** The tables of a .docx file, in document order (nested tables are read as text of their cell). */
export function readDocx(bytes: Uint8Array): RawTable[] {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  const doc = files['word/document.xml'];
  if (!doc) throw new Error('word/document.xml is missing: not a Word document');
  return docxTables(strFromU8(doc));
}

/** The tables of a WordprocessingML document body. */
export function docxTables(xml: string): RawTable[] {
  const tables: RawTable[] = [];
  let depth = 0;
  let rows: RawRow[] = [];
  let cells: RawCell[] = [];
  let text = '';
  let span = 1;
  let vMerge: 'restart' | 'continue' | undefined;
  let inText = false;
  walkXml(xml, {
    text(run) {
      if (inText && depth > 0) text += run;
    },
    open(name, attrs, selfClosing) {
      if (name === 'w:tbl') {
        if (!selfClosing && ++depth === 1) rows = [];
        return;
      }
      if (depth === 0) return;
      if (name === 'w:t' && !selfClosing) inText = true;
      else if (name === 'w:tab') text += ' ';
      else if (name === 'w:br' || name === 'w:cr') text += '\n';
      else if (depth > 1) return;
      else if (name === 'w:tr') cells = [];
      else if (name === 'w:tc') {
        text = '';
        span = 1;
        vMerge = undefined;
      } else if (name === 'w:gridSpan') span = Math.max(1, Number(attrs()['w:val']) || 1);
      else if (name === 'w:vMerge') vMerge = attrs()['w:val'] === 'restart' ? 'restart' : 'continue';
    },
    close(name) {
      if (name === 'w:t') inText = false;
      else if (name === 'w:tbl') {
        if (--depth === 0) tables.push({ rows, label: `table ${tables.length + 1}` });
      } else if (depth === 0) return;
      else if (name === 'w:p') text += '\n';
      else if (depth > 1) return;
      else if (name === 'w:tc') {
        const cell: RawCell = {
          text: text
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .join('\n'),
        };
        if (vMerge === 'continue') cell.merge = 'up';
        cells.push(cell);
        for (let i = 1; i < span; i++) cells.push({ text: '', merge: 'left' });
      } else if (name === 'w:tr') rows.push({ row: rows.length + 1, cells });
    },
  });
  return tables;
}
