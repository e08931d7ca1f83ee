/**
 * The procedure library as plain data: records, search and filters, the selected procedure's variants,
 * each variant's kept figures and the library's figures (rows and dashboard, from the core's
 * `libraryFigures`), import progress and the last storage problem. I/O goes through src/storage; XML stays
 * out of state.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import {
  ImportProblem,
  buildSearchIndex,
  incrementalSearch,
  libraryFigures,
  newProcedureXml,
  procedureFigures,
  type LibraryVariant,
  type ProcedureFigures,
  type VariantStatus,
} from '@/core/index.ts';
import {
  StorageProblem,
  approveVariant,
  classifyStorageError,
  cloneVariant,
  createProcedureFromXml,
  createProceduresWithVariants,
  deleteProcedure,
  deleteVariant,
  exportBundle,
  getSetting,
  importBpmnFiles,
  importBundle,
  isBundle,
  firstProcedures,
  listProcedures,
  listRevisions,
  listVariants,
  loadSamples,
  restoreRevision,
  ensureSamplesLoaded,
  getVariant,
  listFigures,
  refreshFigures,
  SAMPLES_LOADED_SETTING,
  type FiguresRecord,
  type NewProcedure,
  type ProcedureRecord,
  type RevisionRecord,
  type VariantRecord,
} from '@/storage/index.ts';
import { libraryDb } from '@/storage/library-db.ts';
import { loadSampleProcedures } from '@/samples/sample-procedures.ts';

export interface LibraryFilters {
  field?: string;
  level?: string;
  agency?: string;
  onlineLevel?: string;
}
/** A variant as the list shows it: everything but the XML. */
export type VariantSummary = Omit<VariantRecord, 'xml'>;
export interface ImportOutcome {
  imported: number;
  failed: Array<{ name: string; problem: unknown }>;
}

