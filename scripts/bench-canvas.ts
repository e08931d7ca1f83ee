/**
 * Opening a diagram with the canvas features (minimap, origin alignment, fit) against a bare bpmn-js Modeler
 * import, in Chromium, on the large corpus files and a sample. Target ≤ 1.3× as the editor opens a diagram
 * (minimap module loaded, closed); with the minimap open (a second copy of the diagram, filled in the first
 * frame after the import and checked to be there when that frame is painted), shown for information.
 * Run by scripts/bench.mjs.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
// @ts-expect-error plain .mjs helper shared with the scripts
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const TARGET = 1.3;
const corpus = resolve(process.env.TTHC_CORPUS ?? join(process.cwd(), '..', 'shared', 'corpus'));
const runs = Number(process.env.BENCH_RUNS ?? 9);

function inputs(): Array<{ name: string; xml: string }> {
  const out: Array<{ name: string; xml: string }> = [];
  const large = join(corpus, 'large');
  if (existsSync(large))
    for (const name of readdirSync(large)
      .filter((n) => /\.bpmn$/.test(n))
      .sort())
      out.push({ name, xml: readFileSync(join(large, name), 'utf8') });
  else console.log(`Canvas benchmark: corpus not found at ${corpus} (set TTHC_CORPUS); samples only.`);
  const sample = join('procedures', 'dang-ky-khai-sinh', 'hien-hanh.bpmn');
  if (existsSync(sample))
    out.push({ name: 'sample dang-ky-khai-sinh/hien-hanh.bpmn', xml: readFileSync(sample, 'utf8') });
  return out;
}

async function main(): Promise<boolean> {
  const executablePath = findChromium() as string | undefined;
  if (!executablePath) {
    console.log('Canvas benchmark: no Chromium found (set CHROMIUM_PATH).');
    return true;
  }
  await build({ configFile: 'bench/canvas/vite.config.ts' });
  const server = await preview({ configFile: 'bench/canvas/vite.config.ts', preview: { port: 0, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  let ok = true;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1800 } });
    await page.goto(server.resolvedUrls?.local[0] as string);
    await page.waitForFunction(() => document.title === 'ready');
    console.log(
      `Open with fit and minimap (${runs} paired runs, Chromium, until painted; ratio = median of paired ratios) — target ≤ ${TARGET.toFixed(2)}× bare bpmn-js Modeler importXML, minimap closed as the editor opens`,
    );
    console.log(
      'file'.padEnd(48),
      'minimap'.padEnd(8),
      'bare ms'.padStart(9),
      'TTHC ms'.padStart(9),
      'ratio'.padStart(7),
    );
    for (const { name, xml } of inputs()) {
      for (const open of [false, true]) {
        const r = await page.evaluate(
          ([x, n, o]) =>
            (
              window as unknown as {
                benchCanvas(
                  x: string,
                  n: number,
                  o: boolean,
                ): Promise<{ bareMs: number; appMs: number; ratio: number }>;
              }
            ).benchCanvas(x, n, o),
          [xml, runs, open] as [string, number, boolean],
        );
        const pass = r.ratio <= TARGET;
        if (!open) ok &&= pass;
        const verdict = open ? '(information)' : pass ? 'ok' : 'OVER TARGET';
        console.log(
          name.padEnd(48),
          (open ? 'open' : 'closed').padEnd(8),
          r.bareMs.toFixed(1).padStart(9),
          r.appMs.toFixed(1).padStart(9),
          `${r.ratio.toFixed(2)}×`.padStart(7),
          verdict,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return ok;
}

process.exit((await main()) ? 0 : 1);
