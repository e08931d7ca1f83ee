/**
 * The analysis as the editor's panels read it: the figures of the session's one derivation (derivation.ts),
 * the user's cost options, and the seeded simulation in a Web Worker. Nothing here schedules an analysis of its
 * own. Results are plain objects held in shallow refs; the modeler itself is never made reactive.
 */
import { computed, onScopeDispose, shallowRef, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAppLocale } from '@/i18n/locale.ts';
import { buildSimulationModel, type Analysis, type SimulationResult } from '@/core/index.ts';
import type { EditorSession } from './editor-session.ts';
import type { ProcedureContext } from './derivation.ts';
import { defaultAnalysisOptions, toAnalyzeOptions, type AnalysisOptionsState } from './analysis-options.ts';
import { createSimulationClient } from './simulation.ts';
import { definitionsOf } from '@/modeler/definitions.ts';

export type { ProcedureContext } from './derivation.ts';
export type { AnalysisOptionsState, TimeBasis } from './analysis-options.ts';
export { defaultAnalysisOptions, loadAnalysisOptions, toAnalyzeOptions } from './analysis-options.ts';

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
  analysis: ComputedRef<Analysis | null>;
  procedure: ComputedRef<ProcedureContext>;
  error: ComputedRef<string | null>;
  /** True from a change until its derivation has run. */
  pending: Ref<boolean>;
  /** How many derivations ran (exposed as `data-runs` for the browser tests). */
  runs: Ref<number>;
  options: Ref<AnalysisOptionsState>;
  simulation: ShallowRef<SimulationState>;
  /** Run `runs` simulated dossiers with `seed` in the worker; same model and seed → same result. */
  runSimulation(runs: number, seed: number | string): Promise<void>;
  resetOptions(): void;
  /** Run a pending derivation now (e.g. before reading a figure). */
  flush(): Promise<void>;
}

/** The session's live analysis; call from a component's setup (it uses vue-i18n and scope disposal). */
export function useAnalysis(session: EditorSession): AnalysisSession {
  const { t } = useI18n();
  const { lang } = useAppLocale();
  const { derivation, analysisOptions: options } = session;
  const simulation = shallowRef<SimulationState>({ status: 'idle', result: null, completed: 0, outdated: false });
  const client = createSimulationClient();

  // a new derivation (the diagram or the options changed) makes a shown simulation outdated
  watch(derivation.result, () => {
    if (simulation.value.result && !simulation.value.outdated)
      simulation.value = { ...simulation.value, outdated: true };
  });

  async function runSimulation(count: number, seed: number | string): Promise<void> {
    const defs = definitionsOf(session.modeler.value);
    if (!defs) return;
    simulation.value = { ...simulation.value, status: 'running', error: undefined };
    try {
      const derived = derivation.result.value?.analysis ?? undefined;
      const model = buildSimulationModel(
        defs,
        toAnalyzeOptions(options.value, lang.value, t('analysis.options.userSource')),
        derived,
      );
      const result = await client.run(model, { runs: count, seed });
      if (result === null) return; // a newer run superseded this one
      simulation.value = { status: 'done', result, completed: simulation.value.completed + 1, outdated: false };
    } catch (e) {
      simulation.value = {
        status: 'error',
        result: null,
        completed: simulation.value.completed,
        outdated: false,
        error: e instanceof Error ? e.message : String(e),
      };
    }
  }

  onScopeDispose(() => client.dispose());

  return {
    analysis: computed(() => derivation.result.value?.analysis ?? null),
    procedure: computed(() => derivation.result.value?.procedure ?? { legalBases: [] }),
    error: computed(() => derivation.result.value?.error ?? null),
    pending: derivation.pending,
    runs: derivation.runs,
    options,
    simulation,
    runSimulation,
    resetOptions: () => {
      options.value = defaultAnalysisOptions();
    },
    flush: () => derivation.flush(),
  };
}
