import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchFacets, searchProcedures, type SearchableProcedure } from '@/core/index.ts';

const RECORDS: SearchableProcedure[] = [
  {
    id: 'ks',
    code: '1.000948.H38',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    level: 'xa',
    agency: 'UBND cấp xã',
    onlineLevel: 'full',
  },
  {
    id: 'kh',
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    field: 'Hộ tịch',
    level: 'xa',
    agency: 'UBND cấp xã',
    onlineLevel: 'partial',
  },
  {
    id: 'ksl',
    code: '1.004884',
    name: 'Khai sinh lại cho người đã có hồ sơ',
    field: 'Hộ tịch',
    level: 'xa',
    agency: 'UBND cấp xã',
  },
  {
    id: 'tl',
    code: '2.000635',
    name: 'Cấp bản sao trích lục khai sinh',
    field: 'Hộ tịch',
    level: 'tinh',
    agency: 'Sở Tư pháp',
    onlineLevel: 'full',
  },
  {
    id: 'ds',
    code: '1.001193',
    name: 'Dân số: đăng ký sinh con thứ ba',
    field: 'Dân số',
    level: 'tinh',
    agency: 'Sở Y tế',
  },
  {
    id: 'gp',
    code: '1.009972',
    name: 'Cấp giấy phép xây dựng',
    field: 'Xây dựng',
    level: 'tinh',
    agency: 'Sở Xây dựng',
    onlineLevel: 'partial',
  },
  {
    id: 'dd',
    code: '1.000948.H10',
    name: 'Đổi giấy phép lái xe',
    field: 'Đường bộ',
    level: 'tinh',
    agency: 'Sở Giao thông vận tải',
  },
];

const index = buildSearchIndex(RECORDS);
const ids = (query: string, filters = {}, limit?: number) =>
  searchProcedures(index, query, filters, limit).map((r) => r.id);

describe('procedure search', () => {
  it('ignores case and Vietnamese diacritics, đ/Đ folding to d', () => {
    expect(ids('dang ky khai sinh')[0]).toBe('ks');
    expect(ids('ĐĂNG KÝ KHAI SINH')[0]).toBe('ks');
    expect(ids('dăng ky kêt hôn')).toEqual(['kh']);
    expect(ids('doi giay')).toEqual(['dd']);
  });

  it('ranks exact code, code prefix, name prefix, word starts in order, any order, words in name, elsewhere', () => {
    expect(ids('1.000948.H38')).toEqual(['ks']);
    expect(ids('1.000948.h10')).toEqual(['dd']);
    expect(ids('1.000948')).toEqual(['ks', 'dd']);
    expect(ids('1000948h38')[0]).toBe('ks');
    // "khai sinh": name starts with it, then word starts in order (by name), nothing else
    expect(ids('khai sinh')).toEqual(['ksl', 'tl', 'ks']);
    // "sinh khai": every word starts a name word, but out of order
    expect(ids('sinh khai')).toEqual(['tl', 'ks', 'ksl']);
    // "inh" is inside words only; "ho tich" is the field
    expect(ids('inh')).toEqual(['tl', 'ds', 'ks', 'ksl']);
    expect(ids('ho tich')).toEqual(['tl', 'kh', 'ks', 'ksl']);
    expect(ids('dang ky sinh')).toEqual(['ds', 'ks']);
  });

  it('returns everything filtered in Vietnamese name order for an empty query', () => {
    expect(searchProcedures(index, '  ').map((r) => r.name)).toEqual([
      'Cấp bản sao trích lục khai sinh',
      'Cấp giấy phép xây dựng',
      'Dân số: đăng ký sinh con thứ ba',
      'Đăng ký kết hôn',
      'Đăng ký khai sinh',
      'Đổi giấy phép lái xe',
      'Khai sinh lại cho người đã có hồ sơ',
    ]);
    expect(ids('', { level: 'tinh', onlineLevel: 'full' })).toEqual(['tl']);
    expect(ids('khai sinh', { agency: 'UBND cấp xã' })).toEqual(['ksl', 'ks']);
    expect(ids('', { field: 'Hộ tịch' }, 2)).toEqual(['tl', 'kh']);
    expect(ids('', { field: '' })).toHaveLength(7);
  });

  it('lists the filter values', () => {
    expect(searchFacets(index)).toEqual({
      field: ['Dân số', 'Đường bộ', 'Hộ tịch', 'Xây dựng'],
      level: ['tinh', 'xa'],
      agency: ['Sở Giao thông vận tải', 'Sở Tư pháp', 'Sở Xây dựng', 'Sở Y tế', 'UBND cấp xã'],
      onlineLevel: ['full', 'partial'],
    });
  });

  // its speed is measured by the library benchmark (npm run bench), never by a timed unit test
  it('answers every keystroke over 5,000 procedures', () => {
    const words = [
      'đăng ký',
      'cấp',
      'giấy phép',
      'khai sinh',
      'xây dựng',
      'đất đai',
      'hộ kinh doanh',
      'thẩm định',
      'điều chỉnh',
      'gia hạn',
    ];
    const records = Array.from({ length: 5000 }, (_, i) => ({
      id: `p${i}`,
      code: `1.${String(i).padStart(6, '0')}`,
      name: `${words[i % 10]} ${words[(i * 7) % 10]} số ${i}`,
      field: words[(i * 3) % 10],
      agency: `Sở ${words[i % 7]}`,
    }));
    const big = buildSearchIndex(records);
    for (const query of ['d', 'da', 'dan', 'dang', 'dang k', 'dang ky', 'dang ky kh', 'cap giay', '1.0001', 'so 49']) {
      expect(searchProcedures(big, query).length).toBeGreaterThan(0);
    }
    expect(searchProcedures(big, 'số 4999')[0]!.id).toBe('p4999');
  });
});
