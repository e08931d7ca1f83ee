import { describe, expect, it } from 'vitest';
import { nameOrderKey } from '@/core/index.ts';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const compareKeys = (a: string, b: string) => {
  const x = nameOrderKey(a);
  const y = nameOrderKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

describe('name-order key', () => {
  it('sorts Vietnamese letters, tones, case, numbers and punctuation as the collator does', () => {
    const names = [
      'Đổi giấy phép lái xe',
      'Dân số 10',
      'Dân số 9',
      'dân số 009',
      'Đăng ký khai sinh',
      'ĐĂNG KÝ KẾT HÔN',
      'Cấp bản sao',
      'Cáp bản sao',
      'Ăn uống',
      'Ân xá',
      'An ninh',
      'Ơn huệ',
      'Ôn tập',
      'On',
      'Ưu đãi',
      'Uỷ quyền',
      'Thủ tục (cấp tỉnh)',
      'Thủ tục - cấp xã',
      'Thủ tục, cấp bộ',
      'Thủ tục cấp huyện',
      'Thủ tục/liên thông',
      '1.000948',
      '1.10',
      '1.9',
    ];
    const byCollator = [...names].sort(collator.compare);
    const byKey = [...names].sort(compareKeys);
    // equal names (by the collator) may come in either order; everything else in the same order
    for (let i = 0; i < names.length; i++)
      expect(collator.compare(byKey[i]!, byCollator[i]!), `${byKey[i]} / ${byCollator[i]}`).toBe(0);
    expect(byKey.slice(0, 3)).toEqual(['1.9', '1.10', '1.000948']);
    expect(byKey.indexOf('Dân số 9')).toBeLessThan(byKey.indexOf('Dân số 10'));
    expect(byKey.indexOf('Đăng ký khai sinh')).toBeGreaterThan(byKey.indexOf('Dân số 10'));
  });

  it('agrees with the collator on every pair of random Vietnamese names', () => {
    const words = ['đăng', 'ký', 'khai', 'sinh', 'cấp', 'giấy', 'phép', 'đất', 'đai', 'ăn', 'ấn', 'ân', 'ơn', 'ôn'];
    const more = ['on', 'ưu', 'uu', 'Dân', 'dan', 'da', 'đa', 'ẵm', 'ầm', 'am', 'thứ', 'thu', 'thư', 'số'];
    const vocabulary = [...words, ...more];
    const separators = [' ', ' ', ' ', ', ', ' - ', ': ', ' (', ')', '/', '.', '–', '"'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
    const names = Array.from({ length: 400 }, () => {
      let name = pick(vocabulary);
      for (let k = Math.floor(next() * 4); k > 0; k--) name += pick(separators) + pick(vocabulary);
      if (next() < 0.2) name += ` ${Math.floor(next() * 2000)}`;
      return next() < 0.2 ? name.toUpperCase() : name;
    });
    for (const a of names)
      for (const b of names.slice(0, 60))
        expect(compareKeys(a, b), `${a} / ${b}`).toBe(Math.sign(collator.compare(a, b)));
  });
});
