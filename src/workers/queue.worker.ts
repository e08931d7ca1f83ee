/**
 * Module Web Worker for the queue what-if: receives `{ id, models, runs, seed }` (one model per staffing or
 * variant), runs the pure, seeded `simulateQueue` on each off the main thread and posts back `{ id, results }`
 * or `{ id, error }` (a model the simulation refuses comes back as its problem code).
 */
// The pure queue modules only: the worker bundle holds no moddle or bpmn-js code.
import {
  QueueModelError,
  simulateQueue,
  type QueueProblem,
  type QueueResult,
} from '@/core/analysis/queue/simulate-queue.ts';
import type { QueueModel } from '@/core/analysis/queue/model.ts';

export interface QueueRequest {
  id: number;
  models: QueueModel[];
  runs: number;
  seed: number;
}
export type QueueResponse =
  { id: number; results: QueueResult[] } | { id: number; error: string; problem?: QueueProblem };

/** The part of the dedicated worker scope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<QueueRequest>) => void) | null;
  postMessage(message: QueueResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({
      id: data.id,
      results: data.models.map((m) => simulateQueue(m, { runs: data.runs, seed: data.seed })),
    });
  } catch (error) {
    if (error instanceof QueueModelError) scope.postMessage({ id: data.id, error: error.message, problem: error.code });
    else scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
