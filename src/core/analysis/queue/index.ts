/** The queue simulation (people and waiting): model, scenario, seeded discrete-event run, Erlang C oracle. */
export { applyScenario, buildQueueModel, parseMonthlyProfile, sameLoad, workingDaysByMonth } from './model.ts';
export { yearHours } from './arrivals.ts';
export type { QueueModel, QueueModelOptions, QueueRole, QueueScenario } from './model.ts';
export { DEFAULT_WARM_UP_DAYS, MAX_SIMULATED_DOSSIERS, QueueModelError, simulateQueue } from './simulate-queue.ts';
export type { QueueOptions, QueueProblem, QueueResult, RoleQueueFigures, StepQueueFigures } from './simulate-queue.ts';
export { DISTRIBUTIONS, LOGNORMAL_DEFAULT_CV } from './distributions.ts';
export { erlangC, mmcMeanSojourn, mmcMeanWait } from './erlang.ts';
