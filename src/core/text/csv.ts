/**
 * The one CSV writer of the studio: UTF-8 with BOM (spreadsheets then read Vietnamese), comma, CRLF,
 * RFC 4180 quoting, and every cell a spreadsheet would run as a formula neutralised (OWASP "CSV Injection":
 * a cell starting with = + - @ tab or carriage return gets a leading single quote).
 */

/** Characters that make a spreadsheet read a cell as a formula when they open it. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain signed number ("-1.5", "+2", "-30%") is left as it is: it runs nothing and stays a number. */
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)*%?$/;

/** One CSV field: neutralised when it could start a formula, quoted when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text of `rows` (an empty row writes an empty line). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
