/**
 * Replaces diagram-js's `search` service so the search pad (Ctrl+F) ignores Vietnamese diacritics:
 * `tham dinh` finds `Thẩm định`. Matching runs on folded text; highlights are mapped back to the original.
 */
import search from 'diagram-js/lib/features/search/search.js';
import { foldDiacritics } from '@/core/index.ts';

interface Token {
  value?: string;
  matched?: string;
  normal?: string;
  match?: boolean;
}
interface Result<T> {
  item: T;
  tokens: Record<string, Token[]>;
}
type Item = Record<string, unknown>;
type SearchFn = (items: Item[], pattern: string, options: { keys: string[] }) => Array<Result<Item>>;

/** Put the original text back into tokens computed on its folded form (same length, char for char). */
function restoreTokens(tokens: Token[] | undefined, original: string): Token[] {
  const text = original.normalize('NFC');
  let offset = 0;
  return (tokens ?? []).map((token) => {
    const length = (token.value ?? token.matched ?? token.normal ?? '').length;
    const value = text.slice(offset, offset + length);
    offset += length;
    return token.match ? { value, match: true, matched: value } : { value, normal: value };
  });
}

export function foldingSearch(items: Item[], pattern: string, options: { keys: string[] }): Array<Result<Item>> {
  const folded = items.map((original) => {
    const copy: Item = { original };
    for (const key of options.keys) copy[key] = foldDiacritics(String(original[key] ?? ''));
    return copy;
  });
  return (search as unknown as SearchFn)(folded, foldDiacritics(pattern), options).map((result) => {
    const original = result.item.original as Item;
    const tokens: Record<string, Token[]> = {};
    for (const key of options.keys) tokens[key] = restoreTokens(result.tokens[key], String(original[key] ?? ''));
    return { item: original, tokens };
  });
}

export default {
  search: ['value', foldingSearch],
};
