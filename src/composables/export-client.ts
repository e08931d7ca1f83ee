/**
 * Client of the export Web Worker (src/workers/export.worker.ts): one export at a time, its progress passed
 * on as it comes, and `cancel()` to stop it (the worker is terminated and made again on the next export).
 */
import type { ExportFile, ExportProgress, ExportTarget, MessageLocale, PackageInput } from '@/core/index.ts';
import type { ExportRequest, ExportResponse } from '../workers/export.worker.ts';

type Settled = Exclude<ExportResponse, { progress: ExportProgress }>;
/** How an export ended: the worker's answer, or `cancelled` when `cancel()` stopped it. */
export type ExportOutcome = Settled | { cancelled: true };

export interface ExportClient {
  exportVariant(
    xml: string,
    target: ExportTarget,
    images: ExportFile[],
    onProgress: (p: ExportProgress) => void,
  ): Promise<ExportOutcome>;
  exportOpencps(inputs: PackageInput[], onProgress: (p: ExportProgress) => void): Promise<ExportOutcome>;
  /** Stop the export under way (its promise resolves to `{ cancelled: true }`); nothing when none runs. */
  cancel(): void;
  dispose(): void;
}

/** `lang()`: the language the worker writes its error messages in, read at each export. */
export function createExportClient(lang: () => MessageLocale): ExportClient {
  let worker: Worker | null = null;
  let lastId = 0;
  let current: { id: number; done(outcome: ExportOutcome): void; onProgress(p: ExportProgress): void } | null = null;

  function finish(outcome: ExportOutcome): void {
    const c = current;
    current = null;
    c?.done(outcome);
  }

  function ensureWorker(): Worker {
    if (worker) return worker;
    const w = new Worker(new URL('../workers/export.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<ExportResponse>) => {
      const data = event.data;
      if (!current || data.id !== current.id) return;
      if ('progress' in data) current.onProgress(data.progress);
      else finish(data);
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      // a worker that failed to load or crashed is replaced on the next export
      w.terminate();
      if (worker === w) worker = null;
      if (current) finish({ id: current.id, error: event.message || 'export worker failed' });
    };
    worker = w;
    return w;
  }

  function start(request: ExportRequest, onProgress: (p: ExportProgress) => void): Promise<ExportOutcome> {
    // one export at a time: a new one stops the one before
    if (current) cancel();
    return new Promise<ExportOutcome>((done) => {
      current = { id: request.id, done, onProgress };
      try {
        ensureWorker().postMessage(request);
      } catch (error) {
        finish({ id: request.id, error: error instanceof Error ? error.message : String(error) });
      }
    });
  }

  function cancel(): void {
    if (!current) return;
    worker?.terminate();
    worker = null;
    finish({ cancelled: true });
  }

  return {
    exportVariant: (xml, target, images, onProgress) =>
      start({ id: ++lastId, lang: lang(), kind: 'variant', xml, target, images }, onProgress),
    exportOpencps: (inputs, onProgress) => start({ id: ++lastId, lang: lang(), kind: 'opencps', inputs }, onProgress),
    cancel,
    dispose(): void {
      cancel();
      worker?.terminate();
      worker = null;
    },
  };
}
