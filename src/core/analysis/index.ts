/** Analysis of a procedure: counts, time, compliance cost, working-day calendar and what-if simulation. */
export * from './analyze.ts';
export * from './blocks.ts';
export * from './calendar.ts';
export * from './compile.ts';
export * from './cost.ts';
export * from './counts.ts';
export * from './evaluate.ts';
export * from './graph.ts';
export * from './holidays.ts';
export * from './lunar.ts';
export * from './paths.ts';
export * from './prng.ts';
export * from './simulate.ts';
export * from './structure.ts';
export * from './warnings.ts';
