/**
 * Benchmark of the analysis at size: `npx tsx scripts/bench-size.ts [--json]`.
 * Times `analyze` on a generated chain of 20,000 steps (4.8 MB of BPMN, as in issue 11) and of 2,000 steps
 * (test/support/size-models.ts), the two measured alternately in the same run (median of several runs after
 * warm-up), and prints the ratio.
 * Target: ≤ 12× for 10× the steps, i.e. the analysis grows (near) linearly with the model.
 */
import { performance } from 'node:perf_hooks';
import { analyze, parseBpmn, type ModdleElement } from '../src/core/index.ts';
import { chainModel } from '../test/support/size-models.ts';

const SMALL = 2_000;
const LARGE = 20_000;
const TARGET = 12;
const RUNS = 15;
const WARMUP = 3;

const small = (await parseBpmn(chainModel(SMALL))).definitions;
const large = (await parseBpmn(chainModel(LARGE))).definitions;

/** Wall time of one analysis in ms. */
function time(definitions: ModdleElement): number {
  const t = performance.now();
  analyze(definitions);
  return performance.now() - t;
}

// alternate the two sizes so that a busy machine slows both alike
for (let i = 0; i < WARMUP; i++) {
  time(small);
  time(large);
}
const smallMs: number[] = [];
const largeMs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  smallMs.push(time(small));
  largeMs.push(time(large));
}
const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const s = median(smallMs);
const l = median(largeMs);
const ratio = l / s;
const pass = ratio <= TARGET;
const row = {
  smallSteps: SMALL,
  largeSteps: LARGE,
  smallMs: round(s),
  largeMs: round(l),
  ratio: round(ratio),
  target: `≤ ${TARGET}×`,
  pass,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(row, null, 2));
} else {
  console.log(
    `Analysis at size (Node ${process.version}; medians of ${RUNS} alternating runs after ${WARMUP} warm-up runs) — target ≤ ${TARGET}× for ${LARGE / SMALL}× the steps`,
  );
  console.log(
    `analyze, chain of ${SMALL.toLocaleString('en')} steps ${row.smallMs} ms; of ${LARGE.toLocaleString('en')} steps ${row.largeMs} ms; ratio ${row.ratio}×`,
    pass ? 'ok' : 'OVER TARGET',
  );
}
process.exitCode = pass ? 0 : 1;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
