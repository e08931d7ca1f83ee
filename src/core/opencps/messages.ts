/** The export report's notes and the import's problems in the user's language (vi first, en). */
import type { OpencpsNote } from './types.ts';
import type { OpencpsProblem } from './read-package.ts';

type Lang = 'vi' | 'en';

const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));

const NOTES: Record<string, Record<Lang, string>> = {
  truncated: {
    vi: 'Trường {field} dài {length} ký tự, bị cắt còn {max} (giới hạn của lược đồ)',
    en: 'Field {field} has {length} characters, cut to {max} (schema limit)',
  },
  statusAssumed: {
    vi: 'Bước không ghi trạng thái hồ sơ, giả định Đang xử lý (mã OpenCPS "{term}"): {step}',
    en: 'Steps without a dossier status, assumed In process (OpenCPS term "{term}"): {step}',
  },
  durationRange: {
    vi: 'Khoảng thời gian tối thiểu–tối đa không mang sang được (chỉ thời gian chuẩn): {step}',
    en: 'Minimum–maximum times not carried (only the nominal time): {step}',
  },
  applicantEffort: {
    vi: 'Số giờ và lần đến của người dân không mang sang được: {step}',
    en: 'Applicant hours and visits not carried: {step}',
  },
  stepForms: {
    vi: 'Biểu mẫu và kết quả của bước không mang sang được: {step}',
    en: 'Step forms and outputs not carried: {step}',
  },
  endBranch: {
    vi: 'Nhánh kết thúc không có bước OpenCPS tương ứng (hồ sơ dừng ở trạng thái của bước trước): {branch}',
    en: "Branch to an end with no OpenCPS step (the dossier stops at the previous step's status): {branch}",
  },
  shares: { vi: 'Tỷ lệ các nhánh quyết định không mang sang được', en: 'Decision shares not carried' },
  noComponents: {
    vi: 'Phương án không có thành phần hồ sơ: không có mẫu hồ sơ',
    en: 'The variant has no dossier components: no dossier template',
  },
  componentSource: {
    vi: 'Nguồn dữ liệu của giấy tờ không mang sang được (chỉ đánh dấu biểu mẫu điện tử): {part} — {database} {platform}',
    en: 'Source database of a component not carried (only marked as e-form): {part} — {database} {platform}',
  },
  componentStep: {
    vi: 'Bước nhận từng thành phần hồ sơ không mang sang được (nhập lại gắn vào bước đầu)',
    en: 'Which step takes each component is not carried (an import attaches them to the first step)',
  },
  serviceFromFirst: {
    vi: 'Thông tin thủ tục lấy theo phương án "{variant}"; khác biệt của các phương án khác chỉ có trong quy trình',
    en: 'Service texts taken from variant "{variant}"; other variants differ only in their process',
  },
  level: { vi: 'Cấp thực hiện không có trường tương ứng', en: 'The level has no field' },
  dossiersPerYear: {
    vi: 'Số hồ sơ mỗi năm ({count}) không mang sang được',
    en: 'Dossiers per year ({count}) not carried',
  },
  legalBasisText: {
    vi: 'Căn cứ pháp lý ghi thành văn bản trong regularText (không có trường riêng)',
    en: 'Legal basis written as text in regularText (no field of its own)',
  },
  noForms: {
    vi: 'Thủ tục không có biểu mẫu: mẫu hồ sơ được ghi thay trong fileTemplates (lược đồ đòi ít nhất một)',
    en: 'No forms: the dossier template stands in fileTemplates (the schema needs one)',
  },
  formBasis: { vi: 'Căn cứ của biểu mẫu không mang sang được', en: 'Form legal bases not carried' },
  unknownStatus: {
    vi: 'Trạng thái "{term}" không có trong bảng mã, bước để trống trạng thái: {step}',
    en: 'Status "{term}" is not in the table, step left without status: {step}',
  },
  missingTemplate: {
    vi: 'Không có mẫu hồ sơ {template} trong gói: phương án không có thành phần hồ sơ',
    en: 'Dossier template {template} is not in the package: the variant has no components',
  },
  serviceWithoutProcess: {
    vi: 'Thủ tục không chỉ tới quy trình nào, bỏ qua',
    en: 'The service names no process, skipped',
  },
};

