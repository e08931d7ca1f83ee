/** The user's cost options (method, time basis, hourly income and its source), remembered in localStorage. */
import { COST_METHODS, DEFAULT_HOURLY_INCOME, type AnalyzeOptions, type CostMethod } from '@/core/index.ts';

export type TimeBasis = 'critical-path' | 'statutory-limit';

/** The user's cost options, remembered in localStorage. */
export interface AnalysisOptionsState {
  method: CostMethod;
  timeBasis: TimeBasis;
  /** VND per working hour. */
  vndPerHour: number;
  /** Where the hourly income comes from ('' with a non-default amount: entered by the user). */
  incomeSource: string;
}

const STORAGE_KEY = 'tthc.analysis.options';

/** The default options: processing-time method, longest path, the core's default hourly income and source. */
export function defaultAnalysisOptions(): AnalysisOptionsState {
  return {
    method: 'processing-time',
    timeBasis: 'critical-path',
    vndPerHour: DEFAULT_HOURLY_INCOME.vndPerHour,
    incomeSource: DEFAULT_HOURLY_INCOME.source,
  };
}

/** Options saved earlier, else the defaults; unreadable or unavailable storage gives the defaults. */
export function loadAnalysisOptions(): AnalysisOptionsState {
  const defaults = defaultAnalysisOptions();
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return defaults;
    const saved = JSON.parse(raw) as Partial<Record<keyof AnalysisOptionsState, unknown>>;
    return {
      method: COST_METHODS.includes(saved.method as CostMethod) ? (saved.method as CostMethod) : 'processing-time',
      timeBasis: saved.timeBasis === 'statutory-limit' ? 'statutory-limit' : 'critical-path',
      vndPerHour:
        typeof saved.vndPerHour === 'number' && Number.isFinite(saved.vndPerHour) && saved.vndPerHour >= 0
          ? saved.vndPerHour
          : defaults.vndPerHour,
      incomeSource: typeof saved.incomeSource === 'string' ? saved.incomeSource.slice(0, 500) : defaults.incomeSource,
    };
  } catch {
    return defaults;
  }
}

export function saveAnalysisOptions(options: AnalysisOptionsState): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(options));
  } catch {
    // Storage unavailable (private window, quota): the options still apply to this page.
  }
}

/** The core options for the current settings; `userSource` names an income the user typed without a source. */
export function toAnalyzeOptions(
  options: AnalysisOptionsState,
  locale: 'vi' | 'en',
  userSource: string,
): AnalyzeOptions {
  const isDefault =
    options.vndPerHour === DEFAULT_HOURLY_INCOME.vndPerHour && options.incomeSource === DEFAULT_HOURLY_INCOME.source;
  const source = options.incomeSource.trim();
  return {
    method: options.method,
    timeBasis: options.timeBasis,
    locale,
    hourlyIncome: isDefault
      ? DEFAULT_HOURLY_INCOME
      : {
          vndPerHour: options.vndPerHour,
          // a changed amount no longer matches the default's source
          source:
            source &&
            !(source === DEFAULT_HOURLY_INCOME.source && options.vndPerHour !== DEFAULT_HOURLY_INCOME.vndPerHour)
              ? source
              : userSource,
        },
  };
}
