/**
 * The one table between the studio's national dossier status codes (1–10, model/dossier-status.ts) and
 * OpenCPS's dossier status terms (`ProcessStep.dossierStatus`), used by the export and the import.
 * OpenCPS keeps the link to the national portal's codes in a per-site data table (`DossierStatusMapping`)
 * with no built-in seed (shared/opencps/README.md, read from OpenCPS's source), so the pairing below is the
 * studio's reading of the terms' meaning — an assumption to check against the site's mapping, documented in
 * docs/opencps.md. Each code has one term written on export; `READ_ALSO` lists the other OpenCPS terms an
 * import folds onto a code.
 */

export interface StatusPair {
  code: number;
  term: string;
}

/** Code → the OpenCPS term the export writes (and the import reads back to that code). */
export const STATUS_TABLE: readonly StatusPair[] = [
  { code: 1, term: 'new' }, // Mới đăng ký: submitted, not yet received
  { code: 2, term: 'receiving' }, // Được tiếp nhận: at the one-stop desk
  { code: 3, term: 'denied' }, // Không được tiếp nhận: refused
  { code: 4, term: 'processing' }, // Đang xử lý
  { code: 5, term: 'waiting' }, // Yêu cầu bổ sung giấy tờ: waiting for the applicant's supplement
  { code: 6, term: 'paying' }, // Yêu cầu thực hiện nghĩa vụ tài chính
  { code: 7, term: 'cancelled' }, // Công dân yêu cầu rút hồ sơ (withdrawn)
  { code: 8, term: 'unresolved' }, // Dừng xử lý
  { code: 9, term: 'releasing' }, // Đã xử lý xong: result ready to be returned
  { code: 10, term: 'done' }, // Đã trả kết quả
];

/** Other OpenCPS terms and the code an import gives them (nearest meaning). */
export const READ_ALSO: Readonly<Record<string, number>> = {
  submitting: 1,
  correcting: 5,
  collecting: 5,
  cancelling: 7,
  pausing: 8,
  interoperating: 4,
  handover: 4,
  posting: 9,
};

/** The status a step without one is exported with (an assumption, listed in the export's report; messages.ts names it "Đang xử lý"). */
export const DEFAULT_STATUS_CODE = 4;

const BY_CODE = new Map(STATUS_TABLE.map((p) => [p.code, p.term]));
const BY_TERM = new Map<string, number>([
  ...STATUS_TABLE.map((p) => [p.term, p.code] as [string, number]),
  ...Object.entries(READ_ALSO),
]);

/** The OpenCPS term for a national status code (undefined for a code outside 1–10). */
export function statusTerm(code: number): string | undefined {
  return BY_CODE.get(code);
}

/** The national status code for an OpenCPS term (undefined when the term is not known). */
export function statusCode(term: string): number | undefined {
  return BY_TERM.get(term.trim().toLowerCase());
}

/**
 * `DossierPart.fileMark` ↔ the studio's copy type. The schema gives fileMark only as an int; this numbering
 * is the studio's convention (0 = not stated), to be matched with the site's dictionary.
 */
export const FILE_MARKS = { original: 1, certifiedCopy: 2, copy: 3, electronic: 4 } as const;

/** `ServiceConfig.serviceLevel` for the studio's online level: 4 = fully online, 3 = partly, 2 = information only. */
export const SERVICE_LEVELS = { full: 4, partial: 3, none: 2 } as const;

/** `ServiceProcess.durationUnit`: 0 = working days of 8 hours, 1 = hours (OpenCPS reads any non-zero as hours). */
export const DURATION_UNITS = { day: 0, hour: 1 } as const;
