/**
 * The queue what-if of the diagram in the editor: the queue model is rebuilt after each analysis of the
 * diagram, the user's scenario (dossiers per year, officers per role in two staffings A and B) is kept here,
 * and every change reruns both staffings in a Web Worker (debounced; only the latest answer counts). For a
 * library variant, another variant of the same procedure can run beside them under staffing A's load.
 */
import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import type Modeler from 'bpmn-js/lib/Modeler';
import {
  applyScenario,
  buildQueueModel,
  parseBpmn,
  sameLoad,
  type Analysis,
  type AnalyzeOptions,
  type QueueModel,
  type QueueProblem,
  type QueueResult,
} from '@/core/index.ts';
import type { QueueRequest, QueueResponse } from '../workers/queue.worker.ts';
import { getVariant, listVariants } from '@/storage/library-repo.ts';
import { libraryDb } from '@/storage/library-db.ts';
import { definitionsOf } from '@/modeler/definitions.ts';

/** Simulated years per staffing and the fixed seed of the panel (the same scenario always shows the same figures). */
export const QUEUE_YEARS = 5;
export const QUEUE_SEED = 1;
export const MAX_OFFICERS = 1000;

export const STAFFINGS = ['A', 'B'] as const;
export type StaffingName = (typeof STAFFINGS)[number];

/** What the user typed: text fields, checked before use. */
export interface QueueScenarioInput {
  dossiersPerYear: string;
  officers: Record<StaffingName, Record<string, string>>;
}

export interface QueueState {
  status: 'idle' | 'running' | 'done' | 'error';
  results: QueueResult[] | null;
  /** What each result is: staffing A, B, then the compared variant's name. */
  names: string[];
  problem?: QueueProblem;
  error?: string;
  /** Finished runs (exposed as `data-completed` for tests). */
  completed: number;
}

export interface QueueScenarioSession {
  /** The diagram's queue model (roles, the file's officers and arrivals). */
  model: ShallowRef<QueueModel | null>;
  input: Ref<QueueScenarioInput>;
  state: ShallowRef<QueueState>;
  /** Other variants of the same procedure in the library (when the diagram is a library variant). */
  others: ShallowRef<Array<{ id: string; name: string }>>;
  /** The variant compared under staffing A's load ('' for none). */
  compareWith: Ref<string>;
  /** Take the scenario from the file again at its next analysis (after the file's facts were replaced). */
  reseed(): void;
}

const DEBOUNCE_MS = 300;

/** Whole officers in 1..MAX_OFFICERS, '' for "not limited", null when invalid. */
export function officersOf(text: string): number | '' | null {
  const s = text.trim();
  if (!s) return '';
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= MAX_OFFICERS ? n : null;
}

