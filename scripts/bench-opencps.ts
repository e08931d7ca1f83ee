/**
 * Benchmark: exporting every sample variant as one OpenCPS package (core `exportOpencpsPackage`: parse,
 * validate, map, write XML, zip) against a bare bpmn-moddle parse + serialize of the same files, both measured
 * in this run. Target: ratio ≤ 2. Usage: npx tsx scripts/bench-opencps.ts [--runs 5]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { exportOpencpsPackage } from '../src/core/index.ts';

const i = process.argv.indexOf('--runs');
const RUNS = i > 0 ? Number(process.argv[i + 1] ?? 5) : 5;
const inputs = readdirSync('procedures', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.bpmn'))
  .sort()
  .map((f) => ({ name: f, xml: readFileSync(join('procedures', f), 'utf8') }));

async function bare(): Promise<number> {
  const t0 = performance.now();
  for (const { xml } of inputs) {
    const moddle = new BpmnModdle();
    const { rootElement } = await moddle.fromXML(xml, 'bpmn:Definitions');
    await moddle.toXML(rootElement, { format: true });
  }
  return performance.now() - t0;
}

async function opencps(): Promise<number> {
  const t0 = performance.now();
  await exportOpencpsPackage(inputs);
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
await bare();
await opencps(); // warm-up (the holiday calendar is computed once)
const b: number[] = [];
const o: number[] = [];
for (let r = 0; r < RUNS; r++) {
  b.push(await bare());
  o.push(await opencps());
}
const ratio = median(o) / median(b);
console.log(
  `OpenCPS package of ${inputs.length} sample variants (median of ${RUNS}): ${median(o).toFixed(0)} ms; bare bpmn-moddle parse + serialize ${median(b).toFixed(0)} ms; ratio ${ratio.toFixed(2)}× (target ≤ 2)`,
  ratio <= 2 ? 'ok' : 'OVER TARGET',
);
process.exitCode = ratio <= 2 ? 0 : 1;
