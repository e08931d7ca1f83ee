/** The comparison as CSV (the studio's one CSV writer, text/csv.ts): figures, targets, changes. */
import type { MessageLocale } from '../bpmn/problem-messages.ts';
import { toCsv } from '../text/csv.ts';
import { elementTypeLabel } from '../text/labels.ts';
import { formatPercent, plainNumber } from '../text/number.ts';
import { CHANGE_KIND_LABELS, RULE_LABELS, changeFieldLabel, changeValueText } from './labels.ts';
import { METRIC_KEYS, METRIC_LABELS, rateText, savingText } from './metrics.ts';
import { targetSourceText } from './targets.ts';
import type { VariantsComparison } from './variants.ts';

const T = {
  vi: {
    metric: 'Tiêu chí',
    saving: 'Tiết kiệm',
    rate: 'Tỷ lệ cắt giảm',
    target: 'Mục tiêu',
    source: 'Nguồn',
    option: 'Phương án',
    met: 'Đạt',
    notMet: 'Không đạt',
    na: 'Không xác định',
    kind: 'Thay đổi',
    id: 'Mã phần tử',
    type: 'Loại',
    name: 'Tên',
    field: 'Trường',
    old: 'Cũ',
    new: 'Mới',
    rule: 'Cách ghép',
    minRate: 'Mức tối thiểu',
  },
  en: {
    metric: 'Criterion',
    saving: 'Saving',
    rate: 'Reduction rate',
    target: 'Target',
    source: 'Source',
    option: 'Option',
    met: 'met',
    notMet: 'not met',
    na: 'n/a',
    kind: 'Change',
    id: 'Element id',
    type: 'Type',
    name: 'Name',
    field: 'Field',
    old: 'Old',
    new: 'New',
    rule: 'Matched by',
    minRate: 'Minimum',
  },
};

/**
 * Three tables one after another, separated by an empty line. Figures are plain numbers (point as decimal
 * mark) so a spreadsheet reads them as numbers; savings of documents taken from data read as gains ("+2 …").
 */
export function comparisonCsv(c: VariantsComparison, lang: MessageLocale = 'vi'): string {
  const t = T[lang];
  const rows: string[][] = [];
  const num = (n: number | null) => (n === null ? '' : plainNumber(n));
  rows.push([
    t.metric,
    c.baseline.label,
    ...c.options.flatMap((o) => [o.label, `${t.saving} (${o.label})`, `${t.rate} (${o.label})`]),
  ]);
  for (const key of METRIC_KEYS) {
    rows.push([
      METRIC_LABELS[key][lang],
      num(c.baseline.metrics.figures[key]),
      ...c.options.flatMap((o) => {
        const r = o.reductions[key];
        const saving = !r ? '' : METRIC_LABELS[key].more ? savingText(key, r, lang) : plainNumber(r.saving);
        return [num(o.metrics.figures[key]), saving, r?.rate != null ? rateText(key, r, 'en') : ''];
      }),
    ]);
  }
  rows.push([]);
  rows.push([t.option, t.target, t.minRate, t.rate, t.met, t.source]);
  for (const o of c.options) {
    for (const check of o.targets) {
      rows.push([
        o.label,
        check.target.label[lang],
        rate(check.target.minRate),
        check.rate === null ? '' : rate(check.rate),
        check.met === null ? t.na : check.met ? t.met : t.notMet,
        targetSourceText(check.target, lang),
      ]);
    }
  }
  rows.push([]);
  rows.push([t.option, t.kind, t.id, t.type, t.name, t.field, t.old, t.new, t.rule]);
  for (const o of c.options) {
    for (const ch of o.comparison.changes) {
      const id = ch.afterId ?? ch.beforeId ?? '';
      const base = [o.label, CHANGE_KIND_LABELS[ch.kind][lang], id, elementTypeLabel(ch.type, lang), ch.name];
      if (!ch.fields.length) rows.push([...base, '', '', '', '']);
      for (const f of ch.fields) {
        rows.push([
          ...base,
          changeFieldLabel(f.field, lang),
          changeValueText(f.old, f.field, lang),
          changeValueText(f.new, f.field, lang),
          ch.rule ? RULE_LABELS[ch.rule][lang] : '',
        ]);
      }
    }
  }
  return toCsv(rows);
}

/** A rate as a percentage with at most two decimals, point as decimal mark: 0.3 → "30%". */
export function rate(r: number): string {
  return formatPercent(r, 'en', 2);
}
