import { describe, expect, it } from 'vitest';
import { buildSearchIndex, incrementalSearch, searchProcedures, type SearchFilters } from '@/core/index.ts';

const VERBS = ['Đăng ký', 'Cấp', 'Cấp đổi', 'Gia hạn', 'Điều chỉnh', 'Thu hồi'];
const OBJECTS = ['khai sinh', 'kết hôn', 'giấy phép xây dựng', 'hộ kinh doanh', 'giấy phép lái xe', 'đất đai'];
const FIELDS = ['Hộ tịch', 'Xây dựng', 'Đất đai', 'Đăng ký kinh doanh'];

const records = Array.from({ length: 600 }, (_, i) => ({
  id: `p${i}`,
  code: `${1 + (i % 3)}.${String(100000 + i * 7).padStart(6, '0')}${i % 11 === 0 ? '.H38' : ''}`,
  name: `${VERBS[i % VERBS.length]} ${OBJECTS[(i * 5) % OBJECTS.length]} (${i + 1})`,
  field: FIELDS[i % FIELDS.length],
  level: ['xa', 'tinh', 'bo'][i % 3],
  agency: `Sở ${FIELDS[(i * 3) % FIELDS.length]}`,
}));
const index = buildSearchIndex(records);
const ids = (list: Array<{ id: string }>) => list.map((r) => r.id);

/** Every prefix of `text`, as typed one character at a time. */
const typed = (text: string) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));

describe('search as you type', () => {
  it('answers each keystroke exactly as a full search does, typing forward', () => {
    const search = incrementalSearch(index);
    for (const text of [
      'dang ky khai sinh',
      'cấp giấy phép xây dựng',
      '1.10',
      '3.100077.h38',
      'ho kinh',
      'so dat dai 1',
    ]) {
      for (const query of typed(text)) {
        const expected = ids(searchProcedures(index, query));
        expect(ids(search.search(query)), query).toEqual(expected);
      }
      search.search('');
    }
  });

  it('answers typing back, retyping, changed words and changed filters as a full search does', () => {
    const search = incrementalSearch(index);
    const steps: Array<[string, SearchFilters]> = [];
    for (const query of typed('giay phep xay')) steps.push([query, {}]);
    for (const query of typed('giay phep xay').reverse()) steps.push([query, {}]);
    for (const query of typed('cap lai')) steps.push([query, { level: 'tinh' }]);
    steps.push(['cap lai', {}], ['cap la', { field: 'Hộ tịch' }], ['cap', { field: 'Hộ tịch' }]);
    steps.push(['Đăng', {}], ['Đăng ký', {}], ['Đăng ký ', {}], ['Đăng ký k', {}], ['Dang ky kh', {}]);
    steps.push(['2.', {}], ['2.1', {}], ['2.10', {}], ['2.1000', {}], ['2.100', {}], ['', {}]);
    for (const [query, filters] of steps) {
      const expected = ids(searchProcedures(index, query, filters));
      expect(ids(search.search(query, filters)), `${query} ${JSON.stringify(filters)}`).toEqual(expected);
    }
  });

  it('finds a code typed without its dots, narrowing as it grows', () => {
    const search = incrementalSearch(index);
    let last: string[] = [];
    for (const query of typed('3100077')) last = ids(search.search(query));
    expect(last[0]).toBe('p11');
    expect(last).toEqual(ids(searchProcedures(index, '3100077')));
  });
});
