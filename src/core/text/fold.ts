/**
 * Vietnamese-insensitive text matching: `dang ky khai sinh` should find `Đăng ký khai sinh`.
 * Folding maps each character to one character, so positions in folded text are positions in the original.
 */

/** One character without its diacritics (đ/Đ → d/D). */
function foldChar(c: string): string {
  if (c === 'đ') return 'd';
  if (c === 'Đ') return 'D';
  const base = c.normalize('NFD').replace(/\p{M}+/gu, '');
  return base.length === 1 ? base : c;
}

/** The NFC text with every diacritic removed, same length as `text.normalize('NFC')`. */
export function foldDiacritics(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) out += foldChar(c);
  return out;
}

/** Folded and lower-cased, for comparisons that ignore case and diacritics. */
export function searchKey(text: string): string {
  return foldDiacritics(text).toLowerCase();
}
