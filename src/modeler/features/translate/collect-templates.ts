/**
 * Node-only (tests and scripts): finds the templates that library code passes to the
 * diagram-js `translate` service, so the Vietnamese dictionary can be checked for coverage.
 *
 * A small JavaScript tokenizer is used instead of a regular expression so that comments,
 * string contents (`'translate(' + shift`), regex literals and split-over-lines calls are
 * handled correctly without pulling a full parser into the project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A `translate(...)` call whose template is not a literal, e.g. `translate(label)`. */
export interface DynamicTranslateCall {
  file: string;
  line: number;
  /** Source text of the first argument, whitespace collapsed. */
  expression: string;
}

/** Everything found in one source text. */
export interface TranslateScan {
  /** Literal templates, including identifiers bound to a string constant in the same file. */
  templates: { template: string; line: number }[];
  dynamic: { line: number; expression: string }[];
}

type TokenKind = 'str' | 'tpl' | 'id' | 'num' | 're' | 'punct';

interface Token {
  kind: TokenKind;
  /** Cooked value for `str`, raw text otherwise. */
  value: string;
  start: number;
  end: number;
}

/** Directory names never scanned: library tests would add templates users never see. */
const SKIPPED_DIRS = new Set(['test', 'tests', 'spec', '__tests__', '__mocks__', 'node_modules']);
const SCANNED_FILE = /\.(?:m|c)?js$/;
const SKIPPED_FILE = /\.(?:spec|test)\.(?:m|c)?js$/;

/** Keywords after which a `/` starts a regex literal rather than a division. */
const REGEX_PREFIX_KEYWORDS = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await'
]);

const ID_START = /[\p{ID_Start}$_]/u;
const ID_PART = /[\p{ID_Continue}$\u200c\u200d]/u;

/**
 * Scan `.js` files under `roots` (skipping test/spec folders and files) and map every literal
 * template passed to `translate(...)` / `this._translate(...)` to the files it appears in.
 */
export function collectTranslateTemplates(roots: string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const file of listSourceFiles(roots)) {
    for (const { template } of scanTranslateCalls(readFileSync(file, 'utf8')).templates) {
      const files = result.get(template) ?? [];
      if (!files.includes(file)) files.push(file);
      result.set(template, files);
    }
  }
  return result;
}

/**
 * Calls under `roots` whose template cannot be read from the source (variables, concatenation,
 * interpolated template literals). Their templates must be accounted for by hand.
 */
export function collectDynamicTranslateCalls(roots: string[]): DynamicTranslateCall[] {
  const calls: DynamicTranslateCall[] = [];
  for (const file of listSourceFiles(roots)) {
    for (const call of scanTranslateCalls(readFileSync(file, 'utf8')).dynamic) calls.push({ file, ...call });
  }
  return calls;
}

/** Find the `translate` service calls in one JavaScript source text. */
export function scanTranslateCalls(source: string): TranslateScan {
  const tokens = tokenize(source);
  const constants = stringConstants(tokens);
  const lineOf = lineLocator(source);
  const scan: TranslateScan = { templates: [], dynamic: [] };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'id' || (token.value !== 'translate' && token.value !== '_translate')) continue;
    const previous = tokens[i - 1];
    // `matrix.translate(...)` is SVG, `function translate(...)` a declaration; `this._translate(...)` is the service.
    if (token.value === 'translate' && previous && (isPunct(previous, '.') || isId(previous, 'function'))) continue;
    const open = tokens[i + 1];
    if (!open || !isPunct(open, '(')) continue;

    const args = splitArguments(tokens, i + 1);
    if (!args) continue;
    const after = tokens[args.close + 1];
    if (after && isPunct(after, '{')) continue; // method definition `translate(template) { ... }`
    // The service takes (template, replacements); tiny-svg's translate(gfx, x, y) takes three.
    if (args.list.length === 0 || args.list.length > 2) continue;

    const first = args.list[0]!;
    const line = lineOf(token.start);
    const only = first.length === 1 ? first[0] : undefined;
    if (only?.kind === 'str') {
      scan.templates.push({ template: only.value, line });
    } else if (only?.kind === 'id' && constants.has(only.value)) {
      scan.templates.push({ template: constants.get(only.value)!, line });
    } else if (first.length > 0) {
      const text = source.slice(first[0]!.start, first[first.length - 1]!.end);
      scan.dynamic.push({ line, expression: text.replace(/\s+/g, ' ') });
    }
  }
  return scan;
}

