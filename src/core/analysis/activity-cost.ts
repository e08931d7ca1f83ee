/**
 * The activity method of compliance cost (Circular 02/2017/TT-VPCP Art.27: "chi phí thực hiện các công việc
 * cần thiết … + phí, lệ phí", in the Standard Cost Model spirit of Công văn 28/CCTTHC): the required work is
 * built from the activities the model holds — preparing each dossier component asked of the applicant (hours,
 * plus copy or certification costs), each in-person visit (travel and waiting hours, travel cost), receiving
 * the result, supplementing when asked (weighted by its share) — × hourly income, plus fees, × dossiers a year.
 * Each activity is its own line, so removing a visit or taking a document from data lowers the cost by exactly
 * that line. Art.27 clause 4 (how each item is determined) could not be read from a primary text: every default
 * below is an editable assumption, labelled as the studio's estimate, and a value in the file replaces it.
 */
import type { MessageLocale } from '../bpmn/problem-messages.ts';
import type { CopyType, ProcedureFacts } from '../model/types.ts';
import { formatNumber, roundTo as round } from '../text/number.ts';
import type { CostLine, CostResult, HourlyIncome } from './cost.ts';
import { DEFAULT_HOURLY_INCOME } from './cost.ts';
import type { DossierComponentCount, FeeTotals } from './counts.ts';

export type AssumptionKey =
  | 'costPrepareHours'
  | 'costCopyVnd'
  | 'costCertifiedCopyVnd'
  | 'costVisitHours'
  | 'costTravelVnd'
  | 'costResultHours'
  | 'costSupplementHours';

export interface Assumption {
  key: AssumptionKey;
  label: string;
  value: number;
  unit: 'hour' | 'VND';
  /** `file`: written in the procedure; `estimate`: the studio's default. */
  origin: 'file' | 'estimate';
  source: string;
}

/** The studio's defaults: estimates (no primary text gives them), each replaceable in the procedure's facts. */
export const DEFAULT_ASSUMPTIONS: Record<
  AssumptionKey,
  { value: number; unit: 'hour' | 'VND'; label: Record<MessageLocale, string> }
> = {
  costPrepareHours: {
    value: 0.5,
    unit: 'hour',
    label: { en: 'Hours to prepare one dossier component', vi: 'Số giờ chuẩn bị một thành phần hồ sơ' },
  },
  costCopyVnd: { value: 2_000, unit: 'VND', label: { en: 'Cost of one plain copy', vi: 'Chi phí một bản sao (chụp)' } },
  costCertifiedCopyVnd: {
    value: 10_000,
    unit: 'VND',
    label: { en: 'Cost of one certified copy', vi: 'Chi phí một bản sao chứng thực' },
  },
  costVisitHours: {
    value: 2,
    unit: 'hour',
    label: {
      en: 'Hours of travel and waiting per in-person visit',
      vi: 'Số giờ đi lại và chờ đợi mỗi lần đến trực tiếp',
    },
  },
  costTravelVnd: {
    value: 30_000,
    unit: 'VND',
    label: { en: 'Travel cost per in-person visit', vi: 'Chi phí đi lại mỗi lần đến trực tiếp' },
  },
  costResultHours: {
    value: 0.25,
    unit: 'hour',
    label: { en: 'Hours to receive the result', vi: 'Số giờ nhận kết quả' },
  },
  costSupplementHours: {
    value: 1,
    unit: 'hour',
    label: { en: 'Hours to supplement a dossier when asked', vi: 'Số giờ bổ sung hồ sơ khi được yêu cầu' },
  },
};

const ESTIMATE: Record<MessageLocale, string> = {
  en: 'TTHC Studio estimate (Circular 02/2017 Art.27 cl.4 not read from a primary text); edit it in the procedure',
  vi: 'ước tính của TTHC Studio (chưa đọc được khoản 4 Điều 27 Thông tư 02/2017 từ văn bản gốc); sửa được trong thông tin thủ tục',
};
const FROM_FILE: Record<MessageLocale, string> = { en: 'entered in the procedure', vi: 'nhập trong thông tin thủ tục' };

