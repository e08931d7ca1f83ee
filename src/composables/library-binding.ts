/**
 * Ties the diagram on screen to a library variant: autosave (debounced) after every change, the saved /
 * unsaved state, conflicts with another tab kept as a copy, storage faults reported with nothing lost
 * (the XML stays on screen and can be downloaded), and "reopen where I was" after a reload.
 */
import {
  type LibraryFacts,
  createProcedureFromXml,
  getSetting,
  getVariant,
  saveConflictCopy,
  saveVariantXml,
  setSetting,
  ConflictError,
  type VariantRecord,
} from '@/storage/index.ts';
import { useEditorStore } from '@/stores/editor.ts';
import { libraryDb } from '@/storage/library-db.ts';

export const LAST_VARIANT = 'lastVariant';
/** Autosaves closer together than this share one history entry (see `saveVariantXml`). */
const AUTOSAVE_HISTORY_MS = 2 * 60 * 1000;

export interface LibraryBindingOptions {
  getXml(): Promise<string | undefined>;
  /** Message texts, already translated. */
  text: { conflict(name: string): string; storageFailed(detail: string): string; describe(error: unknown): string };
}

export interface LibraryBinding {
  /** Make `variant` the one being edited (after its XML was opened). */
  bind(variant: VariantRecord): Promise<void>;
  /** Forget the library variant (a diagram opened from elsewhere, before its first save). */
  unbind(): void;
  /** The diagram changed: it is unsaved until the next derivation is saved. */
  markUnsaved(): void;
  /** The editor derived the changed diagram (once per burst of edits): save it with those facts. */
  changed(library?: LibraryFacts | null): void;
  /** Save now if anything is waiting (on leaving the page). */
  flush(): Promise<void>;
  /** The variant last edited, to reopen after a reload. */
  lastVariant(): Promise<VariantRecord | undefined>;
  /** Add the diagram on screen to the library as a new procedure, and bind to it. */
  addToLibrary(xml: string): Promise<VariantRecord | undefined>;
  dispose(): void;
}

export function createLibraryBinding(options: LibraryBindingOptions): LibraryBinding {
  const store = useEditorStore();
  let saving: Promise<void> | null = null;
  /** Counts changes, so a change made while a save runs is saved next. */
  let changes = 0;

  async function bind(variant: VariantRecord): Promise<void> {
    store.variantId = variant.id;
    store.revision = variant.revision;
    store.saveState = 'saved';
    // `changes` only grows: a save compares it with its value when it began (a reset here would make the first
    // save of a new procedure look outdated)
    try {
      await setSetting(await libraryDb(), LAST_VARIANT, variant.id);
    } catch {
      // Not remembering the last variant costs a click after reload; the edit itself is safe.
    }
  }

  function unbind(): void {
    store.variantId = null;
    store.saveState = 'none';
  }

  function markUnsaved(): void {
    changes++;
    store.saveState = 'unsaved';
  }

  /** Facts of the diagram as last derived, used by the next save instead of parsing its XML again. */
  let facts: LibraryFacts | null | undefined;
  /** The change count `facts` were derived at. */
  let factsAt = -1;

  function changed(library?: LibraryFacts | null): void {
    facts = library;
    factsAt = changes;
    if (store.saveState === 'unsaved' || store.saveState === 'error') void flush();
  }

  async function save(): Promise<void> {
    const xml = await options.getXml();
    if (!xml) return;
    const seen = changes;
    store.saveState = 'saving';
    try {
      const db = await libraryDb();
      // the derived facts describe the XML only when no change came after them
      const derived = factsAt === seen && facts ? facts : undefined;
      if (!store.variantId) {
        const { variant } = await createProcedureFromXml(
          db,
          xml,
          derived
            ? { derived: derived.facts, ...(derived.figures !== undefined ? { figures: derived.figures } : {}) }
            : {},
        );
        await bind(variant);
      } else {
        const saved = await saveVariantXml(db, store.variantId, xml, store.revision, {
          coalesceWithinMs: AUTOSAVE_HISTORY_MS,
          ...(derived ? { derived } : {}),
        });
        store.revision = saved.revision;
      }
      store.saveState = changes === seen ? 'saved' : 'unsaved';
    } catch (error) {
      if (error instanceof ConflictError) {
        // Another tab saved this variant first: keep both, and go on editing ours as a copy.
        const copy = await saveConflictCopy(
          await libraryDb(),
          error,
          `${error.theirs.name} (${new Date().toLocaleString()})`,
        );
        await bind(copy);
        store.showAlert('warning', options.text.conflict(copy.name));
        return;
      }
      store.saveState = 'error';
      store.showAlert('error', options.text.storageFailed(options.text.describe(error)));
    }
  }

  async function flush(): Promise<void> {
    if (saving) await saving;
    if (store.saveState !== 'unsaved' && store.saveState !== 'error') return;
    saving = save().finally(() => {
      saving = null;
    });
    await saving;
  }

  async function lastVariant(): Promise<VariantRecord | undefined> {
    try {
      const db = await libraryDb();
      const id = await getSetting<string>(db, LAST_VARIANT);
      return id ? await getVariant(db, id) : undefined;
    } catch {
      return undefined;
    }
  }

  async function addToLibrary(xml: string): Promise<VariantRecord | undefined> {
    try {
      const { variant } = await createProcedureFromXml(await libraryDb(), xml);
      await bind(variant);
      return variant;
    } catch (error) {
      store.saveState = 'none';
      store.showAlert('warning', options.text.storageFailed(options.text.describe(error)));
      return undefined;
    }
  }

  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onHide);

  return {
    bind,
    unbind,
    markUnsaved,
    changed,
    flush,
    lastVariant,
    addToLibrary,
    dispose() {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    },
  };
}