/** Dossiers per year from the typed text (thousands separators allowed), null when invalid or empty. */
export function perYearOf(text: string): number | null {
  const digits = text.replace(/[\s.,\u00a0]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const n = Number(digits);
  return n >= 1 && n <= 1_000_000 ? n : null;
}

/** The scenario's model for one staffing (null when some field is invalid). */
export function scenarioModel(model: QueueModel, input: QueueScenarioInput, staffing: StaffingName): QueueModel | null {
  const perYear = perYearOf(input.dossiersPerYear);
  if (perYear === null) return null;
  const officers: Record<string, number> = {};
  const unlimited = new Set<string>();
  for (const role of model.roles) {
    const v = officersOf(input.officers[staffing][role.name] ?? '');
    if (v === null) return null;
    if (v === '') unlimited.add(role.name);
    else officers[role.name] = v;
  }
  const m = applyScenario(model, { officers, dossiersPerYear: perYear });
  return { ...m, roles: m.roles.map((r) => (unlimited.has(r.name) ? { ...r, officers: null } : r)) };
}

/** Live queue what-if for the session's modeler; call from a component's setup. */
export function useQueueScenario(
  modeler: Ref<Modeler | null>,
  analysis: ShallowRef<Analysis | null>,
  options: () => AnalyzeOptions,
  variantId: Ref<string | null>,
): QueueScenarioSession {
  const model = shallowRef<QueueModel | null>(null);
  const input = ref<QueueScenarioInput>({ dossiersPerYear: '', officers: { A: {}, B: {} } });
  const state = shallowRef<QueueState>({ status: 'idle', results: null, names: [], completed: 0 });
  const others = shallowRef<Array<{ id: string; name: string }>>([]);
  const compareWith = ref('');
  const compared = shallowRef<{ name: string; model: QueueModel } | null>(null);
  let worker: Worker | null = null;
  let lastId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingNames: string[] = [];
  let reseedNext = false;

  // the file's values last put in the fields; a field still holding its one follows the file (undo, redo, edits)
  let defaults: QueueScenarioInput = { dossiersPerYear: '', officers: { A: {}, B: {} } };

  // the file's values for the fields the user has not typed: arrivals, officers per role; staffing B one more
  function seed(m: QueueModel): void {
    const fresh: QueueScenarioInput = {
      dossiersPerYear: m.dossiersPerYear ? String(m.dossiersPerYear) : '',
      officers: { A: {}, B: {} },
    };
    for (const r of m.roles) {
      const base = r.officers ?? 1;
      fresh.officers.A[r.name] = String(base);
      fresh.officers.B[r.name] = String(base + 1);
    }
    const keep = (typed: string | undefined, seeded: string | undefined, next: string): string =>
      typed === undefined || typed === seeded ? next : typed;
    const old = input.value;
    const next: QueueScenarioInput = {
      dossiersPerYear: old.dossiersPerYear
        ? keep(old.dossiersPerYear, defaults.dossiersPerYear, fresh.dossiersPerYear)
        : fresh.dossiersPerYear,
      officers: { A: { ...old.officers.A }, B: { ...old.officers.B } },
    };
    for (const s of STAFFINGS)
      for (const r of m.roles)
        next.officers[s][r.name] = keep(
          old.officers[s][r.name],
          defaults.officers[s][r.name],
          fresh.officers[s][r.name] as string,
        );
    defaults = fresh;
    input.value = next;
  }

  watch(
    analysis,
    () => {
      const defs = definitionsOf(modeler.value);
      if (!defs) {
        model.value = null;
        return;
      }
      const m = buildQueueModel(defs, { ...options(), year: new Date().getFullYear() });
      if (reseedNext) input.value = { dossiersPerYear: '', officers: { A: {}, B: {} } };
      reseedNext = false;
      model.value = m;
      seed(m);
    },
    { immediate: true },
  );

  // the library variants of the same procedure, and the one picked for comparison, read from IndexedDB
  watch(
    variantId,
    async (id) => {
      others.value = [];
      compareWith.value = '';
      if (!id) return;
      const db = await libraryDb();
      const current = await getVariant(db, id);
      if (!current || variantId.value !== id) return;
      others.value = (await listVariants(db, current.procedureId))
        .filter((v) => v.id !== id)
        .map((v) => ({ id: v.id, name: v.name }));
    },
    { immediate: true },
  );

  watch(compareWith, async (id) => {
    compared.value = null;
    if (!id) return;
    const v = await getVariant(await libraryDb(), id);
    if (!v || compareWith.value !== id) return;
    const { definitions } = await parseBpmn(v.xml);
    compared.value = {
      name: v.name,
      model: buildQueueModel(definitions, { ...options(), year: new Date().getFullYear() }),
    };
  });

  watch(
    [model, input, compared],
    () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    },
    { deep: true },
  );

  function ensureWorker(): Worker {
    if (worker) return worker;
    const w = new Worker(new URL('../workers/queue.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<QueueResponse>) => {
      const data = event.data;
      if (data.id !== lastId) return; // a newer scenario superseded this one
      const completed = state.value.completed + 1;
      state.value =
        'results' in data
          ? { status: 'done', results: data.results, names: pendingNames, completed }
          : { status: 'error', results: null, names: [], completed, error: data.error, problem: data.problem };
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      state.value = {
        status: 'error',
        results: null,
        names: [],
        completed: state.value.completed,
        error: event.message || 'worker failed',
      };
    };
    worker = w;
    return w;
  }

  function run(): void {
    timer = undefined;
    const m = model.value;
    if (!m || m.roles.length === 0) return;
    const models = STAFFINGS.map((s) => scenarioModel(m, input.value, s));
    if (models.some((x) => x === null)) return;
    const names: string[] = [...STAFFINGS];
    const other = compared.value;
    if (other) {
      models.push(sameLoad(other.model, models[0] as QueueModel));
      names.push(other.name);
    }
    pendingNames = names;
    const id = ++lastId;
    state.value = { ...state.value, status: 'running' };
    const request: QueueRequest = { id, models: models as QueueModel[], runs: QUEUE_YEARS, seed: QUEUE_SEED };
    ensureWorker().postMessage(request);
  }

  onScopeDispose(() => {
    if (timer !== undefined) clearTimeout(timer);
    worker?.terminate();
    worker = null;
  });

  function reseed(): void {
    reseedNext = true;
  }

  return { model, input, state, others, compareWith, reseed };
}
