/**
 * Small constructors shared by the sample specs: nodes, flows, decision branches, the one-stop forms and
 * the standard notes. Every text is Vietnamese (NFC); every fact carries its source key
 * (docs/sources.md) in the procedure's documentation.
 */
import type { FlowSpec, NodeSpec, NodeType } from '../../src/core/builder/spec.ts';
import type { Form, StepFacts } from '../../src/core/model/types.ts';

export const start = (id: string, name: string, lane = 'Lane_Applicant'): NodeSpec => ({
  id,
  type: 'startEvent',
  name,
  lane,
});
export const end = (id: string, name: string, lane = 'Lane_Applicant'): NodeSpec => ({
  id,
  type: 'endEvent',
  name,
  lane,
});

/** A step (user task unless said otherwise); `forms`/`outputs` default to empty lists. */
export function task(
  id: string,
  name: string,
  lane: string,
  step: Partial<StepFacts>,
  type: NodeType = 'userTask',
): NodeSpec {
  return { id, type, name, lane, step: { durationUnit: 'day', ...step } };
}

/** An exclusive decision; its name is the question. */
export const xor = (id: string, name: string, lane: string, variable: string): NodeSpec => ({
  id,
  type: 'exclusiveGateway',
  name,
  lane,
  decision: { variable, question: name },
});

export const and = (id: string, name: string, lane: string): NodeSpec => ({ id, type: 'parallelGateway', name, lane });

export const flow = (id: string, from: string, to: string): FlowSpec => ({ id, from, to });

/** A decision's outgoing flow with its outcome and share (illustrative unless the documentation says otherwise). */
export const branch = (
  id: string,
  from: string,
  to: string,
  name: string,
  value: string,
  share: number,
  isDefault = false,
): FlowSpec => ({ id, from, to, name, outcome: { value, share }, ...(isDefault ? { isDefault: true } : {}) });

/** Flows through a chain of node ids, named `Flow_<to>`. */
export function chain(...ids: string[]): FlowSpec[] {
  const flows: FlowSpec[] = [];
  for (let i = 1; i < ids.length; i++)
    flows.push(flow(`Flow_${ids[i - 1]}_${ids[i]}`, ids[i - 1] as string, ids[i] as string));
  return flows;
}

/** One-stop forms of Circular 03/2025/TT-VPCP as cited by Hanoi QĐ 1594 [HN1594]. */
export const FORM = {
  receipt: { name: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', code: 'Mẫu số 01', basis: 'Thông tư 03/2025/TT-VPCP' },
  supplement: { name: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', code: 'Phụ lục I', basis: 'Thông tư 03/2025/TT-VPCP' },
  control: { name: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', code: 'Mẫu số 06', basis: 'Thông tư 03/2025/TT-VPCP' },
  log: { name: 'Sổ theo dõi hồ sơ', code: 'Mẫu số 07', basis: 'Thông tư 03/2025/TT-VPCP' },
} satisfies Record<string, Form>;

/** Standard notes written into step descriptions. */
export const NOTE = {
  notCounted: 'Không tính vào thời hạn giải quyết: thời hạn tính từ khi nhận đủ hồ sơ hợp lệ.',
  supplement:
    'Gửi Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; người nộp bổ sung rồi nộp lại. Thời gian bổ sung không tính vào thời hạn giải quyết.',
  assumedSplit:
    'Nguồn chỉ quy định tổng thời hạn; cách chia thời gian cho bước này là giả định của người lập mô hình, không phải quy định.',
};

/** The shared closing paragraph of every documentation text. */
export const ILLUSTRATIVE =
  'Lưu ý: số hồ sơ mỗi năm (dossiersPerYear) và tỷ lệ các nhánh quyết định là số minh họa do người lập mô hình ước lượng, ' +
  'không phải số liệu thống kê. Trạng thái hồ sơ dùng bộ mã 1–10 đồng bộ với Cổng Dịch vụ công quốc gia (theo mã nguồn phần mềm một cửa ' +
  '[TD-DVC; SYNC], không phải văn bản pháp luật). Nơi nguồn chỉ quy định tổng thời hạn, thời gian từng bước là giả định của người lập mô hình ' +
  'và được ghi rõ trong mô tả bước.';

/** Join documentation paragraphs. */
export const doc = (...paragraphs: string[]): string => paragraphs.join('\n\n');
