/** Editor UI state as plain data: the open file, unsaved changes, undo availability and the alert. */
import { defineStore } from 'pinia';
import { ref } from 'vue';

export type AlertKind = 'error' | 'warning' | 'info';
/** Where the diagram on screen stands against the library: not in it, saved, waiting, saving, or failed. */
export type SaveState = 'none' | 'saved' | 'unsaved' | 'saving' | 'error';
export interface EditorAlert {
  kind: AlertKind;
  title: string;
  detail?: string;
  /** One line each, shown as a list (e.g. the repairs made when a file was opened). */
  items?: string[];
  /** A button offered with the message (e.g. download the original file). */
  action?: { label: string; run(): void };
}

export const useEditorStore = defineStore('editor', () => {
  /** Name of the file on screen (used for downloads). */
  const fileName = ref('thu-tuc.bpmn');
  /** True once the diagram changed since it was opened or saved. */
  const dirty = ref(false);
  const canUndo = ref(false);
  const canRedo = ref(false);
  /** The library variant being edited (null: a diagram not in the library) and its stored revision. */
  const variantId = ref<string | null>(null);
  const revision = ref(0);
  const saveState = ref<SaveState>('none');
  /** The message shown in the `role="alert"` bar; text only, never HTML. */
  const alert = ref<EditorAlert | null>(null);

  function showAlert(
    kind: AlertKind,
    title: string,
    detail?: string,
    extra: Pick<EditorAlert, 'items' | 'action'> = {},
  ): void {
    alert.value = { kind, title, detail, ...extra };
  }

  function clearAlert(): void {
    alert.value = null;
  }

  return { fileName, dirty, canUndo, canRedo, variantId, revision, saveState, alert, showAlert, clearAlert };
});
