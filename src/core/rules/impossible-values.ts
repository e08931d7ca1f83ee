/**
 * Values that cannot be true (a negative or non-numeric time, an unknown unit, a dossier status outside 1–10,
 * a share outside 0–1 …), found per field. The analysis reports each as `impossibleValue` at its field and
 * leaves the value out of every figure; the properties panel shows the same message beside the field.
 */
import type { MessageLocale } from '../bpmn/problem-messages.ts';
import type { FactsByKind, FactsKind } from '../model/types.ts';

export type ImpossibleReason = 'notANumber' | 'negative' | 'notInteger' | 'unknownValue' | 'statusRange' | 'shareRange';

export interface ImpossibleField {
  field: string;
  value: string;
  reason: ImpossibleReason;
}

type Check = (v: unknown) => ImpossibleReason | undefined;

const number: Check = (v) => (typeof v !== 'number' || !Number.isFinite(v) ? 'notANumber' : undefined);
const nonNegative: Check = (v) => number(v) ?? ((v as number) < 0 ? 'negative' : undefined);
const count: Check = (v) => nonNegative(v) ?? (Number.isInteger(v) ? undefined : 'notInteger');
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    values.includes(String(v)) ? undefined : 'unknownValue';
const status: Check = (v) =>
  number(v) ?? (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 10 ? undefined : 'statusRange');
const share: Check = (v) => number(v) ?? ((v as number) < 0 || (v as number) > 1 ? 'shareRange' : undefined);

/** The checks of every numeric or enumerated field, by facts kind (fields absent from the file are not checked). */
const CHECKS: { [K in FactsKind]?: Partial<Record<keyof FactsByKind[K] & string, Check>> } = {
  procedure: {
    timeLimit: nonNegative,
    timeUnit: oneOf('day', 'hour'),
    dossiersPerYear: count,
    level: oneOf('bo', 'tinh', 'xa'),
    onlineLevel: oneOf('full', 'partial'),
    variantStatus: oneOf('current', 'proposed', 'approved'),
    costPrepareHours: nonNegative,
    costCopyVnd: nonNegative,
    costCertifiedCopyVnd: nonNegative,
    costVisitHours: nonNegative,
    costTravelVnd: nonNegative,
    costResultHours: nonNegative,
    costSupplementHours: nonNegative,
  },
  step: {
    duration: nonNegative,
    minDuration: nonNegative,
    maxDuration: nonNegative,
    durationUnit: oneOf('day', 'hour'),
    dossierStatus: status,
    applicantHours: nonNegative,
    channel: oneOf('inPerson', 'post', 'online'),
  },
  dossierComponent: {
    quantity: count,
    copyType: oneOf('original', 'certifiedCopy', 'copy', 'electronic'),
    source: oneOf('applicant', 'database'),
    platform: oneOf('LGSP', 'NDXP'),
  },
  outcome: { share },
};

/** The checks of every kind as a list, made once: this runs for every step of every analysis. */
const CHECK_LISTS = Object.fromEntries(
  Object.entries(CHECKS).map(([kind, checks]) => [kind, Object.entries(checks as Record<string, Check>)]),
) as Partial<Record<FactsKind, Array<[string, Check]>>>;

/** The fields of `facts` that hold a value that cannot be true. */
export function impossibleFields<K extends FactsKind>(kind: K, facts: FactsByKind[K]): ImpossibleField[] {
  const checks = CHECK_LISTS[kind] ?? [];
  const out: ImpossibleField[] = [];
  const record = facts as unknown as Record<string, unknown>;
  for (const [field, check] of checks) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    const reason = check(value);
    if (reason) out.push({ field, value: String(value), reason });
  }
  if (kind === 'procedure') {
    (facts as FactsByKind['procedure']).fees.forEach((fee, i) => {
      const reason = nonNegative(fee.amountVnd);
      if (reason) out.push({ field: `fees.${i}.amountVnd`, value: String(fee.amountVnd), reason });
    });
  }
  return out;
}

/** Whether `value` of a numeric field can enter a figure (finite and not negative). */
export function usableNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export const REASON_TEXT: Record<ImpossibleReason, Record<MessageLocale, string>> = {
  notANumber: { en: 'not a number', vi: 'không phải là số' },
  negative: { en: 'negative', vi: 'số âm' },
  notInteger: { en: 'not a whole number', vi: 'không phải số nguyên' },
  unknownValue: { en: 'not one of the allowed values', vi: 'không thuộc các giá trị cho phép' },
  statusRange: {
    en: 'a dossier status is a whole number from 1 to 10',
    vi: 'mã trạng thái hồ sơ là số nguyên từ 1 đến 10',
  },
  shareRange: { en: 'a share lies between 0 and 1', vi: 'tỷ lệ phải nằm trong khoảng 0 đến 1' },
};

/** Field names as the panel labels them. */
export const FIELD_TEXT: Record<string, Record<MessageLocale, string>> = {
  timeLimit: { en: 'statutory time limit', vi: 'thời hạn giải quyết' },
  timeUnit: { en: 'time unit', vi: 'đơn vị thời gian' },
  dossiersPerYear: { en: 'dossiers per year', vi: 'số hồ sơ mỗi năm' },
  level: { en: 'level', vi: 'cấp thực hiện' },
  onlineLevel: { en: 'online level', vi: 'mức độ trực tuyến' },
  variantStatus: { en: 'variant status', vi: 'trạng thái phương án' },
  duration: { en: 'working time', vi: 'thời gian thực hiện' },
  minDuration: { en: 'fastest time', vi: 'thời gian nhanh nhất' },
  maxDuration: { en: 'slowest time', vi: 'thời gian chậm nhất' },
  durationUnit: { en: 'time unit', vi: 'đơn vị thời gian' },
  dossierStatus: { en: 'dossier status', vi: 'trạng thái hồ sơ' },
  applicantHours: { en: 'applicant hours', vi: 'số giờ của người dân' },
  channel: { en: 'channel', vi: 'cách thức thực hiện' },
  quantity: { en: 'quantity', vi: 'số lượng' },
  copyType: { en: 'copy type', vi: 'loại bản' },
  source: { en: 'source', vi: 'nguồn' },
  platform: { en: 'platform', vi: 'nền tảng' },
  share: { en: 'share of dossiers', vi: 'tỷ lệ hồ sơ' },
  amountVnd: { en: 'fee amount', vi: 'số tiền phí' },
  costPrepareHours: { en: 'hours to prepare a document', vi: 'số giờ chuẩn bị một giấy tờ' },
  costCopyVnd: { en: 'cost of a copy', vi: 'chi phí một bản sao' },
  costCertifiedCopyVnd: { en: 'cost of a certified copy', vi: 'chi phí một bản sao chứng thực' },
  costVisitHours: { en: 'hours per visit', vi: 'số giờ mỗi lần đến' },
  costTravelVnd: { en: 'travel cost per visit', vi: 'chi phí đi lại mỗi lần đến' },
  costResultHours: { en: 'hours to receive the result', vi: 'số giờ nhận kết quả' },
  costSupplementHours: { en: 'hours to supplement', vi: 'số giờ bổ sung hồ sơ' },
};

/** The field's label in `locale` (`fees.0.amountVnd` reads as the fee amount). */
export function fieldText(field: string, locale: MessageLocale): string {
  const key = field.split('.').pop() ?? field;
  return FIELD_TEXT[key]?.[locale] ?? key;
}