/** All scannable files under `roots`, sorted for stable output. */
function listSourceFiles(roots: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(path);
      } else if (entry.isFile() && SCANNED_FILE.test(entry.name) && !SKIPPED_FILE.test(entry.name)) {
        files.push(path);
      }
    }
  };
  for (const root of roots) walk(root);
  return files.sort();
}

/**
 * `var NAME = 'text'` style declarations; a name declared twice with different values is
 * dropped because the scan cannot tell which one a call sees.
 */
function stringConstants(tokens: Token[]): Map<string, string> {
  const found = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (let i = 0; i + 4 < tokens.length; i++) {
    const [keyword, name, equals, value, end] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!, tokens[i + 3]!, tokens[i + 4]!];
    const isDeclaration = keyword.kind === 'id' && (keyword.value === 'var' || keyword.value === 'let' || keyword.value === 'const');
    if (!isDeclaration || name.kind !== 'id' || !isPunct(equals, '=') || value.kind !== 'str') continue;
    if (!(isPunct(end, ';') || isPunct(end, ','))) continue;
    const known = found.get(name.value);
    if (known !== undefined && known !== value.value) ambiguous.add(name.value);
    found.set(name.value, value.value);
  }
  for (const name of ambiguous) found.delete(name);
  return found;
}

/** Top-level arguments of the call whose `(` is at `openIndex`, or undefined if unbalanced. */
function splitArguments(tokens: Token[], openIndex: number): { list: Token[][]; close: number } | undefined {
  const list: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  for (let i = openIndex + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') {
      if (token.value === '(' || token.value === '[' || token.value === '{') depth++;
      else if (token.value === ')' || token.value === ']' || token.value === '}') {
        if (depth === 0) {
          if (token.value !== ')') return undefined;
          if (current.length > 0) list.push(current);
          return { list, close: i };
        }
        depth--;
      } else if (token.value === ',' && depth === 0) {
        list.push(current);
        current = [];
        continue;
      }
    }
    current.push(token);
  }
  return undefined;
}

