/**
 * Benchmark of export at size: `npx tsx scripts/bench-export-size.ts [--json] [--rounds N]`.
 * Exports a generated chain of 2,000 steps (with its diagram) and of 500 steps for every engine target and as
 * a bundle, and prints each ratio. Target: ≤ 6× for 4× the steps (linear is 4×), i.e. the export grows (near) linearly with
 * the model; a transform that scans the model once per step (as the timers' diagram shapes once did) shows as
 * 16×. Interleaved rounds, the order of the two sizes swapped every round; the ratio is the median of the
 * per-round ratios. Exits 1 over the target.
 */
import { performance } from 'node:perf_hooks';
import { exportVariant, type ExportTarget } from '../src/core/index.ts';
import { chainModel } from '../test/support/size-models.ts';

const SMALL = 500;
const LARGE = 2_000;
const TARGET = 6;
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;
const TARGETS: ExportTarget[] = ['bpmn-engine', 'camunda8', 'camunda7', 'flowable', 'bundle'];

const small = chainModel(SMALL, { di: true });
const large = chainModel(LARGE, { di: true });

async function time(xml: string, target: ExportTarget): Promise<number> {
  const t = performance.now();
  await exportVariant(xml, target);
  return performance.now() - t;
}

const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const round2 = (x: number): number => Math.round(x * 100) / 100;

for (const target of TARGETS) await time(small, target);
const rows: Array<{ target: string; smallMs: number; largeMs: number; ratio: number; pass: boolean }> = [];
for (const target of TARGETS) {
  const s: number[] = [];
  const l: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const first = round % 2 === 0 ? small : large;
    const a = await time(first, target);
    const b = await time(first === small ? large : small, target);
    const [sm, lg] = first === small ? [a, b] : [b, a];
    s.push(sm);
    l.push(lg);
    ratios.push(lg / sm);
  }
  const ratio = median(ratios);
  rows.push({
    target,
    smallMs: round2(median(s)),
    largeMs: round2(median(l)),
    ratio: round2(ratio),
    pass: ratio <= TARGET,
  });
}
const pass = rows.every((r) => r.pass);
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log(
    `Export at size (Node ${process.version}; ${ROUNDS} interleaved rounds; ratio = median of the per-round ratios) — target ≤ ${TARGET}× for ${LARGE / SMALL}× the steps (chains with diagrams of ${SMALL.toLocaleString('en')} and ${LARGE.toLocaleString('en')} steps)`,
  );
  console.table(rows);
  console.log(pass ? 'Export at size: target met.' : 'Export at size: OVER TARGET.');
}
process.exitCode = pass ? 0 : 1;
