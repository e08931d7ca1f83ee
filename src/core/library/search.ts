/**
 * Search-as-you-type over the procedure library, ignoring case and Vietnamese diacritics
 * (`dang ky khai sinh` finds `Đăng ký khai sinh`). Texts are folded and split into words once in
 * `buildSearchIndex`; a keystroke compares each query word with the distinct words once, then reads flags per
 * record and sorts one typed array, and with `incrementalSearch` only over the records the previous keystroke
 * matched.
 */
import { foldDiacritics } from '../text/fold.ts';
import { nameOrderKey } from '../text/name-order.ts';

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
  /** `nameOrderKey(name)` when the caller already has it (the library stores it); computed otherwise. */
  nameOrder?: string;
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

/**
 * Folded keys of each record, computed once; build a new index when the records change. Names and the other
 * searched texts are kept as word numbers into one vocabulary, so a keystroke compares the query with each
 * distinct word once and then reads, per record, a few flags instead of scanning its texts.
 */
export interface SearchIndex<T extends SearchableProcedure = SearchableProcedure> {
  readonly records: readonly T[];
  /** Folded, lower-case code. */
  readonly codes: readonly string[];
  /** The code with only letters and digits (`1.000948.H38` → `1000948h38`). */
  readonly compactCodes: readonly string[];
  /** The distinct folded, lower-case words of every record's name, code, field and agency. */
  readonly vocabulary: readonly string[];
  /**
   * Word numbers (into `vocabulary`): record i's name words in order at `wordIds[wordStart[i] .. nameEnd[i])`,
   * then the words of its code, field and agency up to `wordStart[i + 1]`.
   */
  readonly wordIds: Int32Array;
  readonly wordStart: Int32Array;
  readonly nameEnd: Int32Array;
  /** rank[i]: position of record i in Vietnamese name order. */
  readonly rank: Int32Array;
  /** byRank[r]: the record at name-order position r. */
  readonly byRank: Int32Array;
}

/** Precompute the folded keys, the words and the Vietnamese name order of `records`. */
export function buildSearchIndex<T extends SearchableProcedure>(records: readonly T[]): SearchIndex<T> {
  const n = records.length;
  const codes: string[] = new Array(n);
  const compactCodes: string[] = new Array(n);
  const vocabulary: string[] = [];
  const numbers = new Map<string, number>();
  const ids: number[] = [];
  const wordStart = new Int32Array(n + 1);
  const nameEnd = new Int32Array(n);
  const add = (text: string): void => {
    for (const word of text.split(NON_WORD)) {
      if (!word) continue;
      let id = numbers.get(word);
      if (id === undefined) {
        id = vocabulary.length;
        vocabulary.push(word);
        numbers.set(word, id);
      }
      ids.push(id);
    }
  };
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    const code = r.code ? fastKey(r.code).trim() : '';
    codes[i] = code;
    compactCodes[i] = code.replace(NON_WORD, '');
    wordStart[i] = ids.length;
    add(typeof r.searchKey === 'string' ? r.searchKey : fastKey(r.name ?? ''));
    nameEnd[i] = ids.length;
    add(code);
    add(fastKey(r.field ?? ''));
    add(fastKey(r.agency ?? ''));
  }
  wordStart[n] = ids.length;
  // Vietnamese name order by the keys that sort as the collator does (the library's index reads in this order)
  const order = records.map((r) => (typeof r.nameOrder === 'string' ? r.nameOrder : nameOrderKey(r.name ?? '')));
  const byRank = Int32Array.from({ length: n }, (_, i) => i);
  byRank.sort((a, b) => (order[a]! < order[b]! ? -1 : order[a]! > order[b]! ? 1 : a - b));
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[byRank[r]!] = r;
  return {
    records,
    codes,
    compactCodes,
    vocabulary,
    wordIds: Int32Array.from(ids),
    wordStart,
    nameEnd,
    rank,
    byRank,
  };
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
  return recordsAt(index, rankedMatches(index, fastKey(query).trim(), filters, new Map()).at, limit);
}

/** Search as you type: `searchProcedures` that remembers its last answers over one index. */
export interface IncrementalSearch<T extends SearchableProcedure = SearchableProcedure> {
  /** The same records, in the same order, as `searchProcedures(index, query, filters)`. */
  search(query: string, filters?: SearchFilters): T[];
}

/** How many recent answers a search as you type keeps (typing back over them costs a lookup). */
const RECENT_ANSWERS = 32;
/** How many query words' vocabulary flags it keeps (a word typed letter by letter narrows the last one's). */
const RECENT_WORDS = 256;

/**
 * A search as you type over `index`. A query that extends the previous one can only match records the
 * previous one matched, and none better than it did (each of its words contains one of the previous
 * words; a code prefix stays a prefix), so a keystroke looks only at the previous matches and, for each,
 * only at its tier and worse ones. Likewise a query word that extends a word already looked up is compared
 * only with the vocabulary words that contained that one. Recent answers are kept for typing back.
 */
