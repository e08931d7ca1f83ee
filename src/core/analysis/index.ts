/** Analysis of a procedure: counts, time, compliance cost, working-day calendar and what-if simulation. */
export { analyze, buildSimulationModel } from './analyze.ts';
export type { Analysis, AnalyzeOptions, LoopInfo, PromisedReturn, RoleTime, TimeDetails } from './analyze.ts';
export type { Block } from './blocks.ts';
export { CUT_OFF_AFTER_15H, CUT_OFF_LAST_HOUR, CUT_OFF_SOURCES, WorkingCalendar } from './calendar.ts';
export type { CalendarOptions, CutOff, ReturnDate, StartShift } from './calendar.ts';
export { compileProcedure } from './compile.ts';
export type { CompiledProcedure } from './compile.ts';
export {
  COST_LINE_LABELS,
  COST_METHODS,
  DEFAULT_HOURLY_INCOME,
  applicantHoursCost,
  compareCosts,
  formatNumber,
  processingTimeCost,
  reduction,
} from './cost.ts';
export type {
  ApplicantHoursInput,
  ApplicantStepHours,
  CostLine,
  CostLineKey,
  CostMethod,
  CostResult,
  CostUnit,
  HourlyIncome,
  ProcessingTimeInput,
  Reduction,
} from './cost.ts';
export { activityCost, DEFAULT_ASSUMPTIONS, resolveAssumptions } from './activity-cost.ts';
export type { ActivityCostResult, ActivityInput, Assumption, AssumptionKey } from './activity-cost.ts';
export { countModel, feeTotals } from './counts.ts';
export type { Counts, DossierComponentCount, FeeTotals, Handoff } from './counts.ts';
export { BlockEvaluator, MAX_REPEAT_SHARE } from './evaluate.ts';
export type { EvalMode, LoopResult, Outcome } from './evaluate.ts';
export { DECIDED_DAYS, GRANTED_DAYS, HOLIDAY_SOURCES, hungKingsDay, legalHolidays, lunarNewYear } from './holidays.ts';
export type { DayOff, DayOffKind, GrantedDays, WorkingDayChange } from './holidays.ts';
export { lunarToSolar } from './lunar.ts';
export type { CivilDate } from './lunar.ts';
export { enumeratePaths } from './paths.ts';
export type { PathList, PathTime } from './paths.ts';
export { mulberry32, seedFrom } from './prng.ts';
export { simulate } from './simulate.ts';
export type { HistogramBin, SimulationModel, SimulationOptions, SimulationResult } from './simulate.ts';
export { WarningList, describeWarning } from './warnings.ts';
export type { AnalysisWarning, AnalysisWarningCode, WarningSeverity } from './warnings.ts';
export * from './queue/index.ts';
