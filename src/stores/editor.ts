/** Editor UI state as plain data: the open file, unsaved changes, undo availability and the alert. */
import { defineStore } from 'pinia';
import { ref } from 'vue';

export type AlertKind = 'error' | 'warning' | 'info';
export interface EditorAlert { kind: AlertKind; title: string; detail?: string }

export const useEditorStore = defineStore('editor', () => {
  /** Name of the file on screen (used for downloads). */
  const fileName = ref('thu-tuc.bpmn');
  /** True once the diagram changed since it was opened or saved. */
  const dirty = ref(false);
  const canUndo = ref(false);
  const canRedo = ref(false);
  /** The message shown in the `role="alert"` bar; text only, never HTML. */
  const alert = ref<EditorAlert | null>(null);

  function showAlert(kind: AlertKind, title: string, detail?: string): void {
    alert.value = { kind, title, detail };
  }

  function clearAlert(): void {
    alert.value = null;
  }

  return { fileName, dirty, canUndo, canRedo, alert, showAlert, clearAlert };
});
