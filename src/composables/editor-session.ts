/**
 * The editor session: owns the bpmn-js Modeler (never reactive), turns its events into plain reactive
 * data for the components, and offers the user's actions (open, new, save, export, undo, edit facts).
 */
import { inject, markRaw, provide, ref, shallowRef, type InjectionKey, type Ref, type ShallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type Modeler from 'bpmn-js/lib/Modeler';
import {
  checkBpmnSize, newProcedureXml, procedureHolder, snapshotElement,
  type ElementSnapshot, type FactsKind, type ModdleElement
} from '@/core/index.ts';
import { createModeler } from '@/modeler/createModeler.ts';
import type { SwitchableTranslate } from '@/modeler/features/translate/translate.ts';
import { currentXml, openDiagram } from '@/modeler/open-diagram.ts';
import { exportSvg, svgToPng } from '@/modeler/export-image.ts';
import { useEditorStore } from '@/stores/editor.ts';
import type { AppLocale } from '@/i18n/index.ts';
import { downloadBlob, withExtension } from './download.ts';
import { createLibraryBinding } from './library-binding.ts';
import { problemText as describeAny } from './problem-text.ts';
import { getVariant } from '@/storage/index.ts';
import { libraryDb } from './library-db.ts';

/** A diagram-js element as the session sees it. */
interface DiagramElement { id: string; type: string; businessObject: ModdleElement; parent?: DiagramElement }

export interface PanelTarget {
  /** The selected element, or the procedure (the diagram root) when nothing is selected. */
  element: ElementSnapshot;
  isProcedure: boolean;
}

export interface EditorSession {
  modeler: ShallowRef<Modeler | null>;
  panel: Ref<PanelTarget | null>;
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
  updateName(name: string): void;
  /** Select an element by id and bring it into view (e.g. from a warning). */
  selectElement(id: string): void;
  getXml(): Promise<string | undefined>;
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
  let selected: DiagramElement | null = null;

  const service = <T>(name: string): T => (modeler.value as Modeler).get(name) as T;
  const problemText = (error: unknown) => describeAny(error, locale.value);
  const binding = createLibraryBinding({
    getXml,
    text: {
      conflict: name => t('alert.conflict', { name }),
      storageFailed: detail => t('alert.storageFailed', { detail }),
      describe: problemText
    }
  });

  function refreshPanel(): void {
    const m = modeler.value;
    if (!m || !m.getDefinitions()) { panel.value = null; return; }
    if (selected && !service<{ get(id: string): unknown }>('elementRegistry').get(selected.id)) selected = null;
    if (selected) {
      panel.value = { element: snapshotElement(selected.businessObject), isProcedure: false };
      return;
    }
    const holder = procedureHolder(m.getDefinitions() as unknown as ModdleElement);
    panel.value = holder ? { element: { ...snapshotElement(holder), kind: 'procedure' }, isProcedure: true } : null;
  }

  function refreshCommandState(): void {
    const stack = service<{ canUndo(): boolean; canRedo(): boolean }>('commandStack');
    store.canUndo = stack.canUndo();
    store.canRedo = stack.canRedo();
  }

  function wire(m: Modeler): void {
    m.on('selection.changed', (event: { newSelection: DiagramElement[] }) => {
      selected = event.newSelection.length === 1 ? markRaw(event.newSelection[0] as DiagramElement) : null;
      refreshPanel();
    });
    m.on('elements.changed', () => refreshPanel());
    m.on('import.done', () => { selected = null; refreshPanel(); refreshCommandState(); });
    m.on('commandStack.changed', () => { store.dirty = true; refreshCommandState(); binding.changed(); });
    const keyboard = m.get('keyboard') as { addListener(priority: number, fn: (e: { keyEvent: KeyboardEvent }) => boolean | void): void };
    keyboard.addListener(2000, ({ keyEvent }) => {
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
    void binding.flush();
    binding.dispose();
    modeler.value?.destroy();
    modeler.value = null;
    selected = null;
  }

  /** Switch the modeler's language in place: the diagram and its undo history stay. */
  async function switchLocale(lang: AppLocale): Promise<void> {
    const m = modeler.value;
    if (!m) return;
    service<SwitchableTranslate>('translate').setLocale(lang);
    service<{ fire(event: string): void }>('eventBus').fire('i18n.changed');
    refreshPanel();
  }

  async function openText(xml: string, fileName: string): Promise<boolean> {
    const m = modeler.value;
    if (!m) return false;
    await binding.flush();
    const unsaved = store.dirty && store.saveState !== 'saved';
    if (unsaved && m.getDefinitions() && !window.confirm(t('alert.confirmDiscard'))) return false;
    try {
      const { warnings } = await openDiagram(m, xml);
      store.fileName = /\.(bpmn|xml)$/i.test(fileName) ? fileName : `${fileName}.bpmn`;
      store.dirty = false;
      if (warnings.length) store.showAlert('warning', t('alert.warnings', { file: fileName, count: warnings.length, first: warnings[0] }));
      else store.clearAlert();
      fitToScreen(m);
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
    if (await openText(text, file.name)) await binding.addToLibrary(text);
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
      fitToScreen(m);
      store.dirty = true;
      // saved like an edit: the variant's previous XML becomes a revision in the library
      binding.changed();
      return true;
    } catch (error) {
      store.showAlert('error', t('alert.openFailed', { file: store.fileName }), problemText(error));
      return false;
    }
  }

  async function getXml(): Promise<string | undefined> {
    return modeler.value ? currentXml(modeler.value) : undefined;
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

  /** Fit the diagram, leaving room on the left for the palette that floats over the canvas. */
  function fitToScreen(m: Modeler): void {
    const canvas = m.get('canvas') as { zoom(v: string | number): number; scroll(d: { dx: number; dy: number }): void };
    const scale = canvas.zoom('fit-viewport');
    canvas.zoom(Math.min(scale * 0.93, 1.2));
    canvas.scroll({ dx: 70, dy: 10 });
  }

  function undo(): void { service<{ undo(): void }>('commandStack').undo(); }
  function redo(): void { service<{ redo(): void }>('commandStack').redo(); }

  function updateFacts(kind: FactsKind, patch: Record<string, unknown>): void {
    const m = modeler.value;
    if (!m) return;
    const commandStack = service<{ execute(name: string, context: unknown): void }>('commandStack');
    if (selected) {
      commandStack.execute('tthc.updateFacts', { element: selected, kind, patch });
      return;
    }
    const holder = procedureHolder(m.getDefinitions() as unknown as ModdleElement);
    const root = service<{ getRootElement(): DiagramElement }>('canvas').getRootElement();
    if (holder) commandStack.execute('tthc.updateFacts', { element: root, businessObject: holder, kind, patch });
  }

  function updateName(name: string): void {
    if (!selected) return;
    service<{ updateLabel(el: unknown, text: string): void }>('modeling').updateLabel(selected, name);
  }

  function selectElement(id: string): void {
    const m = modeler.value;
    if (!m) return;
    const element = service<{ get(id: string): unknown }>('elementRegistry').get(id);
    if (!element) return;
    service<{ select(e: unknown): void }>('selection').select(element);
    service<{ scrollToElement(e: unknown): void }>('canvas').scrollToElement(element);
  }

  return {
    selectElement,
    modeler, panel, mount, destroy, switchLocale, openFile, openText, openVariant, resume, newProcedure, replaceDiagram, saveBpmn,
    exportSvgFile, exportPngFile, undo, redo, updateFacts, updateName, getXml
  };
}
