/**
 * Storage faults as coded problems with messages in both languages. Every message about a failed write
 * tells the user that the unsaved work is still in memory and can be downloaded: nothing is lost.
 */
import type { MessageLocale } from '../core/index.ts';
import type { VariantRecord } from './types.ts';

export type StorageProblemCode =
  | 'quota'
  | 'unavailable'
  | 'corrupt'
  | 'newerSchema'
  | 'conflict'
  | 'unknown'
  /** A procedure, variant or revision that is not (or no longer) in the library. */
  | 'notFound'
  /** `deleteVariant` on a procedure's only variant (delete the procedure instead). */
  | 'lastVariant'
  /** A workspace bundle that cannot be imported; `params.reason` says why (see `BundleProblemReason`). */
  | 'badBundle';

export type BundleProblemReason =
  'notZip' | 'noManifest' | 'badManifest' | 'unknownFormat' | 'newerVersion' | 'missingFile' | 'checksum' | 'tooLarge';

/** A storage failure; `params` are shown as plain text, never as markup. */
export class StorageProblem extends Error {
  constructor(
    readonly code: StorageProblemCode,
    readonly params: Record<string, string | number> = {},
    options: { detail?: string; cause?: unknown } = {},
  ) {
    super(options.detail ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StorageProblem';
  }
}

/** Another tab saved the variant first: `theirs` is what is stored now, `mine` the XML that was not saved. */
export class ConflictError extends StorageProblem {
  constructor(
    readonly theirs: VariantRecord,
    readonly mine: string,
    readonly expectedRevision: number,
  ) {
    super(
      'conflict',
      { name: theirs.name, theirs: theirs.revision, expected: expectedRevision },
      { detail: `variant ${theirs.id} is at revision ${theirs.revision}, the save expected ${expectedRevision}` },
    );
    this.name = 'ConflictError';
  }
}

const QUOTA = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const NEWER = new Set(['VersionError']);
/** DataCloneError (e.g. a Vue reactive proxy passed in) and ConstraintError (an id collision) are 'unknown': the data is fine. */
const CORRUPT = new Set(['DataError']);
const UNAVAILABLE = new Set([
  'MissingAPIError',
  'InvalidStateError',
  'OpenFailedError',
  'SecurityError',
  'DatabaseClosedError',
  'InvalidAccessError',
  'NoSuchDatabaseError',
  'UnknownError',
]);

/**
 * Map any error thrown by Dexie / IndexedDB to a `StorageProblem`, looking through Dexie's wrappers
 * (`inner`, `cause`, a BulkError's `failures`) so a quota error inside an aborted transaction is still 'quota'.
 */
export function classifyStorageError(error: unknown): StorageProblem {
  const wrapped = innerProblem(error);
  if (wrapped) return wrapped;
  const names = errorNames(error);
  const detail = errorDetail(error);
  const code: StorageProblemCode =
    names.some((n) => QUOTA.has(n)) || hasQuotaCode(error)
      ? 'quota'
      : names.some((n) => NEWER.has(n))
        ? 'newerSchema'
        : names.some((n) => CORRUPT.has(n))
          ? 'corrupt'
          : names.some((n) => UNAVAILABLE.has(n))
            ? 'unavailable'
            : 'unknown';
  return new StorageProblem(code, { detail }, { detail, cause: error });
}

const KEEP_WORK = {
  vi: ' Công việc chưa lưu vẫn còn trên màn hình và có thể tải về máy dưới dạng tệp .bpmn.',
  en: ' Your unsaved work is still on screen and can be downloaded as a .bpmn file.',
};

const MESSAGES: Record<Exclude<StorageProblemCode, 'badBundle'>, Record<MessageLocale, string>> = {
  quota: {
    vi: 'Bộ nhớ trình duyệt dành cho TTHC Studio đã đầy nên chưa lưu được vào thư viện. Hãy tải công việc về máy, xoá bớt phương án hoặc thủ tục không cần (hoặc giải phóng dung lượng ổ đĩa) rồi lưu lại.',
    en: 'The browser storage for TTHC Studio is full, so the library could not save. Download your work, delete variants or procedures you no longer need (or free disk space) and save again.',
  },
  unavailable: {
    vi: 'Trình duyệt không cho TTHC Studio dùng bộ nhớ IndexedDB (có thể đang mở cửa sổ ẩn danh, hoặc lưu trữ của trang bị chặn), nên thư viện không đọc hay lưu được. Hãy mở TTHC Studio trong cửa sổ thường.',
    en: 'The browser does not let TTHC Studio use IndexedDB storage (perhaps this is a private window, or site storage is blocked), so the library cannot be read or saved. Open TTHC Studio in a normal window.',
  },
  corrupt: {
    vi: 'Một bản ghi trong thư viện bị hỏng và không đọc được ({detail}). Các thủ tục khác không bị ảnh hưởng.',
    en: 'A record in the library is damaged and cannot be read ({detail}). Other procedures are not affected.',
  },
  newerSchema: {
    vi: 'Thư viện đã được một phiên bản TTHC Studio mới hơn cập nhật (có thể ở một thẻ khác), nên phiên bản đang mở không dùng được nó. Hãy tải về công việc chưa lưu, rồi tải lại trang.',
    en: 'The library was upgraded by a newer version of TTHC Studio (perhaps in another tab), so this version cannot use it. Download any unsaved work, then reload the page.',
  },
  conflict: {
    vi: 'Phương án “{name}” đã được lưu ở một thẻ hoặc cửa sổ khác (bản {theirs}) sau khi bạn mở nó (bản {expected}). Không có gì bị ghi đè: hãy giữ bản của bạn thành một phương án mới để so sánh.',
    en: 'The variant “{name}” was saved in another tab or window (revision {theirs}) after you opened it (revision {expected}). Nothing was overwritten: keep your version as a new variant to compare the two.',
  },
  notFound: {
    vi: 'Không tìm thấy {what} trong thư viện (có thể đã bị xoá ở một thẻ khác).',
    en: 'The {what} is not in the library (it may have been deleted in another tab).',
  },
  lastVariant: {
    vi: 'Không thể xoá phương án cuối cùng của một thủ tục. Nếu không cần thủ tục này nữa, hãy xoá cả thủ tục.',
    en: 'The last variant of a procedure cannot be deleted. If the procedure is no longer needed, delete the whole procedure.',
  },
  unknown: {
    vi: 'Thư viện gặp lỗi lưu trữ không xác định: {detail}.',
    en: 'The library hit an unexpected storage error: {detail}.',
  },
};

const BUNDLE_MESSAGES: Record<BundleProblemReason, Record<MessageLocale, string>> = {
  notZip: {
    vi: 'Tệp không phải gói thư viện TTHC Studio (không phải tệp zip hợp lệ).',
    en: 'The file is not a TTHC Studio library bundle (it is not a valid zip file).',
  },
  noManifest: {
    vi: 'Tệp zip không có manifest.json nên không phải gói thư viện TTHC Studio.',
    en: 'The zip file has no manifest.json, so it is not a TTHC Studio library bundle.',
  },
  badManifest: {
    vi: 'Tệp manifest.json của gói bị hỏng: {detail}.',
    en: "The bundle's manifest.json is damaged: {detail}.",
  },
  unknownFormat: {
    vi: 'Gói có định dạng “{format}”, không phải gói thư viện TTHC Studio.',
    en: 'The bundle has the format “{format}”, not a TTHC Studio library bundle.',
  },
  newerVersion: {
    vi: 'Gói được tạo bởi phiên bản TTHC Studio mới hơn (định dạng gói {version}, phiên bản này đọc đến {supported}). Hãy cập nhật TTHC Studio rồi nhập lại.',
    en: 'The bundle was made by a newer TTHC Studio (bundle format {version}; this version reads up to {supported}). Update TTHC Studio and import it again.',
  },
  missingFile: {
    vi: 'Gói thiếu tệp {file} mà manifest.json liệt kê.',
    en: 'The bundle lacks the file {file} listed in its manifest.json.',
  },
  checksum: {
    vi: 'Tệp {file} trong gói không khớp mã kiểm tra SHA-256 (bị hỏng hoặc bị sửa).',
    en: 'The file {file} in the bundle does not match its SHA-256 checksum (damaged or altered).',
  },
  tooLarge: {
    vi: 'Tệp {file} trong gói quá lớn để nhập.',
    en: 'The file {file} in the bundle is too large to import.',
  },
};

const NOTHING_IMPORTED = { vi: ' Không có gì được nhập vào thư viện.', en: ' Nothing was imported into the library.' };

/** The words for `params.what` of a 'notFound' problem. */
const WHAT: Record<string, Record<MessageLocale, string>> = {
  procedure: { vi: 'thủ tục', en: 'procedure' },
  variant: { vi: 'phương án', en: 'variant' },
  revision: { vi: 'bản lưu trước', en: 'earlier revision' },
};

/** The message for a storage problem in `locale`, with its parameters filled in as plain text. */
export function describeStorageProblem(problem: StorageProblem, locale: MessageLocale): string {
  const params: Record<string, string | number> = { detail: problem.message, ...problem.params };
  let template: string;
  if (problem.code === 'badBundle') {
    const reason = BUNDLE_MESSAGES[String(params.reason) as BundleProblemReason] ?? BUNDLE_MESSAGES.badManifest;
    template = reason[locale] + NOTHING_IMPORTED[locale];
  } else {
    template = MESSAGES[problem.code][locale];
    if (problem.code === 'notFound') params.what = WHAT[String(params.what)]?.[locale] ?? WHAT.variant![locale];
    if (problem.code === 'corrupt' && WHAT[String(params.what)])
      params.detail = `${WHAT[String(params.what)]![locale]} ${params.id ?? ''}`.trim();
    if (problem.code !== 'lastVariant') template += KEEP_WORK[locale];
  }
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

// helpers //////////////////////

/** Every error name along Dexie's wrapper chain (`inner`, `cause`, BulkError `failures`), depth-limited. */
function errorNames(error: unknown, depth = 0, out: string[] = []): string[] {
  if (!error || typeof error !== 'object' || depth > 5) return out;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string') out.push(e.name);
  errorNames(e.inner, depth + 1, out);
  errorNames(e.cause, depth + 1, out);
  const failures = e.failures;
  if (Array.isArray(failures)) failures.forEach((f) => errorNames(f, depth + 1, out));
  else if (failures && typeof failures === 'object')
    Object.values(failures).forEach((f) => errorNames(f, depth + 1, out));
  return out;
}

/** A StorageProblem that Dexie wrapped (e.g. the newer-schema check failing a re-open, as DatabaseClosedError). */
function innerProblem(error: unknown, depth = 0): StorageProblem | undefined {
  if (error instanceof StorageProblem) return error;
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const e = error as { inner?: unknown; cause?: unknown };
  return innerProblem(e.inner, depth + 1) ?? innerProblem(e.cause, depth + 1);
}

/** Old WebKit reports a full storage as DOMException code 22 with another name. */
function hasQuotaCode(error: unknown): boolean {
  return typeof DOMException !== 'undefined' && error instanceof DOMException && error.code === 22;
}

function errorDetail(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}
