/** Coded findings of the analysis, each tied to an element where it has one, with texts in both languages. */
import type { MessageLocale } from '../bpmn/problem-messages.ts';
import { formatNumber } from '../text/number.ts';

export type AnalysisWarningCode =
  | 'overLimit' | 'stepTimesDoNotAddUp' | 'stepWithoutTime' | 'stepWithoutRole' | 'decisionWithoutShares'
  | 'sharesDoNotSumToOne' | 'stepTimeRangeInvalid' | 'loopAlwaysRepeats' | 'noStatutoryLimit'
  | 'noDossiersPerYear' | 'noApplicantHours' | 'noStartEvent' | 'noProcess' | 'unstructuredFlow'
  | 'pathsTruncated' | 'componentWithoutSource';

export type WarningSeverity = 'error' | 'warning' | 'info';

export interface AnalysisWarning {
  code: AnalysisWarningCode;
  severity: WarningSeverity;
  elementId?: string;
  elementName?: string;
  params: Record<string, string | number>;
}

const MESSAGES: Record<AnalysisWarningCode, Record<MessageLocale, string>> = {
  overLimit: {
    en: 'The longest path takes {days} working days, more than the statutory limit of {limit}.',
    vi: 'Đường dài nhất mất {days} ngày làm việc, vượt thời hạn giải quyết theo quy định ({limit} ngày).'
  },
  stepTimesDoNotAddUp: {
    en: 'The step times add up to {sum} working days along the longest path, but the stated total is {total}.',
    vi: 'Thời gian các bước cộng lại theo đường dài nhất là {sum} ngày làm việc, khác tổng thời gian đã ghi ({total} ngày).'
  },
  stepWithoutTime: {
    en: 'Step "{name}" has no time; it counts as 0.',
    vi: 'Bước "{name}" chưa có thời gian thực hiện; được tính là 0.'
  },
  stepWithoutRole: {
    en: 'Step "{name}" has no role and sits in no lane.',
    vi: 'Bước "{name}" chưa có người/đơn vị thực hiện và không nằm trong làn nào.'
  },
  decisionWithoutShares: {
    en: 'Decision "{name}": {missing} of {total} outgoing flows have no share; the rest of 100% is split equally among them.',
    vi: 'Điểm quyết định "{name}": {missing}/{total} nhánh chưa có tỷ lệ; phần còn lại của 100% được chia đều cho các nhánh này.'
  },
  sharesDoNotSumToOne: {
    en: 'Decision "{name}": the shares add up to {sum}, not 1; they are scaled to 1.',
    vi: 'Điểm quyết định "{name}": tổng tỷ lệ các nhánh là {sum}, không bằng 1; đã quy đổi về 1.'
  },
  stepTimeRangeInvalid: {
    en: 'Step "{name}": the time range {min}–{max} does not contain the stated time {likely}; it is widened.',
    vi: 'Bước "{name}": khoảng thời gian {min}–{max} không chứa thời gian đã ghi ({likely}); đã được mở rộng.'
  },
  loopAlwaysRepeats: {
    en: 'The loop at "{name}" repeats with probability {share}; it is capped at {cap} for the expected value.',
    vi: 'Vòng lặp tại "{name}" lặp lại với xác suất {share}; khi tính kỳ vọng được giới hạn ở {cap}.'
  },
  noStatutoryLimit: {
    en: 'The procedure has no statutory time limit, so the time cannot be checked against the law.',
    vi: 'Thủ tục chưa có thời hạn giải quyết theo quy định nên không thể đối chiếu thời gian.'
  },
  noDossiersPerYear: {
    en: 'The number of dossiers per year is unknown, so the yearly cost is not computed.',
    vi: 'Chưa có số hồ sơ mỗi năm nên không tính được chi phí tuân thủ cả năm.'
  },
  noApplicantHours: {
    en: 'No step states the applicant\'s own hours; the applicant-hours method counts only fees and other costs.',
    vi: 'Chưa bước nào ghi số giờ của người nộp hồ sơ; phương pháp giờ của người dân chỉ tính phí, lệ phí và chi phí khác.'
  },
  noStartEvent: {
    en: 'Process "{name}" has no start; its time cannot be computed.',
    vi: 'Quy trình "{name}" không có điểm bắt đầu nên không tính được thời gian.'
  },
  noProcess: {
    en: 'The file holds no process with steps.',
    vi: 'Tệp không chứa quy trình nào có bước xử lý.'
  },
  unstructuredFlow: {
    en: 'The flows around "{name}" do not nest as blocks; times there are approximate.',
    vi: 'Các luồng quanh "{name}" không lồng nhau theo khối; thời gian ở đây là gần đúng.'
  },
  pathsTruncated: {
    en: 'Only the first {shown} paths are listed.',
    vi: 'Chỉ liệt kê {shown} đường đầu tiên.'
  },
  componentWithoutSource: {
    en: 'Dossier component "{name}" does not say where it comes from; it counts as supplied by the applicant.',
    vi: 'Thành phần hồ sơ "{name}" chưa ghi nguồn; được tính là do người nộp cung cấp.'
  }
};

/** The text of a warning in `locale`, with its parameters filled in as plain text. */
export function describeWarning(warning: AnalysisWarning, locale: MessageLocale): string {
  const params: Record<string, string | number> = { name: warning.elementName ?? warning.elementId ?? '', ...warning.params };
  // Numbers as the reader writes them (2,5 in Vietnamese, 2.5 in English; never -0), from the one helper.
  return MESSAGES[warning.code][locale].replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    return typeof value === 'number' ? formatNumber(value, locale, 2) : String(value ?? '');
  });
}

/** Collects warnings once per (code, element). */
export class WarningList {
  readonly items: AnalysisWarning[] = [];
  private readonly seen = new Set<string>();

  add(code: AnalysisWarningCode, severity: WarningSeverity, element?: { id?: string; name?: string }, params: Record<string, string | number> = {}): void {
    const key = `${code}|${element?.id ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const w: AnalysisWarning = { code, severity, params };
    if (element?.id) w.elementId = element.id;
    if (element?.name) w.elementName = element.name;
    this.items.push(w);
  }
}