/**
 * Split JavaScript into tokens, dropping comments. Template literals without `${}` become
 * `str` tokens; interpolated ones become a `tpl` token and their expressions are tokenized too.
 */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  /** Brace depth inside each open `${ ... }`, innermost last. */
  const interpolations: number[] = [];
  let i = source.startsWith('#!') ? source.indexOf('\n') + 1 || source.length : 0;

  const push = (kind: TokenKind, value: string, start: number, end: number): void => {
    tokens.push({ kind, value, start, end });
  };

  /**
   * Scan template text from `from` (just after a backtick, or the `}` closing an interpolation);
   * a whole literal without `${}` becomes one `str` token, every other piece a `tpl` token.
   */
  const scanTemplate = (from: number, start: number, head: boolean): number => {
    let j = from;
    let cooked = '';
    while (j < source.length) {
      const ch = source[j]!;
      if (ch === '\\') {
        const escape = readEscape(source, j);
        cooked += escape.value;
        j = escape.end;
      } else if (ch === '`') {
        if (head) push('str', cooked, start, j + 1);
        else push('tpl', source.slice(start, j + 1), start, j + 1);
        return j + 1;
      } else if (ch === '$' && source[j + 1] === '{') {
        push('tpl', source.slice(start, j + 2), start, j + 2);
        interpolations.push(0);
        return j + 2;
      } else {
        cooked += ch;
        j++;
      }
    }
    push(head ? 'str' : 'tpl', head ? cooked : source.slice(start, j), start, j);
    return j;
  };

  while (i < source.length) {
    const ch = source[i]!;
    const next = source[i + 1];

    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (ch === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (ch === '\'' || ch === '"') {
      let j = i + 1;
      let cooked = '';
      while (j < source.length && source[j] !== ch && source[j] !== '\n') {
        if (source[j] === '\\') {
          const escape = readEscape(source, j);
          cooked += escape.value;
          j = escape.end;
        } else {
          cooked += source[j];
          j++;
        }
      }
      push('str', cooked, i, j + 1);
      i = j + 1;
    } else if (ch === '`') {
      i = scanTemplate(i + 1, i, true);
    } else if (ch === '}' && interpolations.length > 0 && interpolations[interpolations.length - 1] === 0) {
      interpolations.pop();
      i = scanTemplate(i + 1, i, false);
    } else if (ch === '/' && regexAllowed(tokens[tokens.length - 1])) {
      let j = i + 1;
      let inClass = false;
      while (j < source.length && source[j] !== '\n') {
        const c = source[j]!;
        if (c === '\\') j++;
        else if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) break;
        j++;
      }
      j++;
      while (j < source.length && /[a-z]/i.test(source[j]!)) j++;
      push('re', source.slice(i, j), i, j);
      i = j;
    } else if (ID_START.test(ch) || ch === '\\') {
      let j = i + 1;
      while (j < source.length && ID_PART.test(source[j]!)) j++;
      push('id', source.slice(i, j), i, j);
      i = j;
    } else if (/[0-9]/.test(ch) || (ch === '.' && next !== undefined && /[0-9]/.test(next))) {
      let j = i + 1;
      while (j < source.length && /[\w.]/.test(source[j]!)) j++;
      push('num', source.slice(i, j), i, j);
      i = j;
    } else {
      if (interpolations.length > 0) {
        const top = interpolations.length - 1;
        if (ch === '{') interpolations[top] = interpolations[top]! + 1;
        else if (ch === '}') interpolations[top] = interpolations[top]! - 1;
      }
      push('punct', ch, i, i + 1);
      i++;
    }
  }
  return tokens;
}

/** Whether a `/` after `previous` starts a regex literal. */
function regexAllowed(previous: Token | undefined): boolean {
  if (!previous) return true;
  if (previous.kind === 'punct') return !(previous.value === ')' || previous.value === ']' || previous.value === '}');
  if (previous.kind === 'id') return REGEX_PREFIX_KEYWORDS.has(previous.value);
  return false;
}

/** Decode the escape sequence starting at the backslash at `at`. */
function readEscape(source: string, at: number): { value: string; end: number } {
  const ch = source[at + 1];
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };
  if (ch === undefined) return { value: '', end: at + 1 };
  if (ch === '\r' && source[at + 2] === '\n') return { value: '', end: at + 3 };
  if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') return { value: '', end: at + 2 };
  if (ch === 'x') {
    const hex = source.slice(at + 2, at + 4);
    if (/^[0-9a-f]{2}$/i.test(hex)) return { value: String.fromCharCode(parseInt(hex, 16)), end: at + 4 };
  }
  if (ch === 'u') {
    const braced = /^\{([0-9a-f]+)\}/i.exec(source.slice(at + 2, at + 12));
    if (braced) return { value: String.fromCodePoint(parseInt(braced[1]!, 16)), end: at + 2 + braced[0].length };
    const hex = source.slice(at + 2, at + 6);
    if (/^[0-9a-f]{4}$/i.test(hex)) return { value: String.fromCharCode(parseInt(hex, 16)), end: at + 6 };
  }
  const value = Object.hasOwn(simple, ch) && !/[0-9]/.test(source[at + 2] ?? '') ? simple[ch]! : ch;
  return { value, end: at + 2 };
}

/** Maps a character offset to its 1-based line number. */
function lineLocator(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

function isPunct(token: Token, value: string): boolean {
  return token.kind === 'punct' && token.value === value;
}

function isId(token: Token, value: string): boolean {
  return token.kind === 'id' && token.value === value;
}
