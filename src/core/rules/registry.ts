/**
 * The one rule registry: every check on a procedure model is defined here once, with its severity in each
 * context (`live` while the user draws, `export` at the gate before a variant goes to the one-stop software),
 * the figures it affects and its text in both languages. The analysis finds them (one pass over the one read
 * model); the Analysis tab, the Problems tab, `validate` and the export gate all read those same findings.
 */
import type { MessageLocale } from '../bpmn/problem-messages.ts';
import { formatNumber } from '../text/number.ts';
import { shareSourceText } from '../model/assumed-shares.ts';
import { fieldText, REASON_TEXT, type ImpossibleReason } from './impossible-values.ts';

export type RuleCode =
  | 'overLimit'
  | 'stepTimesDoNotAddUp'
  | 'stepWithoutTime'
  | 'stepWithoutRole'
  | 'decisionWithoutShares'
  | 'sharesDoNotSumToOne'
  | 'sharesAboveOne'
  | 'stepTimeRangeInvalid'
  | 'loopAlwaysRepeats'
  | 'noStatutoryLimit'
  | 'noDossiersPerYear'
  | 'noApplicantHours'
  | 'noStartEvent'
  | 'noProcess'
  | 'unstructuredFlow'
  | 'pathsTruncated'
  | 'componentWithoutSource'
  | 'decisionWithoutVariable'
  | 'decisionVariableInvalid'
  | 'flowWithoutOutcome'
  | 'impossibleValue'
  | 'assumedShare';

/**
 * - `error`: breaks the law or cannot be true (red; blocks export);
 * - `warning`: a figure is uncertain because of it (orange);
 * - `hint`: a fact still missing on a diagram being drawn (quiet, counted);
 * - `info`: context for a figure (no marker).
 */
export type RuleSeverity = 'error' | 'warning' | 'hint' | 'info';
export type RuleContext = 'live' | 'export';
/** The figures a finding changes or makes uncertain (shown with it). */
export type AffectedFigure = 'longestPath' | 'expectedTime' | 'simulation' | 'cost' | 'counts' | 'export';

export interface RuleDefinition {
  severity: Record<RuleContext, RuleSeverity>;
  affects: AffectedFigure[];
  text: Record<MessageLocale, string>;
}

const both = (s: RuleSeverity): Record<RuleContext, RuleSeverity> => ({ live: s, export: s });
/** Missing facts: a quiet hint while drawing, an error at the export gate. */
const incomplete: Record<RuleContext, RuleSeverity> = { live: 'hint', export: 'error' };

