/** Validation problems and their texts in Vietnamese and English (parameters are shown as plain text). */

export type ProblemSeverity = 'error' | 'warning';

/** One problem found in a model; `code` is a TTHC rule or `lint:<bpmnlint rule>`. */
export interface ValidationProblem {
  code: string;
  severity: ProblemSeverity;
  elementId: string;
  params: Record<string, string | number>;
}

type Texts = Record<string, (p: Record<string, string | number>) => string>;

const VI: Texts = {
  stepWithoutRole: p => `Bước "${p.name}" chưa có đơn vị/người thực hiện (vai trò hoặc làn).`,
  stepWithoutTime: p => `Bước "${p.name}" chưa có thời gian thực hiện.`,
  decisionWithoutVariable: p => `Điểm quyết định "${p.name}" chưa có biến quyết định.`,
  decisionVariableInvalid: p => `Biến quyết định "${p.variable}" của "${p.name}" phải là tên hợp lệ (chữ không dấu, số, gạch dưới; không bắt đầu bằng số).`,
  flowWithoutOutcome: p => `Nhánh "${p.name}" ra từ "${p.gateway}" chưa có giá trị kết quả và không phải nhánh mặc định.`,
  overStatutoryLimit: p => `Đường dài nhất ${p.days} ngày làm việc vượt thời hạn theo quy định ${p.limit} ngày.`,
  componentWithoutSource: p => `Thành phần hồ sơ "${p.name}" chưa ghi nguồn (người nộp hoặc cơ sở dữ liệu).`,
  noProcess: () => 'Sơ đồ không có quy trình nào.',
  lint: p => `Quy tắc BPMN ${p.rule}: ${LINT_VI[String(p.rule)] ?? p.message}`
};

const EN: Texts = {
  stepWithoutRole: p => `Step "${p.name}" has no performer (role or lane).`,
  stepWithoutTime: p => `Step "${p.name}" has no working time.`,
  decisionWithoutVariable: p => `Decision "${p.name}" has no decision variable.`,
  decisionVariableInvalid: p => `Decision variable "${p.variable}" of "${p.name}" must be a valid name (ASCII letters, digits, underscore; not starting with a digit).`,
  flowWithoutOutcome: p => `Flow "${p.name}" leaving "${p.gateway}" has no outcome value and is not the default flow.`,
  overStatutoryLimit: p => `The longest path, ${p.days} working days, exceeds the statutory limit of ${p.limit} days.`,
  componentWithoutSource: p => `Dossier component "${p.name}" does not name its source (applicant or database).`,
  noProcess: () => 'The diagram has no process.',
  lint: p => `BPMN rule ${p.rule}: ${p.message}`
};

/** Vietnamese texts of the bpmnlint recommended rules. */
const LINT_VI: Record<string, string> = {
  'ad-hoc-sub-process': 'quy trình con ad-hoc không được có sự kiện bắt đầu/kết thúc.',
  'conditional-flows': 'nhánh ra từ cổng chưa có điều kiện.',
  'end-event-required': 'quy trình chưa có sự kiện kết thúc.',
  'event-based-gateway': 'cổng sự kiện cần ít nhất 2 nhánh ra không điều kiện.',
  'event-sub-process-typed-start-event': 'quy trình con sự kiện cần sự kiện bắt đầu có loại.',
  'fake-join': 'các nhánh vào không được hợp nhất bằng cổng.',
  'global': 'phần tử toàn cục thiếu tên, không dùng hoặc trùng tên.',
  'label-required': 'phần tử chưa có tên.',
  'link-event': 'sự kiện liên kết thiếu tên hoặc không khớp.',
  'no-bpmndi': 'phần tử chưa có hình vẽ (BPMNDI).',
  'no-complex-gateway': 'không nên dùng cổng phức hợp.',
  'no-disconnected': 'phần tử không được nối với luồng.',
  'no-duplicate-sequence-flows': 'luồng bị trùng.',
  'no-gateway-join-fork': 'cổng vừa hợp nhất vừa rẽ nhánh.',
  'no-implicit-split': 'luồng rẽ nhánh ngầm (không qua cổng).',
  'no-implicit-end': 'phần tử là điểm kết thúc ngầm (không có sự kiện kết thúc).',
  'no-implicit-start': 'phần tử là điểm bắt đầu ngầm (không có sự kiện bắt đầu).',
  'no-inclusive-gateway': 'không nên dùng cổng bao hàm.',
  'no-overlapping-elements': 'phần tử chồng lên phần tử khác hoặc nằm ngoài khung chứa.',
  'single-blank-start-event': 'có nhiều sự kiện bắt đầu trống.',
  'single-event-definition': 'sự kiện có nhiều định nghĩa.',
  'start-event-required': 'quy trình chưa có sự kiện bắt đầu.',
  'sub-process-blank-start-event': 'sự kiện bắt đầu của quy trình con phải trống.',
  'superfluous-gateway': 'cổng thừa: chỉ có một nhánh vào và một nhánh ra.',
  'superfluous-label': 'luồng có nhãn thừa.',
  'superfluous-termination': 'sự kiện kết thúc toàn bộ là thừa.'
};

/** The text of a problem in `locale`. */
export function describeValidationProblem(problem: ValidationProblem, locale: 'vi' | 'en' = 'vi'): string {
  const texts = locale === 'en' ? EN : VI;
  const key = problem.code.startsWith('lint:') ? 'lint' : problem.code;
  const text = texts[key];
  const params = key === 'lint' ? { ...problem.params, rule: problem.code.slice(5) } : problem.params;
  return text ? text(params) : `${problem.code} (${problem.elementId})`;
}
