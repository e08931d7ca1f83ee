// Library view benchmark (Chromium, real IndexedDB): first render and one search keystroke with 5,000
// procedures against the same with 50, in the same run — target ≤ 1.5× each — then the reform dashboard's
// opening and importing 1,000 files. Each measurement runs in a fresh browser context (an empty library),
// median of BENCH_RUNS (default 5). `node scripts/bench-library-view.mjs` alone, or from scripts/bench.mjs.
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const SMALL = 50;
const LARGE = 5000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(browser, base, count) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL('library.html', base).toString());
  await page.waitForFunction(() => document.title === 'ready');
  const r = await page.evaluate((n) => window.benchLibrary(n), count);
  await context.close();
  return r;
}

/** Print the ratios; true when both targets are met. */
export async function benchLibraryView(browser, base, runs = Number(process.env.BENCH_RUNS ?? 5)) {
  const small = [];
  const large = [];
  // warm-up: the first page of a browser pays for compiling the bundle
  await measure(browser, base, SMALL);
  for (let i = 0; i < runs; i++) {
    small.push(await measure(browser, base, SMALL));
    large.push(await measure(browser, base, LARGE));
  }
  const pick = (list, key) => median(list.map((r) => r[key]));
  const rows = [
    ['first render', pick(small, 'firstRenderMs'), pick(large, 'firstRenderMs')],
    ['  of which library read', pick(small, 'readyMs'), pick(large, 'readyMs')],
    ["rows' figures on screen", pick(small, 'figuresMs'), pick(large, 'figuresMs')],
    ['search keystroke, median', pick(small, 'searchP50'), pick(large, 'searchP50')],
    ['  of which core search', pick(small, 'coreSearchP50'), pick(large, 'coreSearchP50')],
    ['search keystroke, p95', pick(small, 'searchP95'), pick(large, 'searchP95')],
  ];
  console.log(
    `\nLibrary view (Chromium, real IndexedDB), ${LARGE} vs ${SMALL} procedures, median of ${runs} fresh libraries — target ≤ 1.5×`,
  );
  console.log('what'.padEnd(28), `${SMALL} ms`.padStart(9), `${LARGE} ms`.padStart(9), 'ratio'.padStart(7));
  let ok = true;
  for (const [what, a, b] of rows) {
    const ratio = b / a;
    const targeted = what === 'first render' || what === 'search keystroke, median';
    if (targeted) ok &&= ratio <= 1.5;
    console.log(
      what.padEnd(28),
      a.toFixed(a < 10 ? 2 : 1).padStart(9),
      b.toFixed(b < 10 ? 2 : 1).padStart(9),
      `${ratio.toFixed(2)}×`.padStart(7),
      targeted ? (ratio <= 1.5 ? 'ok' : 'OVER TARGET') : '(shown, no target)',
    );
  }
  console.log(
    `rows drawn: ${pick(small, 'rows')} of ${SMALL}, ${pick(large, 'rows')} of ${LARGE} (virtual list); reform dashboard opened over ${LARGE}: ${pick(large, 'dashboardMs').toFixed(1)} ms (${pick(large, 'reviewed')} reviewed)`,
  );
  return ok;
}

/** Importing 1,000 files against the bare parse of the same files (one fresh library). */
export async function benchLibraryImport(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('library.html', base).toString());
  await page.waitForFunction(() => document.title === 'ready');
  const imp = await page.evaluate((n) => window.benchImport(n), 1000);
  await context.close();
  const pass = imp.ratio <= 1.5;
  console.log(
    `import ${imp.files} files: ${imp.importMs.toFixed(0)} ms vs bare parse ${imp.parseMs.toFixed(0)} ms`.padEnd(72),
    `${imp.ratio.toFixed(2)}×`.padStart(9),
    '≤ 1.5×'.padStart(10),
    pass ? 'ok' : 'OVER TARGET',
  );
  return pass;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('Library view benchmark: no Chromium found (set CHROMIUM_PATH).');
  } else {
    await build({ configFile: 'bench/vite.config.ts' });
    const server = await preview({ configFile: 'bench/vite.config.ts', preview: { port: 0, host: '127.0.0.1' } });
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    let ok = false;
    try {
      ok = await benchLibraryView(browser, server.resolvedUrls.local[0]);
    } finally {
      await browser.close();
      await server.close();
    }
    process.exitCode = ok ? 0 : 1;
  }
}