export const RULES: Record<RuleCode, RuleDefinition> = {
  overLimit: {
    severity: both('error'),
    affects: ['longestPath'],
    text: {
      en: 'The longest path takes {days} working days, more than the statutory limit of {limit}.',
      vi: 'Đường dài nhất mất {days} ngày làm việc, vượt thời hạn giải quyết theo quy định ({limit} ngày).',
    },
  },
  stepTimesDoNotAddUp: {
    severity: both('warning'),
    affects: ['longestPath'],
    text: {
      en: 'The step times add up to {sum} working days along the longest path, but the stated total is {total}.',
      vi: 'Thời gian các bước cộng lại theo đường dài nhất là {sum} ngày làm việc, khác tổng thời gian đã ghi ({total} ngày).',
    },
  },
  stepWithoutTime: {
    severity: incomplete,
    affects: ['longestPath', 'expectedTime', 'cost'],
    text: {
      en: 'Step "{name}" has no working time.',
      vi: 'Bước "{name}" chưa có thời gian thực hiện.',
    },
  },
  stepWithoutRole: {
    severity: incomplete,
    affects: ['counts', 'export'],
    text: {
      en: 'Step "{name}" has no performer (role or lane).',
      vi: 'Bước "{name}" chưa có đơn vị/người thực hiện (vai trò hoặc làn).',
    },
  },
  decisionWithoutShares: {
    severity: { live: 'hint', export: 'warning' },
    affects: ['expectedTime', 'simulation'],
    text: {
      en: 'Decision "{name}": {missing} of {total} outgoing flows have no share; the expected time and the simulation assume the rest of the dossiers take the main line ("{main}"). The longest path does not depend on shares.',
      vi: 'Điểm quyết định "{name}": {missing}/{total} nhánh chưa có tỷ lệ; thời gian kỳ vọng và mô phỏng đang giả định phần hồ sơ còn lại đi theo luồng chính ("{main}"). Đường dài nhất không phụ thuộc tỷ lệ.',
    },
  },
  assumedShare: {
    severity: both('info'),
    affects: ['expectedTime', 'simulation', 'cost'],
    text: {
      en: 'Flow "{name}": the share {share} is an assumption ({shareSource}); enter your own figure when you have one.',
      vi: 'Nhánh "{name}": tỷ lệ {share} là giả định ({shareSource}); hãy nhập số liệu của đơn vị khi có.',
    },
  },
  sharesDoNotSumToOne: {
    severity: both('warning'),
    affects: ['expectedTime', 'simulation'],
    text: {
      en: 'Decision "{name}": the shares add up to {sum}, not 1; they are scaled to 1.',
      vi: 'Điểm quyết định "{name}": tổng tỷ lệ các nhánh là {sum}, không bằng 1; đã quy đổi về 1.',
    },
  },
  sharesAboveOne: {
    severity: both('error'),
    affects: ['expectedTime', 'simulation'],
    text: {
      en: 'Decision "{name}": the shares add up to {sum}, more than 1, which cannot be; they are not used until corrected.',
      vi: 'Điểm quyết định "{name}": tổng tỷ lệ các nhánh là {sum}, lớn hơn 1 là không thể; chưa dùng các tỷ lệ này cho đến khi sửa.',
    },
  },
  stepTimeRangeInvalid: {
    severity: both('warning'),
    affects: ['expectedTime', 'simulation'],
    text: {
      en: 'Step "{name}": the time range {min}–{max} does not contain the stated time {likely}; it is widened.',
      vi: 'Bước "{name}": khoảng thời gian {min}–{max} không chứa thời gian đã ghi ({likely}); đã được mở rộng.',
    },
  },
  loopAlwaysRepeats: {
    severity: both('warning'),
    affects: ['expectedTime', 'simulation'],
    text: {
      en: 'The loop at "{name}" repeats with probability {share}; it is capped at {cap} for the expected value.',
      vi: 'Vòng lặp tại "{name}" lặp lại với xác suất {share}; khi tính kỳ vọng được giới hạn ở {cap}.',
    },
  },
  noStatutoryLimit: {
    severity: both('info'),
    affects: ['longestPath'],
    text: {
      en: 'The procedure has no statutory time limit, so the time cannot be checked against the law.',
      vi: 'Thủ tục chưa có thời hạn giải quyết theo quy định nên không thể đối chiếu thời gian.',
    },
  },
  noDossiersPerYear: {
    severity: both('info'),
    affects: ['cost'],
    text: {
      en: 'The number of dossiers per year is unknown, so the yearly cost is not computed.',
      vi: 'Chưa có số hồ sơ mỗi năm nên không tính được chi phí tuân thủ cả năm.',
    },
  },
  noApplicantHours: {
    severity: both('info'),
    affects: ['cost'],
    text: {
      en: "No step states the applicant's own hours; the applicant-hours method counts only fees and other costs.",
      vi: 'Chưa bước nào ghi số giờ của người nộp hồ sơ; phương pháp giờ của người dân chỉ tính phí, lệ phí và chi phí khác.',
    },
  },
  noStartEvent: {
    severity: { live: 'warning', export: 'error' },
    affects: ['longestPath', 'expectedTime'],
    text: {
      en: 'Process "{name}" has no start; its time cannot be computed.',
      vi: 'Quy trình "{name}" không có điểm bắt đầu nên không tính được thời gian.',
    },
  },
  noProcess: {
    severity: { live: 'warning', export: 'error' },
    affects: ['longestPath', 'counts'],
    text: { en: 'The file holds no process with steps.', vi: 'Tệp không chứa quy trình nào có bước xử lý.' },
  },
  unstructuredFlow: {
    severity: both('info'),
    affects: ['expectedTime'],
    text: {
      en: 'The flows around "{name}" do not nest as blocks; times there are approximate.',
      vi: 'Các luồng quanh "{name}" không lồng nhau theo khối; thời gian ở đây là gần đúng.',
    },
  },
  pathsTruncated: {
    severity: both('info'),
    affects: [],
    text: { en: 'Only the first {shown} paths are listed.', vi: 'Chỉ liệt kê {shown} đường đầu tiên.' },
  },
  componentWithoutSource: {
    severity: incomplete,
    affects: ['counts', 'cost'],
    text: {
      en: 'Dossier component "{name}" does not name its source (applicant or database); it counts as supplied by the applicant.',
      vi: 'Thành phần hồ sơ "{name}" chưa ghi nguồn (người nộp hoặc cơ sở dữ liệu); đang được tính là do người nộp cung cấp.',
    },
  },
  decisionWithoutVariable: {
    severity: incomplete,
    affects: ['export'],
    text: {
      en: 'Decision "{name}" has no decision variable.',
      vi: 'Điểm quyết định "{name}" chưa có biến quyết định.',
    },
  },
  decisionVariableInvalid: {
    severity: { live: 'warning', export: 'error' },
    affects: ['export'],
    text: {
      en: 'Decision variable "{variable}" of "{name}" must be a valid name (ASCII letters, digits, underscore; not starting with a digit).',
      vi: 'Biến quyết định "{variable}" của "{name}" phải là tên hợp lệ (chữ không dấu, số, gạch dưới; không bắt đầu bằng số).',
    },
  },
  flowWithoutOutcome: {
    severity: incomplete,
    affects: ['export'],
    text: {
      en: 'Flow "{name}" leaving "{gateway}" has no outcome value and is not the default flow.',
      vi: 'Nhánh "{name}" ra từ "{gateway}" chưa có giá trị kết quả và không phải nhánh mặc định.',
    },
  },
  impossibleValue: {
    severity: both('error'),
    affects: ['longestPath', 'expectedTime', 'cost'],
    text: {
      en: '"{name}": {field} = "{value}" cannot be true ({reason}); it is not used in any figure until corrected.',
      vi: '"{name}": {field} = "{value}" là giá trị không thể có ({reason}); chưa được dùng trong số liệu nào cho đến khi sửa.',
    },
  },
};

