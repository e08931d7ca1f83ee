/** User-facing text for `ImportProblem`s, in both languages; shared by the app and the CLI. */
import { ImportProblem, type ImportProblemCode } from './moddle.ts';

export type MessageLocale = 'vi' | 'en';

const MESSAGES: Record<ImportProblemCode, Record<MessageLocale, string>> = {
  empty: {
    vi: 'Tệp trống: không có nội dung BPMN nào để mở.',
    en: 'The file is empty: there is no BPMN content to open.',
  },
  tooLarge: {
    vi: 'Tệp quá lớn ({sizeMb} MB). TTHC Studio mở tệp BPMN tối đa {limitMb} MB.',
    en: 'The file is too large ({sizeMb} MB). TTHC Studio opens BPMN files of up to {limitMb} MB.',
  },
  tooDeep: {
    vi: 'Sơ đồ lồng nhau quá sâu ({depth} tầng phần tử, ví dụ quy trình con trong quy trình con). TTHC Studio chỉ hiển thị và kiểm tra sơ đồ lồng tối đa {limit} tầng.',
    en: 'The diagram nests too deep ({depth} levels of elements, e.g. sub-processes inside sub-processes). TTHC Studio draws and checks diagrams nested up to {limit} levels.',
  },
  notXml: {
    vi: 'Tệp không phải XML hợp lệ nên không thể đọc như một sơ đồ BPMN.',
    en: 'The file is not well-formed XML, so it cannot be read as a BPMN diagram.',
  },
  notBpmn: {
    vi: 'Tệp là XML nhưng không phải sơ đồ BPMN 2.0 (thiếu phần tử bpmn:definitions).',
    en: 'The file is XML but not a BPMN 2.0 diagram (no bpmn:definitions element).',
  },
  duplicateIds: {
    vi: 'Tệp có mã phần tử (id) bị trùng: {ids}. Mỗi phần tử BPMN phải có một id riêng.',
    en: 'The file has duplicate element ids: {ids}. Every BPMN element needs an id of its own.',
  },
  noProcess: {
    vi: 'Tệp BPMN không có quy trình hay sơ đồ cộng tác nào để mở.',
    en: 'The BPMN file holds no process or collaboration to open.',
  },
  tooManyToLayOut: {
    vi: 'Tệp không có sơ đồ và có quá nhiều phần tử để tự bố trí ({count} phần tử trong một quy trình; tối đa {limit}).',
    en: 'The file has no diagram and too many elements to lay out ({count} in one process; at most {limit}).',
  },
  layoutFailed: {
    vi: 'Tệp không có sơ đồ và không tự bố trí được (cấu trúc quy trình quá sâu hoặc không đọc được).',
    en: 'The file has no diagram and could not be laid out (the process is nested too deeply or unreadable).',
  },
  importFailed: {
    vi: 'Không thể hiển thị sơ đồ: {detail}',
    en: 'The diagram cannot be displayed: {detail}',
  },
};

/** The message for a problem in `locale`, with its parameters filled in as plain text. */
export function describeProblem(problem: ImportProblem, locale: MessageLocale): string {
  const params: Record<string, string | number> = { detail: problem.message, ...problem.params };
  return MESSAGES[problem.code][locale].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
