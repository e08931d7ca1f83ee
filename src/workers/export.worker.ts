/**
 * Module Web Worker for the exports: a 20,000-step bundle takes about a minute, which on the main thread would
 * freeze the editor. Receives one request at a time, posts `{ id, progress }` as each stage begins, then the
 * files, the refusal (the problems, as plain data) or the error. The app cancels by terminating the worker.
 */
import {
  ExportRefused,
  exportVariant,
  type ExportFile,
  type ExportProgress,
  type ExportTarget,
} from '@/core/export/index.ts';
import { PackageRefused, exportOpencpsPackage, type PackageInput } from '@/core/opencps/export-package.ts';
import type { OpencpsNote } from '@/core/opencps/types.ts';
import { ImportProblem } from '@/core/bpmn/moddle.ts';
import { describeProblem, type MessageLocale } from '@/core/bpmn/problem-messages.ts';
import type { ValidationProblem } from '@/core/validate/problems.ts';

/** `lang`: the language of an error message (a model too large or too deep to read, say). */
export type ExportRequest =
  | { id: number; lang: MessageLocale; kind: 'variant'; xml: string; target: ExportTarget; images: ExportFile[] }
  | { id: number; lang: MessageLocale; kind: 'opencps'; inputs: PackageInput[] };

export type ExportResponse =
  | { id: number; progress: ExportProgress }
  | { id: number; files: ExportFile[] }
  | { id: number; opencps: { fileName: string; zip: Uint8Array; notes: OpencpsNote[] } }
  | { id: number; refused: ValidationProblem[] }
  | { id: number; packageRefused: Array<{ name: string; problems: ValidationProblem[] }> }
  | { id: number; error: string };

/** The part of the dedicated worker scope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
  postMessage(message: ExportResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data }) => {
  const { id } = data;
  const onProgress = (progress: ExportProgress): void => scope.postMessage({ id, progress });
  try {
    if (data.kind === 'variant') {
      const files = await exportVariant(data.xml, data.target, { images: data.images, onProgress });
      // the zip and the table's DOCX move to the page without a copy
      const transfer = new Set(files.flatMap((f) => (typeof f.content === 'string' ? [] : [f.content.buffer])));
      scope.postMessage({ id, files }, [...transfer] as ArrayBuffer[]);
    } else {
      const r = await exportOpencpsPackage(data.inputs, { onProgress });
      scope.postMessage({ id, opencps: { fileName: r.fileName, zip: r.zip, notes: r.notes } }, [
        r.zip.buffer as ArrayBuffer,
      ]);
    }
  } catch (error) {
    if (error instanceof ExportRefused) scope.postMessage({ id, refused: error.problems });
    else if (error instanceof PackageRefused) scope.postMessage({ id, packageRefused: error.refusals });
    else if (error instanceof ImportProblem) scope.postMessage({ id, error: describeProblem(error, data.lang) });
    else scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