/** One finding of a rule, tied to an element where it has one. */
export interface Finding {
  code: RuleCode;
  /** Severity in the live context (the export gate reads `severityIn(finding, 'export')`). */
  severity: RuleSeverity;
  elementId?: string;
  elementName?: string;
  /** For `impossibleValue`: the field (attribute) at fault, so the panel can show it there. */
  field?: string;
  params: Record<string, string | number>;
}

export function severityIn(code: RuleCode, context: RuleContext): RuleSeverity {
  return RULES[code].severity[context];
}

/** The text of a finding in `locale`, parameters filled in as plain text, numbers as the language writes them. */
export function describeFinding(
  finding: Pick<Finding, 'code' | 'params' | 'elementId' | 'elementName'>,
  locale: MessageLocale,
): string {
  const params: Record<string, string | number> = {
    name: finding.elementName ?? finding.elementId ?? '',
    ...finding.params,
  };
  return RULES[finding.code].text[locale].replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (key === 'field') return fieldText(String(value), locale);
    if (key === 'shareSource') return shareSourceText(String(value), locale);
    if (key === 'reason') return REASON_TEXT[value as ImpossibleReason]?.[locale] ?? String(value);
    return typeof value === 'number' ? formatNumber(value, locale, 2) : String(value ?? '');
  });
}

/** bpmnlint's modelling rules while drawing are advice (an error there is a warning, a warning a hint); at the gate they count as reported. */
export function lintSeverityIn(reported: 'error' | 'warning', context: RuleContext): 'error' | 'warning' | 'hint' {
  if (context === 'export') return reported;
  return reported === 'error' ? 'warning' : 'hint';
}

export function isRuleCode(code: string): code is RuleCode {
  return Object.prototype.hasOwnProperty.call(RULES, code);
}
