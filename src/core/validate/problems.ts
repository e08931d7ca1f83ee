/** Validation problems and their texts in Vietnamese and English (parameters are shown as plain text). */

import { describeFinding, isRuleCode } from '../rules/registry.ts';

export type ProblemSeverity = 'error' | 'warning' | 'hint';

/** One problem found in a model; `code` is a rule of rules/registry.ts or `lint:<bpmnlint rule>`. */
export interface ValidationProblem {
  code: string;
  severity: ProblemSeverity;
  elementId: string;
  params: Record<string, string | number>;
  /** The field at fault, for impossible values. */
  field?: string;
}

type Texts = Record<string, (p: Record<string, string | number>) => string>;

const VI: Texts = {
  lint: (p) => `Quy tắc BPMN ${p.rule}: ${LINT_VI[String(p.rule)] ?? p.message}`,
};

const EN: Texts = {
  lint: (p) => `BPMN rule ${p.rule}: ${p.message}`,
};

/** Vietnamese texts of the bpmnlint recommended rules. */
const LINT_VI: Record<string, string> = {
  'ad-hoc-sub-process': 'quy trình con ad-hoc không được có sự kiện bắt đầu/kết thúc.',
  'conditional-flows': 'nhánh ra từ cổng chưa có điều kiện.',
  'end-event-required': 'quy trình chưa có sự kiện kết thúc.',
  'event-based-gateway': 'cổng sự kiện cần ít nhất 2 nhánh ra không điều kiện.',
  'event-sub-process-typed-start-event': 'quy trình con sự kiện cần sự kiện bắt đầu có loại.',
  'fake-join': 'các nhánh vào không được hợp nhất bằng cổng.',
  global: 'phần tử toàn cục thiếu tên, không dùng hoặc trùng tên.',
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
  'superfluous-termination': 'sự kiện kết thúc toàn bộ là thừa.',
};

/** The text of a problem in `locale`. */
export function describeValidationProblem(problem: ValidationProblem, locale: 'vi' | 'en' = 'vi'): string {
  if (isRuleCode(problem.code)) return describeFinding({ code: problem.code, params: problem.params }, locale);
  const texts = locale === 'en' ? EN : VI;
  const key = problem.code.startsWith('lint:') ? 'lint' : problem.code;
  const text = texts[key];
  const params = key === 'lint' ? { ...problem.params, rule: problem.code.slice(5) } : problem.params;
  return text ? text(params) : `${problem.code} (${problem.elementId})`;
}
