/**
 * The editor session: owns the bpmn-js Modeler (never reactive), turns its events into plain reactive
 * data for the components, and offers the user's actions (open, new, save, export, undo, edit facts).
 */
import { inject, markRaw, provide, ref, shallowRef, watch, type InjectionKey, type Ref, type ShallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type Modeler from 'bpmn-js/lib/Modeler';
import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import type { Element } from 'bpmn-js/lib/model/Types';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type Keyboard from 'diagram-js/lib/features/keyboard/Keyboard';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import {
  checkBpmnSize,
  factsKindOf,
  is,
  isModdleElement,
  isRepair,
  newProcedureXml,
  procedureHolder,
  snapshotElement,
  type ElementSnapshot,
  type FactsKind,
  type ValidationProblem,
} from '@/core/index.ts';
import { createModeler } from '@/modeler/createModeler.ts';
import type { SwitchableTranslate } from '@/modeler/features/translate/translate.ts';
import { currentXml, openDiagram } from '@/modeler/open-diagram.ts';
import { definitionsOf } from '@/modeler/definitions.ts';
import { exportSvg, svgToPng } from '@/modeler/export-image.ts';
import { canvasOf, fitDiagram, toggleMinimap, viewState, zoomStep, type ViewState } from '@/modeler/canvas-view.ts';
import { EDITOR_FIT, type Box } from '@/modeler/fit.ts';
import { useEditorStore } from '@/stores/editor.ts';
import type { AppLocale } from '@/i18n/index.ts';
import { downloadBlob, withExtension } from './download.ts';
import { createLibraryBinding } from './library-binding.ts';
import { createDerivation, type Derivation } from './derivation.ts';
import {
  loadAnalysisOptions,
  saveAnalysisOptions,
  toAnalyzeOptions,
  type AnalysisOptionsState,
} from './analysis-options.ts';
import { problemText as describeAny } from './problem-text.ts';
import { showOpenNotices } from './open-notices.ts';
import { getVariant } from '@/storage/index.ts';
import { libraryDb } from '@/storage/library-db.ts';

/** The modeler services the session calls, typed as diagram-js and bpmn-js ship them. */
interface Services {
  canvas: Canvas;
  commandStack: CommandStack;
  elementRegistry: ElementRegistry;
  eventBus: EventBus;
  keyboard: Keyboard;
  modeling: Modeling;
  selection: Selection;
  translate: SwitchableTranslate;
}

export interface PanelTarget {
  /** The selected element, or the procedure (the diagram root) when nothing is selected. */
  element: ElementSnapshot;
  isProcedure: boolean;
}

export interface EditorSession {
  modeler: ShallowRef<Modeler | null>;
  panel: Ref<PanelTarget | null>;
  /** Everything derived from the diagram, once per burst of edits (analysis, problems, library facts). */
  derivation: Derivation;
  /** The user's cost options (method, income …), remembered; a change derives again. */
  analysisOptions: Ref<AnalysisOptionsState>;
  /** The camera: zoom and where the drawing is on screen (null before the first diagram). */
  view: ShallowRef<ViewState | null>;
  minimapOpen: Ref<boolean>;
  /** Fit the drawing to the canvas (never below a readable zoom; then the user scrolls). */
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  toggleMinimap(): void;
  /** The canvas changed size: re-measure, and refit while the user has not moved the view. */
  resized(): void;
  mount(container: HTMLElement, locale: AppLocale): Promise<void>;
  destroy(): void;
  switchLocale(locale: AppLocale): Promise<void>;
  openFile(file: File): Promise<void>;
  openText(xml: string, fileName: string): Promise<boolean>;
  /** Open a library variant by id (false when it does not exist or cannot be read). */
  openVariant(variantId: string): Promise<boolean>;
  /** Reopen the variant edited last, else start a new procedure. */
  resume(locale: AppLocale): Promise<void>;
  newProcedure(locale: AppLocale): Promise<void>;
  /** Put a rebuilt diagram (the guided form) in place of the one on screen, kept in the same library variant. */
  replaceDiagram(xml: string): Promise<boolean>;
  saveBpmn(): Promise<void>;
  exportSvgFile(): Promise<void>;
  exportPngFile(): Promise<void>;
  undo(): void;
  redo(): void;
  updateFacts(kind: FactsKind, patch: Record<string, unknown>): void;
  /** Write facts onto several elements (by id) as one undoable command; the number of elements found. */
  updateFactsOf(updates: Array<{ elementId: string; kind: FactsKind; patch: Record<string, unknown> }>): number;
  updateName(name: string): void;
  /** Select an element by id (a finding's element; the procedure clears the selection) and show it; the id selected. */
  selectElement(id: string): string | undefined;
  getXml(): Promise<string | undefined>;
  /** The diagram as SVG text (for reports and bundles), or undefined without a diagram. */
  getSvg(): Promise<string | undefined>;
}

export const EDITOR_SESSION_KEY: InjectionKey<EditorSession> = Symbol('editor-session');

export function provideEditorSession(): EditorSession {
  const session = createEditorSession();
  provide(EDITOR_SESSION_KEY, session);
  return session;
}

export function useEditorSession(): EditorSession {
  const session = inject(EDITOR_SESSION_KEY);
  if (!session) throw new Error('useEditorSession() outside the editor view');
  return session;
}

function createEditorSession(): EditorSession {
  const store = useEditorStore();
  const { t, locale } = useI18n();
  const modeler = shallowRef<Modeler | null>(null);
  const panel = ref<PanelTarget | null>(null);
  const view = shallowRef<ViewState | null>(null);
  const minimapOpen = ref(false);
  /** The viewbox set by the last fit: while the camera is still there, resizes and language switches refit. */
  let fittedBox: Box | null = null;
  let selected: Element | null = null;
  /** True when the file opened last was repaired: the library then keeps the repaired model. */
  let repairedOnOpen = false;

  const service = <K extends keyof Services>(name: K): Services[K] => (modeler.value as Modeler).get<Services[K]>(name);
  const analysisOptions = ref<AnalysisOptionsState>(loadAnalysisOptions());
  const lang = (): 'vi' | 'en' => (locale.value === 'en' ? 'en' : 'vi');
  const derivation = createDerivation(modeler, () =>
    toAnalyzeOptions(analysisOptions.value, lang(), t('analysis.options.userSource')),
  );
  watch(
    analysisOptions,
    (value) => {
      saveAnalysisOptions(value);
      derivation.refresh();
    },
    { deep: true },
  );
  watch(locale, () => derivation.refresh());
  derivation.onDerived((d) => {
    markProblems(d.problems);
    binding.changed(d.library);
  });
  const problemText = (error: unknown) => describeAny(error, locale.value);
  const binding = createLibraryBinding({
    getXml,
    text: {
      conflict: (name) => t('alert.conflict', { name }),
      storageFailed: (detail) => t('alert.storageFailed', { detail }),
      describe: problemText,
    },
  });

  /** A pool or a process: selecting it shows the procedure's facts. */
  function holdsProcedure(el: Element): boolean {
    return factsKindOf(el.businessObject) === 'procedure';
  }

  function refreshPanel(): void {
    const m = modeler.value;
    if (!m || !m.getDefinitions()) {
      panel.value = null;
      return;
    }
    if (selected && !service('elementRegistry').get(selected.id)) selected = null;
    const definitions = definitionsOf(m);
    const holder = definitions && procedureHolder(definitions);
    if (selected && !holdsProcedure(selected)) {
      panel.value = { element: snapshotElement(selected.businessObject), isProcedure: false };
      return;
    }
    // a selected pool or process shows the one procedure (the facts of the element that holds them)
    panel.value = holder ? { element: { ...snapshotElement(holder), kind: 'procedure' }, isProcedure: true } : null;
  }

  function refreshCommandState(): void {
    const stack = service('commandStack');
    store.canUndo = stack.canUndo();
    store.canRedo = stack.canRedo();
  }

  function wire(m: Modeler): void {
    m.on('selection.changed', (event: { newSelection: Element[] }) => {
      const [only] = event.newSelection;
      selected = event.newSelection.length === 1 && only ? markRaw(only) : null;
      refreshPanel();
    });
    m.on('elements.changed', () => refreshPanel());
    m.on('import.done', () => {
      selected = null;
      refreshPanel();
      refreshCommandState();
    });
    m.on('canvas.viewbox.changed', () => {
      view.value = viewState(m);
    });
    m.on('minimap.toggle', (event: { open: boolean }) => {
      minimapOpen.value = event.open;
    });
    m.on('commandStack.changed', () => {
      store.dirty = true;
      refreshCommandState();
      binding.markUnsaved();
    });
    m.get<Keyboard>('keyboard').addListener(2000, ({ keyEvent }: { keyEvent: KeyboardEvent }) => {
      if ((keyEvent.ctrlKey || keyEvent.metaKey) && keyEvent.key.toLowerCase() === 's') {
        keyEvent.preventDefault();
        void saveBpmn();
        return true;
      }
    });
  }

  async function mount(el: HTMLElement, lang: AppLocale): Promise<void> {
    const m = markRaw(createModeler({ container: el, locale: lang }));
    modeler.value = m;
    wire(m);
  }

  function destroy(): void {
    void derivation.flush().then(() => binding.flush());
    binding.dispose();
    modeler.value?.destroy();
    modeler.value = null;
    selected = null;
  }

  /** Switch the modeler's language in place: the diagram and its undo history stay. */
  async function switchLocale(lang: AppLocale): Promise<void> {
    const m = modeler.value;
    if (!m) return;
    service('translate').setLocale(lang);
    service('eventBus').fire('i18n.changed');
    refreshPanel();
    if (stillFitted()) fit();
  }

  async function openText(xml: string, fileName: string): Promise<boolean> {
    const m = modeler.value;
    if (!m) return false;
    await derivation.flush();
    await binding.flush();
    const unsaved = store.dirty && store.saveState !== 'saved';
    if (unsaved && m.getDefinitions() && !window.confirm(t('alert.confirmDiscard'))) return false;
    try {
      const { warnings, notices } = await openDiagram(m, xml);
      repairedOnOpen = notices.some(isRepair);
      store.fileName = /\.(bpmn|xml)$/i.test(fileName) ? fileName : `${fileName}.bpmn`;
      store.dirty = false;
      if (notices.length) showOpenNotices({ store, t, locale: locale.value, file: fileName, original: xml, notices });
      else if (warnings.length)
        store.showAlert('warning', t('alert.warnings', { file: fileName, count: warnings.length, first: warnings[0] }));
      else store.clearAlert();
      fit();
      return true;
    } catch (error) {
      store.showAlert('error', t('alert.openFailed', { file: fileName }), problemText(error));
      return false;
    }
  }

  async function openFile(file: File): Promise<void> {
    try {
      checkBpmnSize(file.size);
    } catch (error) {
      store.showAlert('error', t('alert.openFailed', { file: file.name }), problemText(error));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      store.showAlert('error', t('alert.readFailed', { detail: problemText(error) }));
      return;
    }
    // A file opened in the editor joins the library, so every later edit is kept.
    if (await openText(text, file.name)) await binding.addToLibrary(repairedOnOpen ? ((await getXml()) ?? text) : text);
  }

  async function openVariant(variantId: string): Promise<boolean> {
    try {
      const variant = await getVariant(await libraryDb(), variantId);
      if (!variant) return false;
      if (!(await openText(variant.xml, `${variant.name}.bpmn`))) return false;
      await binding.bind(variant);
      return true;
    } catch (error) {
      store.showAlert('error', t('alert.storageFailed', { detail: problemText(error) }));
      return false;
    }
  }

  async function resume(lang: AppLocale): Promise<void> {
    const last = await binding.lastVariant();
    if (last && (await openVariant(last.id))) return;
    await newProcedure(lang);
  }

  async function newProcedure(lang: AppLocale): Promise<void> {
    if (await openText(await newProcedureXml(lang), lang === 'vi' ? 'thu-tuc-moi.bpmn' : 'new-procedure.bpmn')) {
      // A new procedure joins the library with its first change.
      binding.unbind();
      store.dirty = false;
    }
  }

  async function replaceDiagram(xml: string): Promise<boolean> {
    const m = modeler.value;
    if (!m) return false;
    try {
      await openDiagram(m, xml);
      fit();
      store.dirty = true;
      // saved like an edit (by the derivation that follows the import): the previous XML becomes a revision
      binding.markUnsaved();
      return true;
    } catch (error) {
      store.showAlert('error', t('alert.openFailed', { file: store.fileName }), problemText(error));
      return false;
    }
  }

  async function getXml(): Promise<string | undefined> {
    return modeler.value ? currentXml(modeler.value) : undefined;
  }

  async function getSvg(): Promise<string | undefined> {
    return modeler.value?.getDefinitions() ? exportSvg(modeler.value) : undefined;
  }

  async function saveBpmn(): Promise<void> {
    try {
      const xml = await getXml();
      if (!xml) return;
      downloadBlob(new Blob([xml], { type: 'application/xml;charset=utf-8' }), withExtension(store.fileName, '.bpmn'));
      store.dirty = false;
    } catch (error) {
      store.showAlert('error', t('alert.saveFailed', { detail: problemText(error) }));
    }
  }

  async function exportSvgFile(): Promise<void> {
    try {
      const svg = await exportSvg(modeler.value as Modeler);
      downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), withExtension(store.fileName, '.svg'));
    } catch (error) {
      store.showAlert('error', t('alert.exportFailed', { detail: problemText(error) }));
    }
  }

  async function exportPngFile(): Promise<void> {
    try {
      const png = await svgToPng(await exportSvg(modeler.value as Modeler));
      downloadBlob(png, withExtension(store.fileName, '.png'));
    } catch (error) {
      store.showAlert('error', t('alert.exportFailed', { detail: problemText(error) }));
    }
  }

  function fit(): void {
    const m = modeler.value;
    if (!m) return;
    const result = fitDiagram(m, EDITOR_FIT);
    fittedBox = result ? result.viewbox : null;
    view.value = viewState(m);
  }

  /** Whether the camera is still where the last fit put it (the user has not panned or zoomed since). */
  function stillFitted(): boolean {
    const m = modeler.value;
    if (!m || !fittedBox) return false;
    const now = canvasOf(m).viewbox();
    const near = (a: number, b: number) => Math.abs(a - b) < 0.5;
    return near(now.x, fittedBox.x) && near(now.y, fittedBox.y) && near(now.width, fittedBox.width);
  }

  function resized(): void {
    const m = modeler.value;
    if (!m) return;
    // the box set by the last fit was for the old size: compare before re-measuring
    const refit = stillFitted();
    canvasOf(m).resized();
    if (refit) fit();
    else view.value = viewState(m);
  }

  function zoomIn(): void {
    if (modeler.value) zoomStep(modeler.value, 1);
  }
  function zoomOut(): void {
    if (modeler.value) zoomStep(modeler.value, -1);
  }
  function toggleMap(): void {
    if (modeler.value) minimapOpen.value = toggleMinimap(modeler.value);
  }

  function undo(): void {
    service('commandStack').undo();
  }
  function redo(): void {
    service('commandStack').redo();
  }

  function updateFacts(kind: FactsKind, patch: Record<string, unknown>): void {
    const m = modeler.value;
    if (!m) return;
    const commandStack = service('commandStack');
    // procedure facts always go to the one element that holds them, whichever pool is selected
    if (selected && kind !== 'procedure') {
      commandStack.execute('tthc.updateFacts', { element: selected, kind, patch });
      return;
    }
    const definitions = definitionsOf(m);
    const holder = definitions && procedureHolder(definitions);
    const root = service('canvas').getRootElement();
    if (holder) commandStack.execute('tthc.updateFacts', { element: root, businessObject: holder, kind, patch });
  }

  function updateFactsOf(
    updates: Array<{ elementId: string; kind: FactsKind; patch: Record<string, unknown> }>,
  ): number {
    if (!modeler.value) return 0;
    const registry = service('elementRegistry');
    const list = [];
    for (const { elementId, kind, patch } of updates) {
      const element = registry.get(elementId);
      if (element) {
        list.push({ element, kind, patch });
        continue;
      }
      // a process drawn in a pool has no shape of its own: its pool stands for it
      const pool = registry.find((e) => processOfPool(e.businessObject)?.id === elementId);
      if (pool) list.push({ element: pool, businessObject: pool.businessObject.processRef, kind, patch });
    }
    if (list.length)
      service('commandStack').execute('tthc.updateManyFacts', {
        updates: list,
      });
    return list.length;
  }

  function updateName(name: string): void {
    if (!selected) return;
    service('modeling').updateLabel(selected, name);
  }

  /**
   * Select an element by id and bring it into view. The procedure's own element (its facts) clears the
   * selection, so the panel shows the procedure; a process is shown by its pool. Returns the id selected.
   */
  function selectElement(id: string): string | undefined {
    const m = modeler.value;
    if (!m) return undefined;
    const select = service('selection');
    const definitions = definitionsOf(m);
    // the procedure's facts are shown with nothing selected
    if (definitions && id === procedureHolder(definitions)?.id) {
      select.select(null);
      return id;
    }
    const registry = service('elementRegistry');
    const element = registry.get(id) ?? registry.find((e) => processOfPool(e.businessObject)?.id === id);
    if (!element) return undefined;
    select.select(element);
    service('canvas').scrollToElement(element);
    return element.id;
  }

  /** Canvas markers of the problems: red errors, orange warnings, quiet hints; the previous ones removed. */
  let marked: Array<{ id: string; cls: string }> = [];
  function markProblems(list: ValidationProblem[]): void {
    const m = modeler.value;
    if (!m) return;
    const canvas = service('canvas');
    const registry = service('elementRegistry');
    for (const { id, cls } of marked) if (registry.get(id)) canvas.removeMarker(id, cls);
    marked = [];
    const seen = new Set<string>();
    for (const p of list) {
      const cls = `tthc-problem-${p.severity}`;
      const key = `${p.elementId} ${cls}`;
      if (!p.elementId || seen.has(key) || !registry.get(p.elementId)) continue;
      seen.add(key);
      canvas.addMarker(p.elementId, cls);
      marked.push({ id: p.elementId, cls });
    }
  }

  return {
    selectElement,
    view,
    minimapOpen,
    fit,
    zoomIn,
    zoomOut,
    toggleMinimap: toggleMap,
    resized,
    modeler,
    panel,
    derivation,
    analysisOptions,
    mount,
    destroy,
    switchLocale,
    openFile,
    openText,
    openVariant,
    resume,
    newProcedure,
    replaceDiagram,
    saveBpmn,
    exportSvgFile,
    exportPngFile,
    undo,
    redo,
    updateFacts,
    updateFactsOf,
    updateName,
    getXml,
    getSvg,
  };
}

/** The process a pool's business object shows (a process drawn in a pool has no shape of its own). */
function processOfPool(businessObject: unknown) {
  return isModdleElement(businessObject) && is(businessObject, 'bpmn:Participant')
    ? businessObject.get('processRef')
    : undefined;
}