const PROBLEMS: Record<string, Record<Lang, string>> = {
  notZip: { vi: 'Tệp không phải gói zip đọc được.', en: 'The file is not a readable zip package.' },
  tooLarge: {
    vi: 'Gói quá lớn (quá 5.000 tệp hoặc 50 MB khi giải nén).',
    en: 'The package is too large (over 5,000 files or 50 MB unpacked).',
  },
  noRootFolder: {
    vi: 'Gói phải chứa đúng một thư mục gốc (gói X.zip chứa thư mục X/).',
    en: 'The package must hold exactly one top folder (X.zip holds X/).',
  },
  missingFolder: {
    vi: 'Gói thiếu thư mục {folder} hoặc thư mục không có tệp .xml.',
    en: 'The package has no folder {folder}, or it holds no .xml file.',
  },
  notUtf8: { vi: 'Tệp {file} không phải văn bản UTF-8.', en: 'File {file} is not UTF-8 text.' },
  doctype: {
    vi: 'Tệp {file} có khai báo DOCTYPE: không được phép.',
    en: 'File {file} has a DOCTYPE declaration: not allowed.',
  },
  brokenXml: {
    vi: 'Tệp {file} không phải XML hợp lệ (dòng {line}): {detail}',
    en: 'File {file} is not well-formed XML (line {line}): {detail}',
  },
  tooDeep: {
    vi: 'Tệp {file} lồng quá sâu hoặc quá phức tạp để đọc.',
    en: 'File {file} is nested too deeply or too complex to read.',
  },
  wrongRoot: {
    vi: 'Tệp {file} phải có phần tử gốc {expected}, không phải {found}.',
    en: 'File {file} must have root element {expected}, not {found}.',
  },
  badNumber: {
    vi: 'Tệp {file}: trường {field} phải là số, không phải "{value}".',
    en: 'File {file}: field {field} must be a number, not "{value}".',
  },
  missingField: { vi: 'Tệp {file} thiếu trường {field}.', en: 'File {file} lacks field {field}.' },
  noSteps: { vi: 'Quy trình trong tệp {file} không có bước nào.', en: 'The process in {file} has no steps.' },
  duplicateStep: { vi: 'Tệp {file}: mã bước {step} bị trùng.', en: 'File {file}: step code {step} appears twice.' },
  unknownStep: {
    vi: 'Tệp {file}: thao tác {action} chỉ tới bước {step} không có trong quy trình.',
    en: 'File {file}: action {action} names step {step}, which the process does not have.',
  },
  duplicateProcess: {
    vi: 'Mã quy trình {process} xuất hiện trong hai tệp.',
    en: 'Process number {process} appears in two files.',
  },
  unknownProcess: {
    vi: 'Thủ tục {service} chỉ tới quy trình {process} không có trong gói.',
    en: 'Service {service} names process {process}, which is not in the package.',
  },
};

/** One line per kind of note and place, the steps it concerns listed together. */
export function describeOpencpsNotes(notes: OpencpsNote[], lang: Lang): string[] {
  const groups = new Map<string, OpencpsNote[]>();
  for (const n of notes) {
    const key = `${n.where}\u0000${n.code}\u0000${n.code === 'truncated' ? n.params.field : n.code === 'componentSource' ? n.params.part : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0] as OpencpsNote;
    const params = { ...first.params };
    for (const k of ['step', 'branch'])
      if (k in params) params[k] = [...new Set(list.map((n) => String(n.params[k])))].join('; ');
    const template = NOTES[first.code]?.[lang] ?? first.code;
    return `${first.where}: ${fill(template, params)}`;
  });
}

/** The message of an import problem. */
export function describeOpencpsProblem(problem: OpencpsProblem, lang: Lang): string {
  return fill(PROBLEMS[problem.code]?.[lang] ?? problem.code, problem.params);
}
