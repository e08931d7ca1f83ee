/**
 * Client of the simulation Web Worker: creates the worker on first use, numbers the requests and answers
 * only the latest one (older answers resolve to null), and terminates the worker on dispose.
 */
import type { SimulationModel, SimulationResult } from '@/core/index.ts';
import type { SimulationRequest, SimulationResponse } from '../workers/simulate.worker.ts';

export interface SimulationClient {
  /** Run the model in the worker; null when a newer request superseded this one (or the client was disposed). */
  run(model: SimulationModel, options: { runs: number; seed: number | string }): Promise<SimulationResult | null>;
  dispose(): void;
}

interface Pending {
  resolve(result: SimulationResult | null): void;
  reject(error: Error): void;
}

/** A client that owns one lazily created module worker. */
export function createSimulationClient(): SimulationClient {
  let worker: Worker | null = null;
  let lastId = 0;
  const pending = new Map<number, Pending>();

  function settle(id: number, answer: (p: Pending) => void): void {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    answer(p);
  }

  function failAll(message: string): void {
    for (const id of [...pending.keys()]) settle(id, (p) => p.reject(new Error(message)));
  }

  function ensureWorker(): Worker {
    if (worker) return worker;
    const w = new Worker(new URL('../workers/simulate.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<SimulationResponse>) => {
      const data = event.data;
      // only the latest request counts; an older answer is dropped
      if (data.id !== lastId) {
        settle(data.id, (p) => p.resolve(null));
        return;
      }
      if ('error' in data) settle(data.id, (p) => p.reject(new Error(data.error)));
      else settle(data.id, (p) => p.resolve(data.result));
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      // a worker that failed to load or crashed is replaced on the next run
      w.terminate();
      if (worker === w) worker = null;
      failAll(event.message || 'simulation worker failed');
    };
    worker = w;
    return w;
  }

  function run(
    model: SimulationModel,
    options: { runs: number; seed: number | string },
  ): Promise<SimulationResult | null> {
    const id = ++lastId;
    // earlier requests still in flight are superseded
    for (const older of [...pending.keys()]) settle(older, (p) => p.resolve(null));
    return new Promise<SimulationResult | null>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      try {
        const request: SimulationRequest = { id, model, runs: options.runs, seed: options.seed };
        ensureWorker().postMessage(request);
      } catch (error) {
        settle(id, (p) => p.reject(error instanceof Error ? error : new Error(String(error))));
      }
    });
  }

  function dispose(): void {
    worker?.terminate();
    worker = null;
    for (const id of [...pending.keys()]) settle(id, (p) => p.resolve(null));
  }

  return { run, dispose };
}
