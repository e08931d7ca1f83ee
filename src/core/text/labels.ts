/**
 * The one label table of the studio's outputs: fact values, element types, fact fields, units and report
 * phrases in Vietnamese and English (labels.vi.ts / labels.en.ts). The compare view, the analysis panel, the
 * CSV/DOCX/print reports and the CLI all read codes through these functions, so no raw code reaches a reader.
 */
import { DOSSIER_STATUSES } from '../model/dossier-status.ts';
import en from './labels.en.ts';
import { formatNumber, formatPercent, type NumberLocale } from './number.ts';
import vi from './labels.vi.ts';

export type LabelTable = typeof vi;
export const LABELS: Record<NumberLocale, LabelTable> = { vi, en };

type EnumGroup =
  'channel' | 'copyType' | 'dataSource' | 'level' | 'onlineLevel' | 'variantStatus' | 'feeKind' | 'timeUnit';

/** Which value list each enumerated fact field takes its words from. */
const FIELD_ENUMS: Record<string, EnumGroup> = {
  'step.channel': 'channel',
  'procedure.channels': 'channel',
  'dossierComponent.copyType': 'copyType',
  'dossierComponent.source': 'dataSource',
  'procedure.level': 'level',
  'procedure.onlineLevel': 'onlineLevel',
  'procedure.variantStatus': 'variantStatus',
  'step.durationUnit': 'timeUnit',
  'procedure.timeUnit': 'timeUnit',
};

/** Numbers that are money (grouped, "đồng" / "VND"). */
const MONEY_FIELDS = new Set(['procedure.fees']);

/** The reader's name of an element type: `bpmn:UserTask` → "Công việc do người thực hiện" / "User task". */
export function elementTypeLabel(type: string, lang: NumberLocale): string {
  const key = type.replace(/^bpmn:/, '') as keyof LabelTable['elementType'];
  return LABELS[lang].elementType[key] ?? LABELS[lang].elementType.other;
}

/** The reader's name of a fact field (`step.duration` → "Thời gian" / "Time"). */
export function factFieldLabel(field: string, lang: NumberLocale): string {
  return (LABELS[lang].field as Record<string, string>)[field] ?? LABELS[lang].field.other;
}

/** The word for one value of an enumerated list, or null when the value is not one of the list's codes. */
export function enumLabel(group: EnumGroup, value: string, lang: NumberLocale): string | null {
  return (LABELS[lang][group] as Record<string, string>)[value] ?? null;
}

/** A yes/no as a word. */
export function booleanLabel(value: boolean, lang: NumberLocale): string {
  return LABELS[lang].boolean[value ? 'true' : 'false'];
}

/** The word of a figure's unit (`VND` → "đồng"). */
export function unitLabel(unit: string, lang: NumberLocale): string {
  return (LABELS[lang].unit as Record<string, string>)[unit] ?? unit;
}

/** A national dossier status as "4 — Đang xử lý" (code and name). */
export function dossierStatusLabel(code: number, lang: NumberLocale): string {
  const status = DOSSIER_STATUSES.find((s) => s.code === code);
  return status ? `${code} — ${status[lang]}` : formatNumber(code, lang);
}

/**
 * The value of a fact field as a reader sees it: codes as words, yes/no, shares as percentages, money and
 * decimals in the language's notation, lists item by item ("—" when there is none).
 */
export function factValueText(field: string, value: string | number | boolean | null, lang: NumberLocale): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return booleanLabel(value, lang);
  if (typeof value === 'number') {
    if (field === 'outcome.share') return formatPercent(value, lang, 1);
    if (field === 'step.dossierStatus') return dossierStatusLabel(value, lang);
    return formatNumber(value, lang, 3);
  }
  if (field === 'type') return elementTypeLabel(value, lang);
  const group = FIELD_ENUMS[field];
  if (group)
    return value
      .split('; ')
      .map((v) => enumLabel(group, v, lang) ?? v)
      .join('; ');
  if (MONEY_FIELDS.has(field)) {
    // fees are flattened as "kind · amount · description" items (see compare/changes.ts)
    return value
      .split('; ')
      .map((item) =>
        item
          .split(' · ')
          .map((part, i) => {
            if (i === 0) return enumLabel('feeKind', part, lang) ?? part;
            return /^\d+(\.\d+)?$/.test(part)
              ? `${formatNumber(Number(part), lang, 0)} ${unitLabel('VND', lang)}`
              : part;
          })
          .join(' · '),
      )
      .join('; ');
  }
  return value;
}

/** Sources the analysis writes as codes (an hourly income typed by the user) as the reader's words. */
const SOURCE_CODES: Record<string, keyof LabelTable['phrase']> = {
  'user-supplied': 'userSupplied',
  'user-provided': 'userSupplied',
};

/** A figure's source as text: the document as written, or the reader's words for a code such as `user-supplied`. */
export function sourceText(source: string, lang: NumberLocale): string {
  const phrase = SOURCE_CODES[source];
  return phrase ? LABELS[lang].phrase[phrase] : source;
}

/** The word for a warning's severity ("Cảnh báo" / "Warning"). */
export function severityLabel(severity: 'error' | 'warning' | 'hint' | 'info', lang: NumberLocale): string {
  return LABELS[lang].severity[severity];
}
