/**
 * Replaces diagram-js's `search` service so the search pad (Ctrl+F) ignores Vietnamese diacritics:
 * `tham dinh` finds `Thẩm định`. Matching runs on folded text; highlights are mapped back to the original.
 */
import search, { type BaseToken, type SearchResult, type Token } from 'diagram-js/lib/features/search/search.js';
import { foldDiacritics } from '@/core/index.ts';

type Item = Record<string, unknown>;
/** What the search matches in one key of an item: a text, or a list of texts (e.g. several labels). */
type Text = string | string[];

function textOf(value: unknown): Text {
  return Array.isArray(value) ? value.map((v) => String(v ?? '')) : String(value ?? '');
}

function fold(text: Text): Text {
  return Array.isArray(text) ? text.map(foldDiacritics) : foldDiacritics(text);
}

/** Put the original text back into the tokens of its folded form (same length, char for char, from `index`). */
function restore(tokens: BaseToken[], original: string): BaseToken[] {
  const text = original.normalize('NFC');
  return tokens.map((token) => ({ ...token, value: text.slice(token.index, token.index + token.value.length) }));
}

/** A key's tokens with the original text: a list of texts has one token list per text. */
function restoreTokens(tokens: Token[] | undefined, original: Text): Token[] {
  if (!tokens) return [];
  if (Array.isArray(original))
    return tokens.map((list, i) => restore(Array.isArray(list) ? list : [list], original[i] ?? ''));
  return restore(tokens as BaseToken[], original);
}

export function foldingSearch(items: Item[], pattern: string, options: { keys: string[] }): Array<SearchResult<Item>> {
  const originals = new Map<Record<string, Text>, Item>();
  const folded = items.map((original) => {
    const copy: Record<string, Text> = {};
    for (const key of options.keys) copy[key] = fold(textOf(original[key]));
    originals.set(copy, original);
    return copy;
  });
  return search(folded, foldDiacritics(pattern), options).map((result) => {
    const original = originals.get(result.item) as Item;
    const tokens: Record<string, Token[]> = {};
    for (const key of options.keys) tokens[key] = restoreTokens(result.tokens[key], textOf(original[key]));
    return { item: original, tokens };
  });
}

export default {
  search: ['value', foldingSearch],
};
