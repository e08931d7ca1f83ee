/**
 * Benchmark: batch export of 1,000 procedures through the CLI (`tthc export <dir> --target T --out DIR`, run
 * in-process) against a bare bpmn-moddle parse + serialize of the same files, both measured in this run.
 * Target: ratio ≤ 2. Usage: npx tsx scripts/bench-export.ts [--count 1000] [--target bpmn-engine,camunda8]
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { main } from '../src/cli/main.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const COUNT = Number(arg('count', '1000'));
const TARGETS = arg('target', 'bpmn-engine,camunda8').split(',');

const sources = readdirSync('procedures', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.bpmn'))
  .sort()
  .map((f) => readFileSync(join('procedures', f), 'utf8'));
const root = mkdtempSync(join(tmpdir(), 'tthc-bench-export-'));
const input = join(root, 'in');
mkdirSync(input);
for (let i = 0; i < COUNT; i++)
  writeFileSync(join(input, `p${String(i).padStart(4, '0')}.bpmn`), sources[i % sources.length] as string);
const files = readdirSync(input).map((f) => join(input, f));

async function bare(): Promise<number> {
  const t0 = performance.now();
  for (const f of files) {
    const xml = await readFile(f, 'utf8');
    const moddle = new BpmnModdle();
    const { rootElement } = await moddle.fromXML(xml, 'bpmn:Definitions');
    await moddle.toXML(rootElement, { format: true });
  }
  return performance.now() - t0;
}

async function cli(target: string): Promise<number> {
  const out = join(root, `out-${target}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  const io = {
    stdout: () => undefined,
    stderr: (s: string) => process.stderr.write(s),
    readFile: (p: string) => readFile(p, 'utf8'),
  };
  const t0 = performance.now();
  const code = await main(['export', input, '--target', target, '--out', out], io);
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`export exited ${code}`);
  return ms;
}

await bare(); // warm-up
const baseline = Math.min(await bare(), await bare());
console.log(`bare bpmn-moddle parse + serialize of ${COUNT} files: ${baseline.toFixed(0)} ms`);
for (const target of TARGETS) {
  await cli(target); // warm-up
  const ms = Math.min(await cli(target), await cli(target));
  console.log(
    `tthc export --target ${target} of ${COUNT} files: ${ms.toFixed(0)} ms  ratio ${(ms / baseline).toFixed(2)} (target ≤ 2)`,
  );
}
rmSync(root, { recursive: true, force: true });
