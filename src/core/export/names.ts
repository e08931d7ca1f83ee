/** Stable names for engines: candidate-group slugs of roles, task types, form keys and file names. */
import { foldDiacritics } from '../text/fold.ts';

/** A stable slug of a role or name: "Bộ phận Một cửa" → "bo-phan-mot-cua" (ASCII, lower case, dashes). */
export function slug(text: string): string {
  const s = foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

/** Quote a string for JavaScript and FEEL (double quotes, backslash escapes). */
export function quoteDouble(value: string): string {
  return JSON.stringify(value);
}

/** Quote a string for JUEL (single quotes, `\'` escapes). */
export function quoteSingle(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export { isVariableName } from '../rules/decisions.ts';
