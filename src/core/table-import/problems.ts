/** User-facing text for table-import problems, in both languages; shared by the app and the CLI. */
import type { TableField, TableProblem, TableProblemCode } from './types.ts';

type Locale = 'vi' | 'en';

const MESSAGES: Record<TableProblemCode, Record<Locale, string>> = {
  unreadableFile: { vi: 'Không đọc được tệp: {detail}', en: 'The file cannot be read: {detail}' },
  unsupportedFile: {
    vi: 'Không đọc được tệp “{file}”: hãy dùng .csv, .xlsx hoặc .docx (lưu tệp .xls/.doc cũ thành định dạng mới).',
    en: 'Cannot read “{file}”: use .csv, .xlsx or .docx (save old .xls/.doc files in the new format).',
  },
  noTable: { vi: 'Tệp không có bảng nào.', en: 'The file has no table.' },
  headerNotFound: {
    vi: 'Không tìm thấy dòng tiêu đề của bảng quy trình (ví dụ “Tên bước | Đơn vị/người thực hiện | Nội dung công việc | Thời hạn giải quyết | Biểu mẫu/kết quả” hoặc “STT (Bước) | Nội dung công việc | Phân công nhiệm vụ | Thời gian thực hiện”).',
    en: 'No process-table header row was found (e.g. “Tên bước | Đơn vị/người thực hiện | Nội dung công việc | Thời hạn giải quyết | Biểu mẫu/kết quả” or “STT (Bước) | Nội dung công việc | Phân công nhiệm vụ | Thời gian thực hiện”).',
  },
  missingColumn: {
    vi: 'Bảng thiếu cột {field}: hãy chọn cột tương ứng trong phần ghép cột.',
    en: 'The table has no {field} column: choose the matching column in the column mapping.',
  },
  noSteps: { vi: 'Bảng không có bước nào dưới dòng tiêu đề.', en: 'The table has no steps below its header row.' },
  timeUnreadable: {
    vi: 'Hàng {row}: không hiểu thời gian “{text}” (viết ví dụ “0,5 ngày”, “1/2 ngày”, “4 giờ”, “02 ngày làm việc”); bước này chưa có thời gian.',
    en: 'Row {row}: cannot read the time “{text}” (write e.g. “0,5 ngày”, “1/2 ngày”, “4 giờ”, “02 ngày làm việc”); the step has no time.',
  },
  timeMissing: { vi: 'Hàng {row}: bước “{step}” không ghi thời gian.', en: 'Row {row}: step “{step}” has no time.' },
  timeNotCounted: {
    vi: 'Hàng {row}: thời gian “{text}” không phải số ngày/giờ cụ thể, tính là 0.',
    en: 'Row {row}: the time “{text}” is not a number of days or hours; counted as 0.',
  },
  mergedTime: {
    vi: 'Hàng {row}–{last}: thời gian “{text}” là ô gộp chung cho {count} bước; được ghi cho bước đầu (hàng {row}).',
    en: 'Rows {row}–{last}: the time “{text}” is one merged cell for {count} steps; it is put on the first (row {row}).',
  },
  filledFromAbove: {
    vi: 'Hàng {row}: ô {field} trống, lấy theo hàng trên (“{text}”).',
    en: 'Row {row}: the {field} cell is empty; taken from the row above (“{text}”).',
  },
  performerGuessed: {
    vi: 'Hàng {row}: bảng không có cột người thực hiện; đoán là “{text}” từ đầu câu của bước — hãy kiểm tra.',
    en: 'Row {row}: the table has no performer column; guessed “{text}” from the start of the step’s sentence — please check.',
  },
  emptyRow: { vi: 'Hàng {row}: hàng trống, bỏ qua.', en: 'Row {row}: empty row, skipped.' },
  sectionRow: {
    vi: 'Hàng {row}: “{text}” là dòng tiêu đề mục, bỏ qua.',
    en: 'Row {row}: “{text}” is a section heading, skipped.',
  },
  totalMismatch: {
    vi: 'Tổng thời gian ghi trong bảng là {stated} ngày làm việc nhưng cộng các bước được {sum} ngày.',
    en: 'The table states a total of {stated} working days but its steps add up to {sum} days.',
  },
  totalUnreadable: {
    vi: 'Hàng {row}: không hiểu tổng thời gian “{text}”.',
    en: 'Row {row}: cannot read the total time “{text}”.',
  },
  sendBackTargetMissing: {
    vi: 'Hàng {row}: “chuyển lại bước {target}” nhưng không có bước {target} trước đó; chưa vẽ nhánh trả lại.',
    en: 'Row {row}: “send back to step {target}” but there is no earlier step {target}; no send-back branch drawn.',
  },
  nameMissing: { vi: 'Hàng {row}: bước không có tên hay nội dung.', en: 'Row {row}: the step has no name or content.' },
};

const FIELDS: Record<TableField, Record<Locale, string>> = {
  step: { vi: 'Bước (STT)', en: 'Step no.' },
  name: { vi: 'Tên bước', en: 'Step name' },
  performer: { vi: 'Đơn vị/người thực hiện', en: 'Performer' },
  content: { vi: 'Nội dung công việc', en: 'Work content' },
  time: { vi: 'Thời hạn', en: 'Time' },
  forms: { vi: 'Biểu mẫu/kết quả', en: 'Forms/results' },
};

/** The label of a table field in `locale`. */
export function fieldLabel(field: TableField, locale: Locale): string {
  return FIELDS[field][locale];
}

/** The message for a table-import problem, parameters filled in as plain text. */
export function describeTableProblem(problem: TableProblem, locale: Locale): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (problem.row !== undefined) params.row = problem.row;
  if (typeof params.field === 'string' && params.field in FIELDS)
    params.field = fieldLabel(params.field as TableField, locale);
  return MESSAGES[problem.code][locale].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
