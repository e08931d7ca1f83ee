import { describe, expect, it } from 'vitest';
import { foldDiacritics, searchKey } from '@/core/index.ts';

describe('Vietnamese diacritic folding', () => {
  it('removes every tone and vowel mark and folds đ/Đ to d/D', () => {
    expect(foldDiacritics('Đăng ký khai sinh')).toBe('Dang ky khai sinh');
    expect(foldDiacritics('Thẩm định, xử lý hồ sơ')).toBe('Tham dinh, xu ly ho so');
    expect(searchKey('ĐỒNG NAI – Ưu tiên')).toBe('dong nai – uu tien');
  });

  it('keeps one character per character, also for decomposed (NFD) input', () => {
    const nfc = 'Giấy chứng nhận quyền sử dụng đất';
    expect(foldDiacritics(nfc)).toHaveLength(nfc.length);
    expect(foldDiacritics(nfc.normalize('NFD'))).toBe(foldDiacritics(nfc));
  });
});
