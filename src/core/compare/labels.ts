/** Words of the comparison reports (CSV, DOCX, CLI) in both languages; the app's own texts are in i18n. */
import type { MessageLocale } from '../bpmn/problem-messages.ts';
import type { ChangeKind, FieldValue } from './changes.ts';
import type { MatchRule } from './matching.ts';

export const CHANGE_KIND_LABELS: Record<ChangeKind, Record<MessageLocale, string>> = {
  added: { vi: 'Thêm', en: 'Added' },
  removed: { vi: 'Bỏ', en: 'Removed' },
  changed: { vi: 'Sửa', en: 'Changed' }
};

export const RULE_LABELS: Record<MatchRule, Record<MessageLocale, string>> = {
  id: { vi: 'cùng mã phần tử', en: 'same id' },
  name: { vi: 'cùng tên', en: 'same name' },
  'name+position': { vi: 'cùng tên và vị trí', en: 'same name and position' },
  position: { vi: 'cùng vị trí', en: 'same position' },
  endpoints: { vi: 'cùng điểm đầu, điểm cuối', en: 'same ends' }
};

const FIELD_LABELS: Record<string, Record<MessageLocale, string>> = {
  name: { vi: 'Tên', en: 'Name' },
  type: { vi: 'Loại', en: 'Type' },
  source: { vi: 'Điểm đầu', en: 'Source' },
  target: { vi: 'Điểm cuối', en: 'Target' },
  condition: { vi: 'Điều kiện', en: 'Condition' },
  'step.duration': { vi: 'Thời gian', en: 'Time' },
  'step.durationUnit': { vi: 'Đơn vị thời gian', en: 'Time unit' },
  'step.minDuration': { vi: 'Thời gian ngắn nhất', en: 'Fastest time' },
  'step.maxDuration': { vi: 'Thời gian dài nhất', en: 'Slowest time' },
  'step.role': { vi: 'Vai trò thực hiện', en: 'Role' },
  'step.channel': { vi: 'Kênh', en: 'Channel' },
  'step.dossierStatus': { vi: 'Trạng thái hồ sơ', en: 'Dossier status' },
  'step.maySendBack': { vi: 'Được trả lại', en: 'May send back' },
  'step.inPersonVisit': { vi: 'Đến trực tiếp', en: 'In-person visit' },
  'step.applicantHours': { vi: 'Số giờ của người dân', en: 'Applicant hours' },
  'step.description': { vi: 'Nội dung công việc', en: 'Work content' },
  'step.forms': { vi: 'Biểu mẫu', en: 'Forms' },
  'step.outputs': { vi: 'Kết quả', en: 'Outputs' },
  'dossierComponent.name': { vi: 'Tên giấy tờ', en: 'Document name' },
  'dossierComponent.copyType': { vi: 'Loại bản', en: 'Copy type' },
  'dossierComponent.quantity': { vi: 'Số lượng', en: 'Quantity' },
  'dossierComponent.source': { vi: 'Nguồn', en: 'Source of the document' },
  'dossierComponent.database': { vi: 'CSDL', en: 'Database' },
  'dossierComponent.platform': { vi: 'Nền tảng', en: 'Platform' },
  'decision.variable': { vi: 'Biến quyết định', en: 'Decision variable' },
  'decision.question': { vi: 'Câu hỏi', en: 'Question' },
  'outcome.value': { vi: 'Kết quả nhánh', en: 'Outcome' },
  'outcome.share': { vi: 'Tỷ lệ hồ sơ', en: 'Share of dossiers' },
  'procedure.timeLimit': { vi: 'Thời hạn giải quyết', en: 'Statutory limit' },
  'procedure.timeUnit': { vi: 'Đơn vị thời hạn', en: 'Limit unit' },
  'procedure.channels': { vi: 'Cách thức thực hiện', en: 'Channels' },
  'procedure.onlineLevel': { vi: 'Mức độ trực tuyến', en: 'Online level' },
  'procedure.fees': { vi: 'Phí, lệ phí', en: 'Fees' },
  'procedure.legalBases': { vi: 'Căn cứ pháp lý', en: 'Legal bases' },
  'procedure.dossiersPerYear': { vi: 'Số hồ sơ mỗi năm', en: 'Dossiers per year' }
};

/** The label of a changed field (`step.duration` → "Thời gian" / "Time"); unknown fields show as they are. */
export function changeFieldLabel(field: string, lang: MessageLocale): string {
  return FIELD_LABELS[field]?.[lang] ?? field;
}

/** A field value as text ("—" for none). */
export function changeValueText(value: FieldValue): string {
  if (value === null) return '—';
  return String(value);
}
