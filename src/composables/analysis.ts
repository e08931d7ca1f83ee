/**
 * The live analysis of the diagram in the editor: re-runs the core `analyze` on the modeler's own definitions
 * after each change (debounced, in idle time), keeps the user's cost options, and runs the seeded simulation
 * in a Web Worker. Results are plain objects held in shallow refs; the modeler itself is never made reactive.
 */
import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAppLocale } from '@/i18n/locale.ts';
import type Modeler from 'bpmn-js/lib/Modeler';
import {
  analyze, buildSimulationModel, DEFAULT_HOURLY_INCOME, readProcedure,
  type Analysis, type AnalyzeOptions, type CostMethod, type LegalBasis, type ModdleElement, type SimulationResult
} from '@/core/index.ts';
import type { EditorSession } from './editor-session.ts';
import { createSimulationClient } from './simulation.ts';

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

/** Procedure facts shown beside the statutory check (text from the file, shown as text). */
export interface ProcedureContext { legalBases: LegalBasis[]; timeStartsFrom?: string }

export interface SimulationState {
  status: 'idle' | 'running' | 'done' | 'error';
  result: SimulationResult | null;
  error?: string;
  /** How many simulations finished (a hook for tests and for re-rendering). */
  completed: number;
  /** The diagram or the options changed after this result was computed. */
  outdated: boolean;
}

export interface AnalysisSession {
  analysis: ShallowRef<Analysis | null>;
  procedure: ShallowRef<ProcedureContext>;
  error: Ref<string | null>;
  /** True from a change until its analysis has run. */
  pending: Ref<boolean>;
  /** How many times `analyze` ran (exposed as `data-runs` for the browser tests). */
  runs: Ref<number>;
  options: Ref<AnalysisOptionsState>;
  simulation: ShallowRef<SimulationState>;
  /** Run `runs` simulated dossiers with `seed` in the worker; same model and seed → same result. */
  runSimulation(runs: number, seed: number | string): Promise<void>;
  resetOptions(): void;
  /** Run a pending analysis now (e.g. before reading a figure). */
  flush(): void;
}

const STORAGE_KEY = 'tthc.analysis.options';
const DEBOUNCE_MS = 400;
/** Even during a long burst of changes the figures refresh at least this often. */
const MAX_WAIT_MS = 2000;
/** Events that change what the analysis reads; `elements.changed` is left out on purpose (it fires on redraws). */
const EVENTS = ['commandStack.changed', 'import.done'];

/** The default options: processing-time method, longest path, the core's default hourly income and source. */
export function defaultAnalysisOptions(): AnalysisOptionsState {
  return {
    method: 'processing-time', timeBasis: 'critical-path',
    vndPerHour: DEFAULT_HOURLY_INCOME.vndPerHour, incomeSource: DEFAULT_HOURLY_INCOME.source
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
      method: saved.method === 'applicant-hours' ? 'applicant-hours' : 'processing-time',
      timeBasis: saved.timeBasis === 'statutory-limit' ? 'statutory-limit' : 'critical-path',
      vndPerHour: typeof saved.vndPerHour === 'number' && Number.isFinite(saved.vndPerHour) && saved.vndPerHour >= 0 ? saved.vndPerHour : defaults.vndPerHour,
      incomeSource: typeof saved.incomeSource === 'string' ? saved.incomeSource.slice(0, 500) : defaults.incomeSource
    };
  } catch {
    return defaults;
  }
}

function saveAnalysisOptions(options: AnalysisOptionsState): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(options));
  } catch {
    // Storage unavailable (private window, quota): the options still apply to this page.
  }
}

/** The core options for the current settings; `userSource` names an income the user typed without a source. */
export function toAnalyzeOptions(options: AnalysisOptionsState, locale: 'vi' | 'en', userSource: string): AnalyzeOptions {
  const isDefault = options.vndPerHour === DEFAULT_HOURLY_INCOME.vndPerHour && options.incomeSource === DEFAULT_HOURLY_INCOME.source;
  const source = options.incomeSource.trim();
  return {
    method: options.method,
    timeBasis: options.timeBasis,
    locale,
    hourlyIncome: isDefault ? DEFAULT_HOURLY_INCOME : {
      vndPerHour: options.vndPerHour,
      // a changed amount no longer matches the default's source
      source: source && !(source === DEFAULT_HOURLY_INCOME.source && options.vndPerHour !== DEFAULT_HOURLY_INCOME.vndPerHour) ? source : userSource
    }
  };
}

