/**
 * The "new procedure" template: one pool with the usual one-stop roles as lanes, submission, the
 * completeness check with its supplement loop, processing, approval, issue and return of the result
 * (the typical internal process, docs/sources.md [HN1594; VL2682]).
 */
import type { ProcedureSpec } from '../builder/spec.ts';
import { ASSUMED_SHARES, ESTIMATE_SOURCE } from '../model/assumed-shares.ts';
import { buildProcedureXml } from '../builder/build.ts';

type Locale = 'vi' | 'en';

const TEXT = {
  vi: {
    process: 'Thủ tục hành chính mới',
    applicant: 'Tổ chức, cá nhân',
    desk: 'Bộ phận Một cửa',
    officer: 'Chuyên viên thụ lý',
    head: 'Lãnh đạo phòng chuyên môn',
    leader: 'Lãnh đạo cơ quan',
    clerk: 'Văn thư',
    submit: 'Nộp hồ sơ',
    check: 'Tiếp nhận, kiểm tra hồ sơ',
    complete: 'Hồ sơ đầy đủ, hợp lệ?',
    yes: 'Đầy đủ',
    no: 'Chưa đầy đủ',
    supplement: 'Bổ sung, hoàn thiện hồ sơ',
    process2: 'Thẩm định, xử lý hồ sơ',
    review: 'Xem xét, trình ký',
    approve: 'Phê duyệt, ký kết quả',
    issue: 'Vào sổ, đóng dấu, phát hành',
    give: 'Trả kết quả',
    received: 'Đã nhận kết quả',
    supplementForm: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)',
  },
  en: {
    process: 'New administrative procedure',
    applicant: 'Applicant',
    desk: 'One-stop desk',
    officer: 'Case officer',
    head: 'Office head',
    leader: 'Agency leader',
    clerk: 'Records clerk',
    submit: 'Dossier submitted',
    check: 'Receive and check dossier',
    complete: 'Dossier complete and valid?',
    yes: 'Complete',
    no: 'Incomplete',
    supplement: 'Supplement the dossier',
    process2: 'Examine and process dossier',
    review: 'Review and submit for signature',
    approve: 'Approve and sign result',
    issue: 'Register, stamp and issue',
    give: 'Return result',
    received: 'Result received',
    supplementForm: 'Supplement request slip',
    receipt: 'Receipt and appointment slip (Form 01)',
  },
} as const;

/** The template as a spec, in the user's language. */
export function newProcedureSpec(locale: Locale = 'vi'): ProcedureSpec {
  const t = TEXT[locale];
  return {
    id: 'Process_TTHC',
    name: t.process,
    procedure: { name: t.process, variantStatus: 'current', timeUnit: 'day', channels: ['inPerson', 'post', 'online'] },
    lanes: [
      { id: 'Lane_Applicant', name: t.applicant },
      { id: 'Lane_Desk', name: t.desk },
      { id: 'Lane_Officer', name: t.officer },
      { id: 'Lane_Head', name: t.head },
      { id: 'Lane_Leader', name: t.leader },
      { id: 'Lane_Clerk', name: t.clerk },
    ],
    nodes: [
      { id: 'Start_Submit', type: 'startEvent', name: t.submit, lane: 'Lane_Applicant' },
      {
        id: 'Task_Check',
        type: 'userTask',
        name: t.check,
        lane: 'Lane_Desk',
        step: { dossierStatus: 2, forms: [{ name: t.receipt }] },
      },
      {
        id: 'Gateway_Complete',
        type: 'exclusiveGateway',
        name: t.complete,
        lane: 'Lane_Desk',
        decision: { variable: 'hoSoDayDu', question: t.complete },
      },
      {
        id: 'Task_Supplement',
        type: 'userTask',
        name: t.supplement,
        lane: 'Lane_Applicant',
        step: { dossierStatus: 5, inPersonVisit: false, forms: [{ name: t.supplementForm }] },
      },
      {
        id: 'Task_Process',
        type: 'userTask',
        name: t.process2,
        lane: 'Lane_Officer',
        step: { dossierStatus: 4, maySendBack: true },
      },
      { id: 'Task_Review', type: 'userTask', name: t.review, lane: 'Lane_Head', step: { maySendBack: true } },
      { id: 'Task_Approve', type: 'userTask', name: t.approve, lane: 'Lane_Leader', step: { maySendBack: true } },
      { id: 'Task_Issue', type: 'userTask', name: t.issue, lane: 'Lane_Clerk', step: { dossierStatus: 9 } },
      { id: 'Task_Return', type: 'userTask', name: t.give, lane: 'Lane_Desk', step: { dossierStatus: 10 } },
      { id: 'End_Received', type: 'endEvent', name: t.received, lane: 'Lane_Applicant' },
    ],
    flows: [
      { id: 'Flow_Submit', from: 'Start_Submit', to: 'Task_Check' },
      { id: 'Flow_Check', from: 'Task_Check', to: 'Gateway_Complete' },
      {
        id: 'Flow_Complete',
        from: 'Gateway_Complete',
        to: 'Task_Process',
        name: t.yes,
        isDefault: true,
        outcome: { value: 'true', share: 1 - ASSUMED_SHARES.supplement, shareSource: ESTIMATE_SOURCE },
      },
      {
        id: 'Flow_Incomplete',
        from: 'Gateway_Complete',
        to: 'Task_Supplement',
        name: t.no,
        outcome: { value: 'false', share: ASSUMED_SHARES.supplement, shareSource: ESTIMATE_SOURCE },
      },
      { id: 'Flow_Resubmit', from: 'Task_Supplement', to: 'Task_Check' },
      { id: 'Flow_Process', from: 'Task_Process', to: 'Task_Review' },
      { id: 'Flow_Review', from: 'Task_Review', to: 'Task_Approve' },
      { id: 'Flow_Approve', from: 'Task_Approve', to: 'Task_Issue' },
      { id: 'Flow_Issue', from: 'Task_Issue', to: 'Task_Return' },
      { id: 'Flow_Return', from: 'Task_Return', to: 'End_Received' },
    ],
  };
}

/** The template as BPMN XML. */
export function newProcedureXml(locale: Locale = 'vi'): Promise<string> {
  return buildProcedureXml(newProcedureSpec(locale));
}
