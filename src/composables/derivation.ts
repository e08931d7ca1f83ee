/**
 * One derivation per burst of edits: the single subscriber to the diagram's changes. A moment after the user
 * stops (debounced, at most every MAX_WAIT_MS during a long burst) it derives from the live definitions
 * everything the app shows — the analysis, the problems (one rule registry, live severities) and the library's
 * metadata for autosave — and publishes them as one plain result. Panels, markers and autosave consume it;
 * none schedules work of its own. The modeler is never made reactive.
 */
import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import type Modeler from 'bpmn-js/lib/Modeler';
import {
  analyze,
  libraryVariantFigures,
  readProcedure,
  validateDefinitions,
  type Analysis,
  type AnalyzeOptions,
  type LegalBasis,
  type ModdleElement,
  type ValidationProblem,
} from '@/core/index.ts';
import { libraryFactsOf, type LibraryFacts } from '@/storage/index.ts';
import { definitionsOf } from '@/modeler/definitions.ts';

/** Procedure facts shown beside the statutory check (text from the file, shown as text). */
export interface ProcedureContext {
  legalBases: LegalBasis[];
  timeStartsFrom?: string;
}

/** What one derivation gives every consumer. */
export interface Derived {
  /** Counts derivations (1, 2, …). */
  generation: number;
  analysis: Analysis | null;
  /** Why the analysis failed, if it did (shown, never thrown). */
  error: string | null;
  /** TTHC findings and bpmnlint advice with their severities while drawing. */
  problems: ValidationProblem[];
  procedure: ProcedureContext;
  /** The library's metadata of the variant, from the same definitions (autosave needs no re-parse). */
  library: LibraryFacts | null;
}

export interface Derivation {
  result: ShallowRef<Derived | null>;
  /** True from a change until its derivation has been published. */
  pending: Ref<boolean>;
  /** How many derivations ran (a hook for the browser tests: one per burst of edits). */
  runs: Ref<number>;
  /** Run a waiting derivation now (before saving on leaving the page, before reading a figure). */
  flush(): Promise<void>;
  /** Derive again now (the options or the language changed). */
  refresh(): void;
  /** Called after each derivation (autosave). */
  onDerived(listener: (derived: Derived) => void): void;
}

const DEBOUNCE_MS = 400;
/** Even during a long burst of changes the figures refresh at least this often. */
const MAX_WAIT_MS = 2000;
/** Events that change what is derived; `elements.changed` is left out on purpose (it fires on redraws). */
const EVENTS = ['commandStack.changed', 'import.done'];

export function createDerivation(modeler: ShallowRef<Modeler | null>, options: () => AnalyzeOptions): Derivation {
  const result = shallowRef<Derived | null>(null);
  const pending = ref(false);
  const runs = ref(0);
  const listeners: Array<(d: Derived) => void> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt = 0;
  let running: Promise<void> | null = null;

  async function run(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    firstChangeAt = 0;
    const defs = definitionsOf(modeler.value);
    if (!defs) {
      result.value = null;
      pending.value = false;
      return;
    }
    const generation = ++runs.value;
    let analysis: Analysis | null = null;
    let error: string | null = null;
    try {
      analysis = analyze(defs, options());
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    let problems: ValidationProblem[] = [];
    try {
      problems = await validateDefinitions(defs, { context: 'live', ...(analysis ? { analysis } : {}) });
    } catch {
      problems = [];
    }
    const facts = readProcedure(defs);
    const derived: Derived = {
      generation,
      analysis,
      error,
      problems,
      procedure: {
        legalBases: facts.legalBases.map((b) => ({ ...b })),
        ...(facts.timeStartsFrom ? { timeStartsFrom: facts.timeStartsFrom } : {}),
      },
      library: libraryFacts(defs),
    };
    // a newer change while this one ran: its own derivation follows
    if (generation !== runs.value) return;
    result.value = derived;
    if (timer === undefined) pending.value = false;
    for (const listener of listeners) listener(derived);
  }

  function start(): void {
    running = run().finally(() => {
      running = null;
    });
  }

  function schedule(): void {
    pending.value = true;
    const now = Date.now();
    if (!firstChangeAt) firstChangeAt = now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(start, Math.max(0, Math.min(DEBOUNCE_MS, firstChangeAt + MAX_WAIT_MS - now)));
  }

  async function flush(): Promise<void> {
    if (timer !== undefined) start();
    if (running) await running;
  }

  function unsubscribe(m: Modeler): void {
    try {
      for (const e of EVENTS) m.off(e, schedule);
    } catch {
      // a destroyed modeler has nothing left to unsubscribe from
    }
  }

  watch(
    modeler,
    (m, old) => {
      if (old) unsubscribe(old);
      if (!m) {
        if (timer !== undefined) clearTimeout(timer);
        result.value = null;
        return;
      }
      for (const e of EVENTS) m.on(e, schedule);
      if (m.getDefinitions()) schedule();
    },
    { immediate: true },
  );

  return {
    result,
    pending,
    runs,
    flush,
    refresh: schedule,
    onDerived: (l) => {
      listeners.push(l);
    },
  };
}

function libraryFacts(defs: ModdleElement): Derived['library'] {
  try {
    // the library's figures use the default options (the same for every variant of the dashboard)
    return { ...libraryFactsOf(defs), figures: libraryVariantFigures(defs) };
  } catch {
    return null;
  }
}