export const useLibraryStore = defineStore('library', () => {
  const procedures = shallowRef<ProcedureRecord[]>([]);
  const variants = shallowRef<VariantSummary[]>([]);
  const revisions = shallowRef<Array<Omit<RevisionRecord, 'xml'>>>([]);
  const selectedId = ref<string | null>(null);
  const query = ref('');
  const filters = ref<LibraryFilters>({});
  const ready = ref(false);
  /** Set when the database cannot be used; the editor keeps working on files. */
  const problem = shallowRef<StorageProblem | null>(null);
  const progress = ref<{ done: number; total: number } | null>(null);
  const figureRecords = shallowRef<FiguresRecord[]>([]);
  /** True while variants saved by imports or older builds are being analysed in the background. */
  const analysing = ref(false);
  /** False until the kept figures are read (just after the list first draws). */
  const figuresLoaded = ref(false);
  /** False while `procedures` holds only the first screenful, read before the rest. */
  const complete = ref(false);
  /** The library's count read with the first screenful, until the whole list is read. */
  const counted = ref(0);
  /** How many procedures the library holds. */
  const total = computed(() => (complete.value ? procedures.value.length : counted.value));

  /** Each procedure's variants with their kept figures, current first. */
  const variantFigures = computed(() => {
    const out = new Map<string, LibraryVariant[]>();
    for (const r of figureRecords.value) {
      const list = out.get(r.procedureId) ?? [];
      list.push({ id: r.variantId, name: r.name, status: r.status, figures: r.figures });
      out.set(r.procedureId, list);
    }
    for (const list of out.values())
      list.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.name.localeCompare(b.name, 'vi'));
    return out;
  });
  /** The dashboard's figures: computed when shown, once per change of the library, never per keystroke. */
  const figures = computed(() =>
    libraryFigures(
      procedures.value.map((p) => ({
        id: p.id,
        field: p.field,
        agency: p.agency,
        level: p.level,
        variants: variantFigures.value.get(p.id) ?? [],
      })),
    ),
  );
  // A row's figures are computed when the row is first drawn (the virtual list draws a screenful).
  const rowCache = computed(() => {
    void variantFigures.value;
    return new Map<string, ProcedureFigures>();
  });
  function rowFigures(procedureId: string): ProcedureFigures {
    const cache = rowCache.value;
    let f = cache.get(procedureId);
    if (!f) {
      f = procedureFigures({ id: procedureId, variants: variantFigures.value.get(procedureId) ?? [] });
      cache.set(procedureId, f);
    }
    return f;
  }

  // One index per change of the library; a keystroke scans only what the previous one matched.
  const search = computed(() => incrementalSearch(buildSearchIndex(procedures.value)));
  const results = computed(() => search.value.search(query.value, filters.value));
  const facets = computed(() => ({
    field: distinct(procedures.value.map((p) => p.field)),
    agency: distinct(procedures.value.map((p) => p.agency)),
    level: distinct(procedures.value.map((p) => p.level)),
    onlineLevel: distinct(procedures.value.map((p) => p.onlineLevel)),
  }));
  const selected = computed(() => procedures.value.find((p) => p.id === selectedId.value) ?? null);

  /** Run a storage action; a failure becomes the shown problem and is rethrown for the caller. */
  async function guarded<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      // A bad file is the file's problem, not the library's: pass it on as it is.
      if (error instanceof ImportProblem) throw error;
      const p = classifyStorageError(error);
      problem.value = p;
      throw p;
    }
  }

  async function init(): Promise<void> {
    if (ready.value) return;
    await guarded(async () => {
      const db = await libraryDb();
      // Samples load once, on the first run; reading their files only then keeps later starts fast.
      if (!(await getSetting<number>(db, SAMPLES_LOADED_SETTING)))
        await ensureSamplesLoaded(db, await loadSampleProcedures());
      // The first screenful is read from the name index and drawn; the whole list follows after that frame
      // (then the kept figures), so a library of thousands opens as fast as a small one.
      const first = await firstProcedures(db, FIRST_ROWS);
      procedures.value = first.records;
      counted.value = first.total;
      complete.value = first.records.length === first.total;
      ready.value = true;
      void afterNextDraw().then(() => (complete.value ? loadFigures() : refresh().catch(() => undefined)));
    });
  }

  /** Re-read the whole list. Reads run one after another, so a later one's list is never replaced by an older. */
  let reads: Promise<void> = Promise.resolve();
  function refresh(): Promise<void> {
    const read = reads.then(readList);
    reads = read.catch(() => undefined);
    return read;
  }

  async function readList(): Promise<void> {
    await guarded(async () => {
      const db = await libraryDb();
      const list = await listProcedures(db);
      procedures.value = list;
      complete.value = true;
      if (selectedId.value) await loadVariants(selectedId.value);
    });
    // The list draws first; the kept figures follow (one read, after that frame, so that reading them does
    // not hold up the list's first draw), then any missing ones are analysed.
    void afterNextDraw().then(loadFigures);
  }

  let loading: Promise<void> | null = null;
  function loadFigures(): Promise<void> {
    loading ??= (async () => {
      try {
        figureRecords.value = await listFigures(await libraryDb());
        figuresLoaded.value = true;
      } catch (error) {
        problem.value = classifyStorageError(error);
      } finally {
        loading = null;
      }
      await analyseMissing();
    })();
    return loading;
  }

  /** Analyse variants whose figures are missing or stale (imports, samples, older builds), then show them. */
  let analysis: Promise<void> | null = null;
  function analyseMissing(): Promise<void> {
    analysis ??= (async () => {
      analysing.value = true;
      try {
        const db = await libraryDb();
        if (await refreshFigures(db, figureRecords.value)) figureRecords.value = await listFigures(db);
      } catch (error) {
        problem.value = classifyStorageError(error);
      } finally {
        analysing.value = false;
        analysis = null;
      }
    })();
    return analysis;
  }

  async function loadVariants(procedureId: string): Promise<void> {
    const db = await libraryDb();
    variants.value = (await listVariants(db, procedureId)).map(({ xml: _xml, ...rest }) => rest);
  }

  async function select(procedureId: string | null): Promise<void> {
    selectedId.value = procedureId;
    revisions.value = [];
    if (procedureId) await guarded(() => loadVariants(procedureId));
    else variants.value = [];
  }

  async function createFromTemplate(locale: 'vi' | 'en'): Promise<VariantRecord> {
    return createFromXml(await newProcedureXml(locale));
  }

  /** Add a procedure from BPMN text (the guided form, a template, an imported table) and select it. */
  async function createFromXml(xml: string, options: { name?: string } = {}): Promise<VariantRecord> {
    return guarded(async () => {
      const { procedure, variant } = await createProcedureFromXml(await libraryDb(), xml, options);
      await refresh();
      await select(procedure.id);
      return variant;
    });
  }

  /** Add BPMN files (or bundles) to the library, reporting progress; bad files are listed, not fatal. */
  async function importFiles(files: File[]): Promise<ImportOutcome> {
    return guarded(async () => {
      const db = await libraryDb();
      const failed: ImportOutcome['failed'] = [];
      let imported = 0;
      const texts: Array<{ name: string; text: string }> = [];
      progress.value = { done: 0, total: files.length };
      for (const file of files) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        if (isBundle(bytes)) {
          try {
            const r = await importBundle(db, bytes);
            imported += r.procedures;
          } catch (error) {
            failed.push({ name: file.name, problem: error });
          }
        } else {
          texts.push({ name: file.name, text: new TextDecoder().decode(bytes) });
        }
      }
      const r = await importBpmnFiles(db, texts, (done, total) => {
        progress.value = { done, total };
      });
      imported += r.imported.length;
      failed.push(...r.failed);
      await refresh();
      progress.value = null;
      return { imported, failed };
    }).finally(() => {
      progress.value = null;
    });
  }

  async function exportSelection(ids?: string[]): Promise<Uint8Array> {
    return guarded(async () => exportBundle(await libraryDb(), ids));
  }

  async function createOption(variantId: string, name: string, description: string): Promise<VariantRecord> {
    return guarded(async () => {
      const v = await cloneVariant(await libraryDb(), variantId, { name, description });
      await refresh();
      return v;
    });
  }

  async function approve(variantId: string): Promise<void> {
    await guarded(async () => {
      await approveVariant(await libraryDb(), variantId);
      await refresh();
    });
  }

  async function removeVariant(variantId: string): Promise<void> {
    await guarded(async () => {
      await deleteVariant(await libraryDb(), variantId);
      await refresh();
    });
  }

  async function removeProcedure(procedureId: string): Promise<void> {
    await guarded(async () => {
      await deleteProcedure(await libraryDb(), procedureId);
      if (selectedId.value === procedureId) await select(null);
      await refresh();
    });
  }

  async function reloadSamples(): Promise<{ added: number; updated: number; kept: number; unchanged: number }> {
    return guarded(async () => {
      const r = await loadSamples(await libraryDb(), await loadSampleProcedures());
      await refresh();
      return r;
    });
  }

  async function loadRevisions(variantId: string): Promise<void> {
    await guarded(async () => {
      revisions.value = (await listRevisions(await libraryDb(), variantId)).map(({ xml: _xml, ...rest }) => rest);
    });
  }

  async function restore(variantId: string, revisionId: number, expectedRevision: number): Promise<VariantRecord> {
    return guarded(async () => {
      const v = await restoreRevision(await libraryDb(), variantId, revisionId, expectedRevision);
      await refresh();
      await loadRevisions(variantId);
      return v;
    });
  }

  /** Add several procedures, each with its variants (an OpenCPS package), and select the first. */
  async function createProcedures(
    list: NewProcedure[],
  ): Promise<{ procedures: ProcedureRecord[]; variants: VariantRecord[] }> {
    return guarded(async () => {
      const written = await createProceduresWithVariants(await libraryDb(), list);
      await refresh();
      if (written.procedures[0]) await select(written.procedures[0].id);
      return written;
    });
  }

  /** One variant with its XML (for export and compare), without touching the list's state. */
  async function readVariant(id: string): Promise<VariantRecord | undefined> {
    return guarded(async () => getVariant(await libraryDb(), id));
  }

  /** Every variant of a procedure with its XML, in the library's order, without touching the list's state. */
  async function readVariants(procedureId: string): Promise<VariantRecord[]> {
    return guarded(async () => listVariants(await libraryDb(), procedureId));
  }

  return {
    procedures,
    variants,
    revisions,
    selectedId,
    query,
    filters,
    ready,
    total,
    complete,
    problem,
    progress,
    results,
    facets,
    selected,
    figures,
    variantFigures,
    rowFigures,
    analysing,
    figuresLoaded,
    analyseMissing,
    loadFigures,
    createFromXml,
    createProcedures,
    readVariant,
    readVariants,
    init,
    refresh,
    select,
    createFromTemplate,
    importFiles,
    exportSelection,
    createOption,
    approve,
    removeVariant,
    removeProcedure,
    reloadSamples,
    loadRevisions,
    restore,
  };
});

/** Procedures read for the list's first draw at start: more rows than the tallest window shows. */
const FIRST_ROWS = 100;

const STATUS_ORDER: Record<VariantStatus, number> = { current: 0, approved: 1, proposed: 2 };

function distinct(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b, 'vi'));
}

/** Resolves once the browser has drawn the next frame (at most a quarter second, e.g. in a hidden tab). */
function afterNextDraw(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 250);
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0),
      );
  });
}
