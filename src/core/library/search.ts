/**
 * Search-as-you-type over the procedure library, ignoring case and Vietnamese diacritics
 * (`dang ky khai sinh` finds `Đăng ký khai sinh`). Keys are folded once in `buildSearchIndex`; a keystroke
 * only runs `startsWith`/`indexOf` on precomputed strings and sorts one typed array, and with
 * `incrementalSearch` only over the records the previous keystroke matched.
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
  return recordsAt(index, rankedMatches(index, fastKey(query).trim(), filters).at, limit);
}

/** Search as you type: `searchProcedures` that remembers its last answers over one index. */
export interface IncrementalSearch<T extends SearchableProcedure = SearchableProcedure> {
  /** The same records, in the same order, as `searchProcedures(index, query, filters)`. */
  search(query: string, filters?: SearchFilters): T[];
}

/** How many recent answers a search as you type keeps (typing back over them costs a lookup). */
const RECENT_ANSWERS = 32;

/**
 * A search as you type over `index`. A query that extends the previous one can only match records the
 * previous one matched, and none better than it did (each of its words contains one of the previous
 * words; a code prefix stays a prefix), so a keystroke looks only at the previous matches and, for each,
 * only at its tier and worse ones. Recent answers are kept for typing back.
 */
export function incrementalSearch<T extends SearchableProcedure>(index: SearchIndex<T>): IncrementalSearch<T> {
  const recent = new Map<string, Matches>();
  let last: { q: string; filters: string; matches: Matches } | null = null;
  return {
    search(query, filters = {}) {
      const q = fastKey(query).trim();
      const f = filterKey(filters);
      const key = f + '\u0000' + q;
      let matches = recent.get(key);
      if (!matches) {
        const narrow = last && last.filters === f && words(last.q) && q.startsWith(last.q);
        matches = rankedMatches(index, q, filters, narrow ? last!.matches : undefined);
        if (recent.size >= RECENT_ANSWERS) recent.delete(recent.keys().next().value as string);
      } else recent.delete(key);
      recent.set(key, matches);
      last = { q, filters: f, matches };
      return recordsAt(index, matches.at);
    },
  };
}

/** Matching record positions, best first, with each one's tier (MATCH_TIERS index; none for an empty query). */
interface Matches {
  at: Int32Array;
  tiers: Uint8Array | null;
}

/**
 * The records matching the folded query `q`, best first (see `searchProcedures`). Given the matches of a
 * query that `q` extends, only those are looked at, each from its tier on.
 */
function rankedMatches<T extends SearchableProcedure>(
  index: SearchIndex<T>,
  q: string,
  filters: SearchFilters,
  within?: Matches,
): Matches {
  const { records, codes, compactCodes, names, haystacks, rank, byRank } = index;
  const n = records.length;
  const qWords = words(q);
  const { field, level, agency, onlineLevel } = filters;
  const filtered = !!(field || level || agency || onlineLevel);
  const passes = (r: T): boolean =>
    (!field || r.field === field) &&
    (!level || r.level === level) &&
    (!agency || r.agency === agency) &&
    (!onlineLevel || r.onlineLevel === onlineLevel);

  if (!qWords) {
    if (!filtered) return { at: byRank, tiers: null };
    const out = new Int32Array(n);
    let found = 0;
    for (let k = 0; k < n; k++) if (passes(records[byRank[k]!]!)) out[found++] = byRank[k]!;
    return { at: out.slice(0, found), tiers: null };
  }

  const qCompact = q.replace(NON_WORD, '');
  const phrase = ' ' + qWords;
  const parts = qWords.split(' ');
  const starts = parts.map((w) => ' ' + w);
  const m = parts.length;
  const scan = within ? within.at.length : n;
  const keys = new Float64Array(scan);
  let found = 0;
  for (let k = 0; k < scan; k++) {
    const i = within ? within.at[k]! : k;
    if (filtered && !passes(records[i]!)) continue;
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
      within?.tiers ? within.tiers[k]! : 0,
    );
    if (tier >= 0) keys[found++] = tier * n + rank[i]!;
  }
  const sorted = keys.subarray(0, found).sort();
  const at = new Int32Array(found);
  const tiers = new Uint8Array(found);
  for (let k = 0; k < found; k++) {
    const key = sorted[k]!;
    at[k] = byRank[key % n]!;
    tiers[k] = Math.floor(key / n);
  }
  return { at, tiers };
}

function recordsAt<T extends SearchableProcedure>(index: SearchIndex<T>, hits: Int32Array, limit = Infinity): T[] {
  const count = Math.min(hits.length, limit);
  const out: T[] = new Array(count);
  for (let k = 0; k < count; k++) out[k] = index.records[hits[k]!]!;
  return out;
}

function filterKey({ field, level, agency, onlineLevel }: SearchFilters): string {
  return JSON.stringify([field || '', level || '', agency || '', onlineLevel || '']);
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

/**
 * The tier index of MATCH_TIERS, or -1 for no match; tiers better than `from` are not tried (the record
 * is known not to reach them). Allocation-free.
 */
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
  from: number,
): number {
  if (from <= 1 && code) {
    if (code === q || (qCompact && compactCode === qCompact)) return 0;
    if (code.startsWith(q) || (qCompact && compactCode.startsWith(qCompact))) return 1;
  }
  if (from <= 2 && name.startsWith(phrase)) return 2;
  if (from <= 4) {
    let inOrder = from <= 3;
    let all = true;
    let pos = 0;
    for (let j = 0; j < m; j++) {
      const s = starts[j]!;
      const at = inOrder ? name.indexOf(s, pos) : -1;
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
  }
  if (from <= 5) {
    let inName = true;
    for (let j = 0; j < m; j++)
      if (name.indexOf(parts[j]!) < 0) {
        inName = false;
        break;
      }
    if (inName) return 5;
  }
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
