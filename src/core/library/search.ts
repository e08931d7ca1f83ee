/**
 * Search-as-you-type over the procedure library, ignoring case and Vietnamese diacritics
 * (`dang ky khai sinh` finds `Đăng ký khai sinh`). Keys are folded once in `buildSearchIndex`; a keystroke
 * only runs `startsWith`/`indexOf` on precomputed strings and sorts one typed array.
 */
import { foldDiacritics } from '../text/fold.ts';

export interface SearchableProcedure {
  id: string;
  code?: string;
  name: string;
  field?: string;
  level?: string;
  agency?: string;
  onlineLevel?: string;
  /** `searchKey(name)` when the caller already has it (the library stores it); computed otherwise. */
  searchKey?: string;
}

/** Exact-value filters (values as stored, e.g. from `searchFacets`); an empty or missing one filters nothing. */
export interface SearchFilters {
  field?: string;
  level?: string;
  agency?: string;
  onlineLevel?: string;
}

/** Ranking tiers, best first: how a record matched the query. */
export const MATCH_TIERS = [
  'exactCode',
  'codePrefix',
  'nameStartsWith',
  'wordStartsInOrder',
  'wordStarts',
  'wordsInName',
  'wordsAnywhere',
] as const;

/** Folded keys of each record, computed once; build a new index when the records change. */
export interface SearchIndex<T extends SearchableProcedure = SearchableProcedure> {
  readonly records: readonly T[];
  /** Folded, lower-case code. */
  readonly codes: readonly string[];
  /** The code with only letters and digits (`1.000948.H38` → `1000948h38`). */
  readonly compactCodes: readonly string[];
  /** ' ' + the name's words joined by single spaces, folded and lower-cased. */
  readonly names: readonly string[];
  /** The name's words followed by those of code, field and agency, in the same form. */
  readonly haystacks: readonly string[];
  /** rank[i]: position of record i in Vietnamese name order. */
  readonly rank: Int32Array;
  /** byRank[r]: the record at name-order position r. */
  readonly byRank: Int32Array;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Precompute the folded keys and the Vietnamese name order of `records`. */
export function buildSearchIndex<T extends SearchableProcedure>(records: readonly T[]): SearchIndex<T> {
  const n = records.length;
  const codes: string[] = new Array(n);
  const compactCodes: string[] = new Array(n);
  const names: string[] = new Array(n);
  const haystacks: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    const code = r.code ? fastKey(r.code).trim() : '';
    codes[i] = code;
    compactCodes[i] = code.replace(NON_WORD, '');
    const name = ' ' + words(typeof r.searchKey === 'string' ? r.searchKey : fastKey(r.name ?? ''));
    names[i] = name;
    haystacks[i] =
      name + ' ' + words(code) + ' ' + words(fastKey(r.field ?? '')) + ' ' + words(fastKey(r.agency ?? ''));
  }
  const byRank = Int32Array.from({ length: n }, (_, i) => i);
  byRank.sort((a, b) => collator.compare(records[a]!.name ?? '', records[b]!.name ?? '') || a - b);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[byRank[r]!] = r;
  return { records, codes, compactCodes, names, haystacks, rank, byRank };
}

/**
 * The records matching `query` and `filters`, best first: exact code, code prefix, name starting with the
 * query, every query word starting a name word (in order first), all words in the name, all words in
 * code/field/agency; ties in Vietnamese name order. An empty query returns all filtered records by name.
 */
export function searchProcedures<T extends SearchableProcedure>(
  index: SearchIndex<T>,
  query: string,
  filters: SearchFilters = {},
  limit = Infinity,
): T[] {
  const { records, codes, compactCodes, names, haystacks, rank, byRank } = index;
  const n = records.length;
  const q = fastKey(query).trim();
  const qWords = words(q);
  const { field, level, agency, onlineLevel } = filters;
  const filtered = !!(field || level || agency || onlineLevel);
  const passes = (r: T): boolean =>
    (!field || r.field === field) &&
    (!level || r.level === level) &&
    (!agency || r.agency === agency) &&
    (!onlineLevel || r.onlineLevel === onlineLevel);

  const out: T[] = [];
  if (!qWords) {
    for (let k = 0; k < n && out.length < limit; k++) {
      const r = records[byRank[k]!]!;
      if (!filtered || passes(r)) out.push(r);
    }
    return out;
  }

  const qCompact = q.replace(NON_WORD, '');
  const phrase = ' ' + qWords;
  const parts = qWords.split(' ');
  const starts = parts.map((w) => ' ' + w);
  const m = parts.length;
  const keys = new Float64Array(n);
  let found = 0;
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    if (filtered && !passes(r)) continue;
    const tier = matchTier(
      codes[i]!,
      compactCodes[i]!,
      names[i]!,
      haystacks[i]!,
      q,
      qCompact,
      phrase,
      parts,
      starts,
      m,
    );
    if (tier >= 0) keys[found++] = tier * n + rank[i]!;
  }
  const sorted = keys.subarray(0, found).sort();
  const count = Math.min(found, limit);
  for (let k = 0; k < count; k++) out.push(records[byRank[sorted[k]! % n]!]!);
  return out;
}

/** The distinct values of each filterable field, in Vietnamese order, for filter menus. */
export function searchFacets(index: SearchIndex): Record<keyof SearchFilters, string[]> {
  const collect = (key: keyof SearchFilters): string[] =>
    [...new Set(index.records.map((r) => r[key]).filter((v): v is string => !!v))].sort(collator.compare);
  return {
    field: collect('field'),
    level: collect('level'),
    agency: collect('agency'),
    onlineLevel: collect('onlineLevel'),
  };
}

// helpers //////////////////////

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** The tier index of MATCH_TIERS, or -1 for no match. Allocation-free. */
function matchTier(
  code: string,
  compactCode: string,
  name: string,
  haystack: string,
  q: string,
  qCompact: string,
  phrase: string,
  parts: string[],
  starts: string[],
  m: number,
): number {
  if (code) {
    if (code === q || (qCompact && compactCode === qCompact)) return 0;
    if (code.startsWith(q) || (qCompact && compactCode.startsWith(qCompact))) return 1;
  }
  if (name.startsWith(phrase)) return 2;
  let inOrder = true;
  let all = true;
  let pos = 0;
  for (let j = 0; j < m; j++) {
    const s = starts[j]!;
    const at = name.indexOf(s, pos);
    if (at >= 0) {
      pos = at + s.length;
      continue;
    }
    inOrder = false;
    if (name.indexOf(s) < 0) {
      all = false;
      break;
    }
  }
  if (inOrder) return 3;
  if (all) return 4;
  let inName = true;
  for (let j = 0; j < m; j++)
    if (name.indexOf(parts[j]!) < 0) {
      inName = false;
      break;
    }
  if (inName) return 5;
  for (let j = 0; j < m; j++) if (haystack.indexOf(parts[j]!) < 0) return -1;
  return 6;
}

/** Folded words joined by single spaces (punctuation counts as a separator). */
function words(folded: string): string {
  return folded.replace(NON_WORD, ' ').trim();
}

const foldCache = new Map<string, string>();

/** `searchKey(text)` with a per-character cache: the same result, without normalizing each character again. */
function fastKey(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    if (c.charCodeAt(0) < 128) {
      out += c;
      continue;
    }
    let folded = foldCache.get(c);
    if (folded === undefined) {
      folded = foldDiacritics(c);
      foldCache.set(c, folded);
    }
    out += folded;
  }
  return out.toLowerCase();
}