/** The assumptions in force: the procedure's own values, else the studio's estimates. */
export function resolveAssumptions(
  procedure: ProcedureFacts,
  locale: MessageLocale,
): Record<AssumptionKey, Assumption> {
  const out = {} as Record<AssumptionKey, Assumption>;
  for (const key of Object.keys(DEFAULT_ASSUMPTIONS) as AssumptionKey[]) {
    const d = DEFAULT_ASSUMPTIONS[key];
    const own = procedure[key];
    const inFile = typeof own === 'number' && Number.isFinite(own) && own >= 0;
    out[key] = {
      key,
      label: d.label[locale],
      value: inFile ? own : d.value,
      unit: d.unit,
      origin: inFile ? 'file' : 'estimate',
      source: inFile ? FROM_FILE[locale] : ESTIMATE[locale],
    };
  }
  return out;
}

export interface ActivityInput {
  /** Dossier components (those from databases cost the applicant nothing). */
  documents: DossierComponentCount[];
  /** Expected in-person visits per dossier (loops included). */
  visits: number;
  /** Expected supplement requests per dossier (the supplement branches' shares, loops included). */
  supplements: number;
  assumptions: Record<AssumptionKey, Assumption>;
  hourlyIncome?: HourlyIncome;
  fees?: Pick<FeeTotals, 'feeVnd' | 'chargeVnd' | 'otherVnd'>;
  dossiersPerYear?: number | null;
  locale?: MessageLocale;
}

export interface ActivityCostResult extends CostResult {
  assumptions: Assumption[];
}

const LABELS = {
  document: { en: 'Prepare', vi: 'Chuẩn bị' },
  visits: { en: 'In-person visits', vi: 'Các lần đến trực tiếp' },
  result: { en: 'Receive the result', vi: 'Nhận kết quả' },
  supplement: { en: 'Supplement when asked', vi: 'Bổ sung hồ sơ khi được yêu cầu' },
  activityHours: { en: 'Applicant hours per dossier', vi: 'Tổng số giờ của người dân mỗi hồ sơ' },
  outOfPocket: { en: 'Copies, certification and travel per dossier', vi: 'Sao chụp, chứng thực và đi lại mỗi hồ sơ' },
  hourlyIncome: { en: 'Average income per hour', vi: 'Thu nhập bình quân mỗi giờ' },
  workCost: { en: 'Cost of the work per dossier', vi: 'Chi phí thực hiện công việc mỗi hồ sơ' },
  fees: { en: 'Fees, charges and other costs per dossier', vi: 'Phí, lệ phí và chi phí khác mỗi hồ sơ' },
  costPerDossier: { en: 'Compliance cost per dossier', vi: 'Chi phí tuân thủ mỗi hồ sơ' },
  dossiersPerYear: { en: 'Dossiers per year', vi: 'Số hồ sơ mỗi năm' },
  costPerYear: { en: 'Compliance cost per year', vi: 'Chi phí tuân thủ mỗi năm' },
} as const;

