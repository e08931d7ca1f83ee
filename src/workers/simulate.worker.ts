/**
 * Module Web Worker for the what-if simulation: receives `{ id, model, runs, seed }`, runs the pure, seeded
 * `simulate` off the main thread and posts back `{ id, result }` or `{ id, error }`.
 */
// The pure simulation module only: the worker bundle then holds no moddle or bpmn-js code.
import { simulate, type SimulationModel, type SimulationResult } from '@/core/analysis/simulate.ts';

export interface SimulationRequest {
  id: number;
  model: SimulationModel;
  runs: number;
  seed: number | string;
}
export type SimulationResponse = { id: number; result: SimulationResult } | { id: number; error: string };

/** The part of the dedicated worker scope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<SimulationRequest>) => void) | null;
  postMessage(message: SimulationResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, result: simulate(data.model, { runs: data.runs, seed: data.seed }) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
