/**
 * The word-level search against a reference written directly from the ranking rules over the folded texts
 * (substring tests on whole strings, no index), over random libraries and every keystroke of random queries.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, incrementalSearch, searchKey, searchProcedures } from '@/core/index.ts';

const SYLLABLES = ['đăng', 'ký', 'khai', 'sinh', 'cấp', 'giấy', 'phép', 'xây', 'dựng', 'hộ', 'kinh', 'doanh', 'đất'];
const EXTRA = ['đai', 'tư', 'pháp', 'sở', 'ủy', 'ban', 'lại', 'đổi', 'số', 'an', 'ninh', 'dân', 'cư', 'trú'];
const WORDS = [...SYLLABLES, ...EXTRA];

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const words = (text: string) =>
  searchKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Rec {
  id: string;
  code?: string;
  name: string;
  field?: string;
  agency?: string;
}

/** The rules as the search documents them, on whole folded strings. */
function referenceTier(r: Rec, query: string): number {
  const q = searchKey(query).trim();
  const code = r.code ? searchKey(r.code).trim() : '';
  const compact = q.replace(/[^\p{L}\p{N}]+/gu, '');
  const compactCode = code.replace(/[^\p{L}\p{N}]+/gu, '');
  const parts = words(q).split(' ');
  const name = ' ' + words(r.name);
  const haystack = [name, words(code), words(r.field ?? ''), words(r.agency ?? '')].join(' ');
  if (code && (code === q || (compact && compactCode === compact))) return 0;
  if (code && (code.startsWith(q) || (compact && compactCode.startsWith(compact)))) return 1;
  if (name.startsWith(' ' + words(q))) return 2;
  let pos = 0;
  const inOrder = parts.every((p) => {
    const at = name.indexOf(' ' + p, pos);
    pos = at + p.length + 1;
    return at >= 0;
  });
  if (inOrder) return 3;
  if (parts.every((p) => name.includes(' ' + p))) return 4;
  if (parts.every((p) => name.includes(p))) return 5;
  return parts.every((p) => haystack.includes(p)) ? 6 : -1;
}

function referenceSearch(records: Rec[], query: string): string[] {
  if (!words(query)) return [...records].sort((a, b) => collator.compare(a.name, b.name)).map((r) => r.id);
  const order = new Map(
    records
      .map((r, i) => [r, i] as const)
      .sort(([a, i], [b, j]) => collator.compare(a.name, b.name) || i - j)
      .map(([r], k) => [r.id, k]),
  );
  return records
    .map((r) => ({ r, tier: referenceTier(r, query) }))
    .filter((x) => x.tier >= 0)
    .sort((a, b) => a.tier - b.tier || order.get(a.r.id)! - order.get(b.r.id)!)
    .map((x) => x.r.id);
}

describe('search against its rules', () => {
  it('ranks as the reference over random libraries, for every keystroke, typed and searched anew', () => {
    const next = random(20261202);
    const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
    const phrase = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
    for (let library = 0; library < 6; library++) {
      const records: Rec[] = Array.from({ length: 120 }, (_, i) => ({
        id: `p${i}`,
        code: next() < 0.9 ? `${1 + (i % 3)}.${String(Math.floor(next() * 1e6)).padStart(6, '0')}` : undefined,
        name: `${phrase(1 + Math.floor(next() * 5))}${next() < 0.3 ? ` (${i})` : ''}`,
        field: next() < 0.8 ? phrase(2) : undefined,
        agency: next() < 0.7 ? `Sở ${phrase(1)}` : undefined,
      }));
      const index = buildSearchIndex(records);
      const typing = incrementalSearch(index);
      for (let k = 0; k < 12; k++) {
        const text =
          next() < 0.2
            ? (records[Math.floor(next() * records.length)]!.code ?? 'x').slice(0, 6)
            : // whole words, parts of words and words from inside others
              phrase(1 + Math.floor(next() * 3)).slice(Math.floor(next() * 3));
        for (let i = 1; i <= text.length; i++) {
          const query = text.slice(0, i);
          const expected = referenceSearch(records, query);
          expect(
            searchProcedures(index, query).map((r) => r.id),
            query,
          ).toEqual(expected);
          expect(
            typing.search(query).map((r) => r.id),
            query,
          ).toEqual(expected);
        }
      }
    }
  });
});