/** Live analysis of the session's diagram; call from a component's setup (it uses vue-i18n and scope disposal). */
export function useAnalysis(session: EditorSession): AnalysisSession {
  const { t, locale } = useI18n();
  const analysis = shallowRef<Analysis | null>(null);
  const procedure = shallowRef<ProcedureContext>({ legalBases: [] });
  const error = ref<string | null>(null);
  const pending = ref(false);
  const runs = ref(0);
  const options = ref<AnalysisOptionsState>(loadAnalysisOptions());
  const simulation = shallowRef<SimulationState>({ status: 'idle', result: null, completed: 0, outdated: false });
  const client = createSimulationClient();

  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let firstChangeAt = 0;

  const { lang } = useAppLocale();
  const coreOptions = (): AnalyzeOptions => toAnalyzeOptions(options.value, lang.value, t('analysis.options.userSource'));
  const definitions = (): ModdleElement | undefined =>
    (session.modeler.value?.getDefinitions() as unknown as ModdleElement | undefined) ?? undefined;

  function cancel(): void {
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined && typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
    timer = undefined;
    idle = undefined;
  }

  function run(): void {
    cancel();
    firstChangeAt = 0;
    pending.value = false;
    const defs = definitions();
    if (!defs) { analysis.value = null; return; }
    try {
      runs.value++;
      analysis.value = analyze(defs, coreOptions());
      const facts = readProcedure(defs);
      procedure.value = {
        legalBases: facts.legalBases.map(b => ({ ...b })),
        ...(facts.timeStartsFrom ? { timeStartsFrom: facts.timeStartsFrom } : {})
      };
      error.value = null;
    } catch (e) {
      analysis.value = null;
      error.value = e instanceof Error ? e.message : String(e);
    }
  }

  function markOutdated(): void {
    if (simulation.value.result && !simulation.value.outdated) simulation.value = { ...simulation.value, outdated: true };
  }

  /** Debounced: the analysis runs once the user pauses (at idle time), never inside a keystroke. */
  function schedule(): void {
    pending.value = true;
    const now = Date.now();
    if (!firstChangeAt) firstChangeAt = now;
    cancel();
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, firstChangeAt + MAX_WAIT_MS - now));
    timer = setTimeout(() => {
      timer = undefined;
      if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(() => { idle = undefined; run(); }, { timeout: 500 });
      else run();
    }, wait);
  }

  function flush(): void {
    if (pending.value) run();
  }

  function unsubscribe(m: Modeler): void {
    try {
      for (const e of EVENTS) m.off(e, onChange);
    } catch {
      // a destroyed modeler has nothing left to unsubscribe from
    }
  }

  // (un)subscribe whenever the session gets a modeler
  const onChange = (): void => { markOutdated(); schedule(); };
  watch(session.modeler, (m: Modeler | null, old: Modeler | null | undefined) => {
    if (old) unsubscribe(old);
    if (!m) { cancel(); analysis.value = null; return; }
    for (const e of EVENTS) m.on(e, onChange);
    if (m.getDefinitions()) schedule();
  }, { immediate: true });

  watch(locale, () => schedule());
  watch(options, value => {
    saveAnalysisOptions(value);
    markOutdated();
    schedule();
  }, { deep: true });

  async function runSimulation(count: number, seed: number | string): Promise<void> {
    const defs = definitions();
    if (!defs) return;
    simulation.value = { ...simulation.value, status: 'running', error: undefined };
    try {
      const model = buildSimulationModel(defs, coreOptions());
      const result = await client.run(model, { runs: count, seed });
      if (result === null) return; // a newer run superseded this one
      simulation.value = { status: 'done', result, completed: simulation.value.completed + 1, outdated: false };
    } catch (e) {
      simulation.value = {
        status: 'error', result: null, completed: simulation.value.completed, outdated: false,
        error: e instanceof Error ? e.message : String(e)
      };
    }
  }

  function resetOptions(): void {
    options.value = defaultAnalysisOptions();
  }

  onScopeDispose(() => {
    cancel();
    const m = session.modeler.value;
    if (m) unsubscribe(m);
    client.dispose();
  });

  return { analysis, procedure, error, pending, runs, options, simulation, runSimulation, resetOptions, flush };
}