export function incrementalSearch<T extends SearchableProcedure>(index: SearchIndex<T>): IncrementalSearch<T> {
  const recent = new Map<string, Matches>();
  const wordFlags: WordFlagsCache = new Map();
  let last: { q: string; filters: string; matches: Matches } | null = null;
  return {
    search(query, filters = {}) {
      const q = fastKey(query).trim();
      const f = filterKey(filters);
      const key = f + '\u0000' + q;
      let matches = recent.get(key);
      if (!matches) {
        const narrow = last && last.filters === f && words(last.q) && q.startsWith(last.q);
        if (wordFlags.size >= RECENT_WORDS) wordFlags.clear();
        matches = rankedMatches(index, q, filters, wordFlags, narrow ? last!.matches : undefined);
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

/** Per vocabulary word, how it holds one query word: bits CONTAINS, STARTS, EQUALS. */
interface WordFlags {
  flags: Uint8Array;
  /** The vocabulary words that contain the query word (all others have no flag). */
  hits: Int32Array;
}
type WordFlagsCache = Map<string, WordFlags>;
const CONTAINS = 1;
const STARTS = 2;
const EQUALS = 4;

/** How each vocabulary word holds `part`, narrowed from a cached shorter prefix of it when there is one. */
function flagsOf(vocabulary: readonly string[], part: string, cache: WordFlagsCache): WordFlags {
  const cached = cache.get(part);
  if (cached) return cached;
  let base: WordFlags | undefined;
  for (let len = part.length - 1; len > 0 && !base; len--) base = cache.get(part.slice(0, len));
  const flags = new Uint8Array(vocabulary.length);
  const scan = base ? base.hits.length : vocabulary.length;
  const hits = new Int32Array(scan);
  let found = 0;
  for (let k = 0; k < scan; k++) {
    const id = base ? base.hits[k]! : k;
    const word = vocabulary[id]!;
    const at = word.indexOf(part);
    if (at < 0) continue;
    hits[found++] = id;
    flags[id] = at ? CONTAINS : word.length === part.length ? CONTAINS | STARTS | EQUALS : CONTAINS | STARTS;
  }
  const result = { flags, hits: hits.slice(0, found) };
  cache.set(part, result);
  return result;
}

/**
 * The records matching the folded query `q`, best first (see `searchProcedures`). Given the matches of a
 * query that `q` extends, only those are looked at, each from its tier on.
 */
function rankedMatches<T extends SearchableProcedure>(
  index: SearchIndex<T>,
  q: string,
  filters: SearchFilters,
  wordFlags: WordFlagsCache,
  within?: Matches,
): Matches {
  const { records, rank, byRank } = index;
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

  const query: Query = {
    q,
    compact: q.replace(NON_WORD, ''),
    parts: qWords.split(' ').map((part) => flagsOf(index.vocabulary, part, wordFlags).flags),
  };
  const scan = within ? within.at.length : n;
  const keys = new Float64Array(scan);
  let found = 0;
  for (let k = 0; k < scan; k++) {
    const i = within ? within.at[k]! : k;
    if (filtered && !passes(records[i]!)) continue;
    const tier = matchTier(index, i, query, within?.tiers ? within.tiers[k]! : 0);
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

/** A folded query: as typed, with only letters and digits, and each word's vocabulary flags. */
interface Query {
  q: string;
  compact: string;
  parts: Uint8Array[];
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

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

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
 * The tier index of MATCH_TIERS of record `i`, or -1 for no match; tiers better than `from` are not tried
 * (the record is known not to reach them). Reads the record's word numbers and the query words' flags only;
 * allocation-free.
 */
function matchTier(index: SearchIndex, i: number, query: Query, from: number): number {
  const { q, compact, parts } = query;
  if (from <= 1) {
    const code = index.codes[i]!;
    if (code) {
      const compactCode = index.compactCodes[i]!;
      if (code === q || (compact && compactCode === compact)) return 0;
      if (code.startsWith(q) || (compact && compactCode.startsWith(compact))) return 1;
    }
  }
  const { wordIds: ids, wordStart, nameEnd } = index;
  const start = wordStart[i]!;
  const end = nameEnd[i]!;
  const m = parts.length;
  // the name begins with the query: its first words equal the query's, the last one starting the next word
  if (from <= 2 && end - start >= m) {
    let j = 0;
    while (j < m - 1 && parts[j]![ids[start + j]!]! & EQUALS) j++;
    if (j === m - 1 && parts[j]![ids[start + j]!]! & STARTS) return 2;
  }
  if (from <= 4) {
    // each query word starts a name word: in order (each after the previous one's) or in any order
    let inOrder = from <= 3;
    let all = true;
    let pos = start;
    for (let j = 0; j < m && all; j++) {
      const flags = parts[j]!;
      if (inOrder) {
        let k = pos;
        while (k < end && !(flags[ids[k]!]! & STARTS)) k++;
        if (k < end) {
          pos = k + 1;
          continue;
        }
        inOrder = false;
      }
      all = hasWord(ids, start, end, flags, STARTS);
    }
    if (inOrder) return 3;
    if (all) return 4;
  }
  let inName = from <= 5;
  for (let j = 0; j < m && inName; j++) inName = hasWord(ids, start, end, parts[j]!, CONTAINS);
  if (inName) return 5;
  const last = wordStart[i + 1]!;
  for (let j = 0; j < m; j++) if (!hasWord(ids, start, last, parts[j]!, CONTAINS)) return -1;
  return 6;
}

/** Whether one of the words `ids[from .. to)` has `flag` for a query word. */
function hasWord(ids: Int32Array, from: number, to: number, flags: Uint8Array, flag: number): boolean {
  for (let k = from; k < to; k++) if (flags[ids[k]!]! & flag) return true;
  return false;
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
