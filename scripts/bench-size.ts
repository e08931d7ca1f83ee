/**
 * Benchmark of the analysis at size: `npx tsx scripts/bench-size.ts [--json] [--rounds N]`.
 * Times `analyze` on a generated chain of 20,000 steps (4.8 MB of BPMN, as in issue 11) and of 2,000 steps
 * (test/support/size-models.ts) and prints the ratio. Target: ≤ 12× for 10× the steps, i.e. the analysis
 * grows (near) linearly with the model. Exits 1 over the target.
 *
 * Robust on a busy shared machine: interleaved rounds, each timing both sizes back to back (the order swapped
 * every round), and the ratio is the median of the per-round ratios, so load from other processes slows both
 * sides of a ratio alike. In a round the 2,000-step model is analysed ten times in a row and its time is the
 * mean of those, so both sides analyse 20,000 steps and meet the same garbage collection.
 */
import { performance } from 'node:perf_hooks';
import { analyze, parseBpmn, type ModdleElement } from '../src/core/index.ts';
import { chainModel } from '../test/support/size-models.ts';

const SMALL = 2_000;
const LARGE = 20_000;
const TARGET = 12;
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 15;
const WARMUP = 3;
const REPEAT = LARGE / SMALL;

const small = (await parseBpmn(chainModel(SMALL))).definitions;
const large = (await parseBpmn(chainModel(LARGE))).definitions;

/** Mean wall time in ms of `times` analyses of `definitions` in a row. */
function time(definitions: ModdleElement, times: number): number {
  const t = performance.now();
  for (let i = 0; i < times; i++) analyze(definitions);
  return (performance.now() - t) / times;
}

function median(xs: number[]): number {
  return xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
}

for (let i = 0; i < WARMUP; i++) {
  time(small, REPEAT);
  time(large, 1);
}
const smallMs: number[] = [];
const largeMs: number[] = [];
const ratios: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let s: number;
  let l: number;
  if (round % 2 === 0) {
    s = time(small, REPEAT);
    l = time(large, 1);
  } else {
    l = time(large, 1);
    s = time(small, REPEAT);
  }
  smallMs.push(s);
  largeMs.push(l);
  ratios.push(l / s);
}
const ratio = median(ratios);
const pass = ratio <= TARGET;
const row = {
  smallSteps: SMALL,
  largeSteps: LARGE,
  smallMs: round2(median(smallMs)),
  largeMs: round2(median(largeMs)),
  ratio: round2(ratio),
  ratioRange: [round2(Math.min(...ratios)), round2(Math.max(...ratios))],
  target: `≤ ${TARGET}×`,
  pass,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(row, null, 2));
} else {
  console.log(
    `Analysis at size (Node ${process.version}; ${ROUNDS} interleaved rounds after ${WARMUP} warm-up rounds; ratio = median of the per-round ratios) — target ≤ ${TARGET}× for ${REPEAT}× the steps`,
  );
  console.log(
    `analyze, chain of ${SMALL.toLocaleString('en')} steps ${row.smallMs} ms (mean of ${REPEAT} in a row); of ${LARGE.toLocaleString('en')} steps ${row.largeMs} ms; ratio ${row.ratio}× (rounds ${row.ratioRange[0]}–${row.ratioRange[1]}×)`,
    pass ? 'ok' : 'OVER TARGET',
  );
}
process.exitCode = pass ? 0 : 1;

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
