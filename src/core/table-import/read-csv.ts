/** CSV (RFC 4180) → rows: `,` `;` or tab delimited (detected), quoted fields with newlines, UTF-8 with or without BOM, UTF-16 with BOM. */
import { strFromU8 } from 'fflate';
import type { RawRow, RawTable } from './types.ts';

/** Text of a CSV file's bytes: UTF-16 (LE/BE) when its BOM says so, else UTF-8; the BOM is dropped. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), false);
  const text = strFromU8(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The delimiter used by the first record: the most frequent of `,` `;` tab outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text.slice(0, 4000)) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c] = (counts[c] ?? 0) + 1;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

/** Parse CSV text into records (row numbers count records from 1). */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): RawRow[] {
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    cells.push(wasQuoted ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  // a leading ' before = + - @ tab or CR is the formula guard the studio's CSV writer adds (text/csv.ts): not part of the text
  const endRow = () => {
    endField();
    rows.push({ row: rows.length + 1, cells: cells.map((text) => ({ text: text.replace(/^'(?=[=+\-@\t\r])/, '') })) });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (c === delimiter) endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || cells.length || wasQuoted) endRow();
  return rows;
}

/** The one table of a CSV file. */
export function readCsv(bytes: Uint8Array): RawTable[] {
  return [{ rows: parseCsv(decodeText(bytes)) }];
}

// helpers //////////////////////

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const code = littleEndian
      ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8)
      : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
    out += String.fromCharCode(code);
  }
  return out;
}
