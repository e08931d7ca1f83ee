/**
 * The performer written at the start of a step's sentence, for decisions that publish the internal process
 * as prose with no performer column ("Bước 1: Chuyên viên Bộ phận một cửa tiếp nhận hồ sơ …" → "Chuyên viên
 * Bộ phận một cửa"): the words before the first lower-case action verb, when they open with a word that names
 * an officer or a unit. Only a guess: the import preview shows it for the user to confirm or correct.
 */
import { searchKey } from '../text/fold.ts';

/** Words (folded) a performer opens with: officers and units of the one-stop and processing bodies. */
const PERFORMER_HEADS = [
  'chuyen vien',
  'cong chuc',
  'can bo',
  'vien chuc',
  'van thu',
  'lanh dao',
  'bo phan',
  'phong',
  'so',
  'uy ban',
  'ubnd',
  'chu tich',
  'pho chu tich',
  'giam doc',
  'pho giam doc',
  'truong',
  'pho truong',
  'chi cuc',
  'cuc',
  'van phong',
  'trung tam',
  'co quan',
  'to',
  'doi',
  'don vi',
  'ke toan',
  'thu truong',
  'ban',
  'hoi dong',
  'thanh tra',
  'kho bac',
  'cong an',
  'chanh',
  'nguoi',
  'nhan vien',
  'thu ky',
  'bo',
  'tong cuc',
  'chi nhanh',
  'ca nhan',
  'to chuc',
];

/** Action verbs (folded) that end the performer: the sentence's predicate starts here. */
const VERBS = [
  'tiep nhan',
  'kiem tra',
  'tham dinh',
  'tham tra',
  'xem xet',
  'trinh',
  'ky',
  'phe duyet',
  'duyet',
  'chuyen',
  'tra',
  'gui',
  'lap',
  'du thao',
  'nhan',
  'xu ly',
  'dong dau',
  'vao so',
  'phat hanh',
  'cap nhat',
  'thuc hien',
  'to chuc',
  'ra soat',
  'huong dan',
  'ban hanh',
  'xac minh',
  'lay y kien',
  'co trach nhiem',
  'co y kien',
  'thong bao',
  'so hoa',
  'quet',
  'nop',
  'cap',
  'in',
  'giai quyet',
  'tham muu',
  'de xuat',
  'bao cao',
  'chu tri',
  'phoi hop',
  'thu ly',
  'luu',
  'ban giao',
  'hoan thien',
  'xac nhan',
  'tong hop',
  'soan thao',
  'kiem soat',
  'nhap',
  'tra loi',
  'xac dinh',
  'dang ky',
];

/** Unit names that contain verbs ("Bộ phận tiếp nhận và trả kết quả"): kept whole. */
const NAMES_WITH_VERBS = ['bo phan tiep nhan va tra ket qua', 'bo phan mot cua'];

const HEAD = new RegExp(`^(${PERFORMER_HEADS.join('|')})\\b`);
const VERB = new RegExp(`(?<![a-z0-9])(${VERBS.join('|')})(?![a-z0-9])`, 'g');

/** The performer that opens `text` (a step's work content), or undefined when the sentence does not open with one. */
export function performerFromText(text: string): string | undefined {
  const line = (
    text
      .normalize('NFC')
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  )
    // "Bước 1:", "1.", "- " before the sentence
    .replace(/^\s*(?:[-+•*]\s*)?(?:bước\s*\d+[a-z]?\s*[.:)\-–]?\s*|\d+[a-z]?\s*[.:)]\s*)?/iu, '');
  const key = searchKey(line);
  if (!HEAD.test(key)) return undefined;
  const protectedUntil = Math.max(
    0,
    ...NAMES_WITH_VERBS.map((n) => {
      const at = key.indexOf(n);
      return at >= 0 ? at + n.length : 0;
    }),
  );
  for (const m of key.matchAll(VERB)) {
    const at = m.index ?? 0;
    // the predicate is written in lower case; a capitalised verb belongs to a unit's name ("Phòng Kiểm tra")
    if (at === 0 || at < protectedUntil || line.charAt(at) !== line.charAt(at).toLowerCase()) continue;
    const performer = line
      .slice(0, at)
      .replace(/[\s,:;–-]+$/u, '')
      .trim();
    return performer && performer.length <= 100 ? performer : undefined;
  }
  return undefined;
}
