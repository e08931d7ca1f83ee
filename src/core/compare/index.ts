/** Comparison of procedure variants: element matching, change lists, figures, targets and reports. */
export { collectElements, nameKey } from './elements.ts';
export type { ElementFamily, ModelElement, ModelElements } from './elements.ts';
export { isConnection, matchElements } from './matching.ts';
export type { MatchOptions, MatchPair, MatchRule, Matching } from './matching.ts';
export { levenshtein, nameSimilarity } from './similarity.ts';
export { compareModels, describeChanges, flattenFacts } from './changes.ts';
export type {
  ChangeKind,
  ElementChange,
  FieldChange,
  FieldValue,
  MatchedPairSummary,
  ModelComparison,
} from './changes.ts';
export {
  METRIC_KEYS,
  METRIC_LABELS,
  metricReductions,
  metricValueText,
  rateText,
  savingText,
  variantMetrics,
} from './metrics.ts';
export type { MetricKey, VariantFigures, VariantMetrics, VariantReductions } from './metrics.ts';
export {
  DEFAULT_TARGETS,
  RESOLUTION_66_COST,
  RESOLUTION_66_TIME,
  TARGET_PRESETS,
  checkTargets,
  targetSourceText,
} from './targets.ts';
export type { ReductionTarget, TargetCheck } from './targets.ts';
export { COST_METHOD_SOURCE, compareVariants, legalSourceText } from './variants.ts';
export type {
  CompareVariantsOptions,
  LegalSource,
  OptionComparison,
  VariantInput,
  VariantsComparison,
} from './variants.ts';
export {
  CHANGE_KIND_LABELS,
  LONG_TEXT,
  RULE_LABELS,
  changeFieldLabel,
  changeText,
  changeValueText,
  isLongTextChange,
  textDiff,
  textDiffLine,
} from './labels.ts';
export type { ChangeText, FieldText, TextDiffPart } from './labels.ts';
export { comparisonCsv, rate as formatRate } from './report-csv.ts';
export { comparisonDocx } from './report-docx.ts';
export type { DocxDiagram, DocxReportOptions } from './report-docx.ts';