/** The activity cost, each activity a line with its hours and out-of-pocket money, then × income + fees. */
export function activityCost(input: ActivityInput): ActivityCostResult {
  const locale = input.locale ?? 'en';
  const income = input.hourlyIncome ?? DEFAULT_HOURLY_INCOME;
  const a = input.assumptions;
  const fmt = (n: number): string => formatNumber(n, locale);
  const lines: CostLine[] = [];
  let hours = 0;
  let money = 0;
  const activity = (label: string, h: number, vnd: number, formula: string, elementId?: string): void => {
    hours += h;
    money += vnd;
    const line: CostLine = {
      key: 'activity',
      label,
      formula,
      value: round(h * income.vndPerHour + vnd, 0),
      unit: 'VND',
    };
    if (elementId) line.elementId = elementId;
    lines.push(line);
  };
  for (const d of input.documents) {
    if (d.source !== 'applicant') continue;
    const q = d.quantity && d.quantity > 0 ? d.quantity : 1;
    const copy = copyCost(d.copyType, a);
    const h = q * a.costPrepareHours.value;
    activity(
      `${LABELS.document[locale]}: ${d.name ?? d.id}`,
      h,
      q * copy,
      `${fmt(q)} × (${fmt(a.costPrepareHours.value)} h × ${fmt(income.vndPerHour)} + ${fmt(copy)})`,
      d.id,
    );
  }
  if (input.visits > 0) {
    const n = round(input.visits, 4);
    activity(
      LABELS.visits[locale],
      n * a.costVisitHours.value,
      n * a.costTravelVnd.value,
      `${fmt(n)} × (${fmt(a.costVisitHours.value)} h × ${fmt(income.vndPerHour)} + ${fmt(a.costTravelVnd.value)})`,
    );
  }
  activity(
    LABELS.result[locale],
    a.costResultHours.value,
    0,
    `${fmt(a.costResultHours.value)} h × ${fmt(income.vndPerHour)}`,
  );
  if (input.supplements > 0) {
    const n = round(input.supplements, 4);
    activity(
      LABELS.supplement[locale],
      n * a.costSupplementHours.value,
      0,
      `${fmt(n)} × ${fmt(a.costSupplementHours.value)} h × ${fmt(income.vndPerHour)}`,
    );
  }
  const totalHours = round(hours, 2);
  const outOfPocket = Math.round(money);
  const work = Math.round(hours * income.vndPerHour) + outOfPocket;
  const feeVnd = input.fees?.feeVnd ?? 0;
  const chargeVnd = input.fees?.chargeVnd ?? 0;
  const otherVnd = input.fees?.otherVnd ?? 0;
  const feesTotal = Math.round(feeVnd + chargeVnd + otherVnd);
  const perDossier = work + feesTotal;
  const n =
    typeof input.dossiersPerYear === 'number' && Number.isFinite(input.dossiersPerYear) && input.dossiersPerYear >= 0
      ? input.dossiersPerYear
      : null;
  const line = (
    key: CostLine['key'],
    label: string,
    formula: string,
    value: number,
    unit: CostLine['unit'],
  ): CostLine => ({ key, label, formula, value, unit });
  lines.push(
    line('applicantHours', LABELS.activityHours[locale], '', totalHours, 'hour'),
    line('outOfPocket', LABELS.outOfPocket[locale], '', outOfPocket, 'VND'),
    line('hourlyIncome', LABELS.hourlyIncome[locale], income.source, income.vndPerHour, 'VND/h'),
    line(
      'workCost',
      LABELS.workCost[locale],
      `${fmt(totalHours)} × ${fmt(income.vndPerHour)} + ${fmt(outOfPocket)}`,
      work,
      'VND',
    ),
    line('fees', LABELS.fees[locale], `${fmt(feeVnd)} + ${fmt(chargeVnd)} + ${fmt(otherVnd)}`, feesTotal, 'VND'),
    line('costPerDossier', LABELS.costPerDossier[locale], `${fmt(work)} + ${fmt(feesTotal)}`, perDossier, 'VND'),
  );
  let perYear: number | null = null;
  if (n !== null) {
    perYear = perDossier * n;
    lines.push(
      line('dossiersPerYear', LABELS.dossiersPerYear[locale], '', n, 'dossier/year'),
      line('costPerYear', LABELS.costPerYear[locale], `${fmt(perDossier)} × ${fmt(n)}`, perYear, 'VND'),
    );
  }
  return {
    method: 'activity',
    hourlyIncome: income,
    workingHours: totalHours,
    workCostPerDossierVnd: work,
    feesPerDossierVnd: feesTotal,
    perDossierVnd: perDossier,
    dossiersPerYear: n,
    perYearVnd: perYear,
    breakdown: lines,
    assumptions: Object.values(a),
  };
}

function copyCost(copyType: CopyType | undefined, a: Record<AssumptionKey, Assumption>): number {
  if (copyType === 'copy') return a.costCopyVnd.value;
  if (copyType === 'certifiedCopy') return a.costCertifiedCopyVnd.value;
  return 0;
}
