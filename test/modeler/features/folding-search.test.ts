/** The search pad's search ignores Vietnamese diacritics and shows the original text in its tokens. */
import { describe, expect, it } from 'vitest';
import type { BaseToken, Token } from 'diagram-js/lib/features/search/search.js';
import { foldingSearch } from '@/modeler/features/folding-search/index.ts';

const flat = (tokens: Token[] | undefined): BaseToken[] => (tokens ?? []).flat();
const text = (tokens: Token[] | undefined): string =>
  flat(tokens)
    .map((t) => t.value)
    .join('');

const items = [
  { element: 1, label: 'Tiếp nhận hồ sơ', id: 'Task_Receive' },
  { element: 2, label: 'Thẩm định, xử lý hồ sơ', id: 'Task_Review' },
  { element: 3, label: undefined, id: 'Gateway_1' },
];

describe('foldingSearch', () => {
  it('finds a label typed without diacritics and highlights the original words', () => {
    const results = foldingSearch(items, 'tham dinh', { keys: ['label', 'id'] });
    expect(results.map((r) => r.item.element)).toEqual([2]);
    const [result] = results;
    // the item is the caller's own, and its tokens spell its original label with the match marked
    expect(result?.item).toBe(items[1]);
    expect(text(result?.tokens.label)).toBe('Thẩm định, xử lý hồ sơ');
    expect(
      flat(result?.tokens.label)
        .filter((t) => t.match)
        .map((t) => t.value),
    ).toEqual(['Thẩm định']);
    expect(text(result?.tokens.id)).toBe('Task_Review');
  });

  it('finds words typed with diacritics, in any case, and an element by its id', () => {
    expect(foldingSearch(items, 'HỒ SƠ', { keys: ['label', 'id'] }).map((r) => r.item.element)).toEqual([1, 2]);
    expect(foldingSearch(items, 'gateway', { keys: ['label', 'id'] }).map((r) => r.item.element)).toEqual([3]);
    expect(foldingSearch(items, 'khai sinh', { keys: ['label', 'id'] })).toEqual([]);
  });

  it('restores each text of a key that holds several', () => {
    const many = [{ labels: ['Phòng Tư pháp', 'Bộ phận một cửa'] }];
    const [result] = foldingSearch(many, 'mot cua', { keys: ['labels'] });
    const lists = result?.tokens.labels ?? [];
    expect(lists.map((list) => (Array.isArray(list) ? list : [list]).map((t) => t.value).join(''))).toEqual([
      'Phòng Tư pháp',
      'Bộ phận một cửa',
    ]);
    expect(
      flat(lists)
        .filter((t) => t.match)
        .map((t) => t.value),
    ).toEqual(['một cửa']);
  });
});
