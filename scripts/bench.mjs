// `npm run bench`: speed against the bare libraries, measured in the same run on this machine.
// 1. Editor: time to open each large corpus file in TTHC Studio vs a bare bpmn-js Modeler importXML (target ≤ 1.3×).
// The canvas (fit and minimap included) has its own script, scripts/bench-canvas.ts (target ≤ 1.3×).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { benchLibraryImport, benchLibraryView } from './bench-library-view.mjs';

const corpus = resolve(process.env.TTHC_CORPUS ?? join(process.cwd(), '..', 'shared', 'corpus'));
const runs = Number(process.env.BENCH_RUNS ?? 9);

async function benchEditor() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('Editor benchmark: no Chromium found (set CHROMIUM_PATH).');
    return true;
  }
  if (!existsSync(join(corpus, 'large'))) {
    console.log(`Editor benchmark: corpus not found at ${corpus} (set TTHC_CORPUS).`);
    return true;
  }
  await build({ configFile: 'bench/vite.config.ts' });
  const server = await preview({ configFile: 'bench/vite.config.ts', preview: { port: 0, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  let ok = true;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1800 } });
    await page.goto(server.resolvedUrls.local[0]);
    await page.waitForFunction(() => document.title === 'ready');
    console.log(`\nOpen in the editor (median of ${runs} runs, Chromium) — target ≤ 1.30× bare bpmn-js importXML`);
    console.log('file'.padEnd(48), 'bare ms'.padStart(9), 'TTHC ms'.padStart(9), 'ratio'.padStart(7));
    for (const name of readdirSync(join(corpus, 'large'))
      .filter((n) => /\.(bpmn|xml)$/.test(n))
      .sort()) {
      const xml = readFileSync(join(corpus, 'large', name), 'utf8');
      const r = await page.evaluate(([x, n]) => window.benchOpen(x, n), [xml, runs]);
      const pass = r.ratio <= 1.3;
      ok &&= pass;
      console.log(
        name.padEnd(48),
        r.bareMs.toFixed(1).padStart(9),
        r.appMs.toFixed(1).padStart(9),
        `${r.ratio.toFixed(2)}×`.padStart(7),
        pass ? 'ok' : 'OVER TARGET',
      );
    }
    ok = (await benchLibraryPage(browser, server.resolvedUrls.local[0])) && ok;
    ok = (await benchComparePage(browser, server.resolvedUrls.local[0])) && ok;
  } finally {
    await browser.close();
    await server.close();
  }
  return ok;
}

/** Compare view ready for two ~1,000-element variants vs one bare viewer import (the largest corpus file, and a copy with renamed steps). */
async function benchComparePage(browser, base) {
  const file = join(corpus, 'large', 'bpmn-moddle__complex-signavio.bpmn');
  if (!existsSync(file)) return true;
  const a = readFileSync(file, 'utf8');
  let renamed = 0;
  const b = a.replace(/name="([^"]+)"/g, (m, name) => (renamed++ % 10 === 0 ? `name="${name} (mới)"` : m));
  const page = await browser.newPage({ viewport: { width: 1400, height: 1600 } });
  await page.goto(new URL('compare.html', base).toString());
  await page.waitForFunction(() => document.title === 'ready');
  const r = await page.evaluate(([x, y, n]) => window.benchCompare(x, y, n), [a, b, Math.min(runs, 7)]);
  await page.close();
  const pass = r.ratio <= 2.5;
  console.log(
    '\nCompare view (Chromium), complex-signavio vs a copy with every 10th name changed — target ≤ 2.5× one bare import',
  );
  console.log(
    `bare NavigatedViewer import until painted ${r.bareMs.toFixed(1)} ms; compare view ready and painted ${r.compareMs.toFixed(1)} ms; ratio ${r.ratio.toFixed(2)}×`,
    pass ? 'ok' : 'OVER TARGET',
  );
  return pass;
}

/** Library view: 5,000 procedures against 50 (first render, search keystroke), and importing 1,000 files (real IndexedDB). */
async function benchLibraryPage(browser, base) {
  const view = await benchLibraryView(browser, base);
  return (await benchLibraryImport(browser, base)) && view;
}

const results = [await benchEditor()];
for (const script of [
  'scripts/bench-canvas.ts',
  'scripts/bench-analysis.ts',
  'scripts/bench-library.ts',
  'scripts/bench-compare.ts',
  'scripts/bench-export.ts',
  'scripts/bench-table-import.ts',
  'scripts/bench-opencps.ts',
  'scripts/bench-open-no-di.ts',
  'scripts/bench-queue.ts',
  'scripts/bench-size.ts',
  'scripts/bench-export-size.ts',
].filter((s) => existsSync(s))) {
  console.log('');
  results.push(spawnSync('npx', ['tsx', script], { stdio: 'inherit' }).status === 0);
}
console.log(
  results.every(Boolean) ? '\nAll benchmark targets met.' : '\nSome benchmark targets were missed (see above).',
);
