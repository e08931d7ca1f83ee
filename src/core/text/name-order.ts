/**
 * A sort key for Vietnamese name order: comparing two keys as plain strings (`<`, as IndexedDB compares its
 * index keys) orders the names as `Intl.Collator('vi', { sensitivity: 'base', numeric: true })` does: case and
 * tone marks ignored; ă â đ ê ô ơ ư letters of their own (a < ă < â < b …); numbers by value (2 < 10); spaces
 * and punctuation before digits, digits before letters. Written here because the collator gives no keys,
 * and the library keeps this one in its index so that it can read the first screenful in order.
 */

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The Vietnamese alphabet with the Latin letters it lacks, in collation order. */
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';

/** Spaces and common punctuation, ranked as the collator orders them (equal ones share a rank). */
const SYMBOLS: ReadonlyMap<string, number> = (() => {
  const chars = [...' \t\n_-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$–—‘’“”…·'].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  chars.forEach((c, i) => {
    if (i && collator.compare(chars[i - 1]!, c)) rank++;
    ranks.set(c, rank);
  });
  return ranks;
})();

// Key code units: symbols 0x01–0x7f, a number's digit count 0x80–0xff then its digits, letters from 0x100.
const SYMBOL_BASE = 0x01;
const OTHER_SYMBOL = 0x7f;
const NUMBER_BASE = 0x80;
const LETTER_BASE = 0x100;
const OTHER_LETTER_BASE = 0x1000;

const charKeys = new Map<string, string>();

/** The key of one lower-case character that is not a digit ('' for marks and what the collator ignores). */
function charKey(c: string): string {
  let key = charKeys.get(c);
  if (key !== undefined) return key;
  const at = ALPHABET.indexOf(c);
  if (at >= 0) key = String.fromCharCode(LETTER_BASE + at);
  else if (SYMBOLS.has(c)) key = String.fromCharCode(SYMBOL_BASE + SYMBOLS.get(c)!);
  else if (/\p{M}/u.test(c)) key = '';
  else if (/\p{L}/u.test(c)) {
    // a letter with marks: keep the one mark that makes a Vietnamese letter (ă, ô, ư …), drop tones
    const [base = c, ...marks] = c.normalize('NFD');
    const letter = marks.map((m) => (base + m).normalize('NFC')).find((l) => ALPHABET.includes(l)) ?? base;
    const inAlphabet = ALPHABET.indexOf(letter);
    key =
      inAlphabet >= 0
        ? String.fromCharCode(LETTER_BASE + inAlphabet)
        : String.fromCharCode(OTHER_LETTER_BASE + Math.min(letter.codePointAt(0)!, 0xefff));
  } else key = String.fromCharCode(OTHER_SYMBOL);
  charKeys.set(c, key);
  return key;
}

/** The sort key of `name` (see the file comment). */
export function nameOrderKey(name: string): string {
  let key = '';
  let digits = '';
  const flush = (): void => {
    const value = digits.replace(/^0+(?=\d)/, '');
    key += String.fromCharCode(NUMBER_BASE + Math.min(value.length, 0x7f)) + value;
    digits = '';
  };
  for (const c of name.toLowerCase().normalize('NFC')) {
    if (c >= '0' && c <= '9') {
      digits += c;
      continue;
    }
    if (digits) flush();
    key += charKey(c);
  }
  if (digits) flush();
  return key;
}
