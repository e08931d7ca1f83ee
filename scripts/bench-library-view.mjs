// Library view benchmark (Chromium, real IndexedDB): first render and one search keystroke with 5,000
// procedures against the same with 50 — target ≤ 1.5× each — then the reform dashboard's opening and
// importing 1,000 files. Each round writes a fresh library of 50 and one of 5,000 (their own browser contexts,
// so empty databases), reloads both pages, opens the library view in each, side by side, and types the same keystrokes into one and then the other in turn, so
// load from other processes falls on both sides of a ratio alike. The ratio is the median over BENCH_RUNS
// rounds (default 5) of each round's ratio. `node scripts/bench-library-view.mjs` alone, or from
// scripts/bench.mjs.
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const SMALL = 50;
const LARGE = 5000;
/** What is typed, letter by letter, each word after an emptied search box. */
const WORDS = [
  'dang ky khai sinh',
  'cấp giấy phép xây dựng',
  '1.10',
  'thuong tru',
  'ho kinh doanh',
  'giay phep lai xe',
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
};

async function openPage(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL('library.html', base).toString());
  await page.waitForFunction(() => document.title === 'ready');
  return { context, page };
}

/** One round: both libraries opened (in turn, the order swapped each round), then typed into in turn. */
async function round(browser, base, swap) {
  const sides = [
    { count: SMALL, ...(await openPage(browser, base)), keys: [], core: [] },
    { count: LARGE, ...(await openPage(browser, base)), keys: [], core: [] },
  ];
  const order = swap ? [sides[1], sides[0]] : sides;
  // each library is written, then its page reloaded, as a user opens the studio over a library kept from before
  for (const side of order) {
    await side.page.evaluate((n) => window.fillLibrary(n), side.count);
    await side.page.reload();
    await side.page.waitForFunction(() => document.title === 'ready');
  }
  for (const side of order) side.open = await side.page.evaluate(() => window.openLibrary());
  for (const word of WORDS) {
    for (let i = 1; i <= word.length + 1; i++) {
      // the last turn empties the box again (not counted)
      const text = i <= word.length ? word.slice(0, i) : '';
      for (const side of order) {
        const r = await side.page.evaluate((t) => window.typeKeystroke(t), text);
        if (text) {
          side.keys.push(r.ms);
          side.core.push(r.coreMs);
        }
      }
    }
  }
  for (const side of sides) {
    side.close = await side.page.evaluate(() => window.closeLibrary());
    await side.context.close();
  }
  const figures = (side) => ({
    firstRenderMs: side.open.firstRenderMs,
    readyMs: side.open.readyMs,
    figuresMs: side.open.figuresMs,
    searchP50: median(side.keys),
    coreSearchP50: median(side.core),
    searchP95: percentile(side.keys, 0.95),
    rows: side.open.rows,
    ...side.close,
  });
  return { small: figures(sides[0]), large: figures(sides[1]) };
}

/** Print the ratios; true when both targets are met. */
export async function benchLibraryView(browser, base, runs = Number(process.env.BENCH_RUNS ?? 5)) {
  // warm-up: the first pages of a browser pay for compiling the bundle
  await round(browser, base, false);
  const rounds = [];
  for (let i = 0; i < runs; i++) rounds.push(await round(browser, base, i % 2 === 1));
  const ms = (side, key) => median(rounds.map((r) => r[side][key]));
  const ratio = (key) => median(rounds.map((r) => r.large[key] / r.small[key]));
  const rows = [
    ['first render', 'firstRenderMs', true],
    ['  of which library read', 'readyMs', false],
    ["rows' figures on screen", 'figuresMs', false],
    ['search keystroke, median', 'searchP50', true],
    ['  of which core search', 'coreSearchP50', false],
    ['search keystroke, p95', 'searchP95', false],
  ];
  console.log(
    `\nLibrary view (Chromium, real IndexedDB), ${LARGE} vs ${SMALL} procedures side by side, median of ${runs} rounds' ratios — target ≤ 1.5×`,
  );
  console.log('what'.padEnd(28), `${SMALL} ms`.padStart(9), `${LARGE} ms`.padStart(9), 'ratio'.padStart(7));
  let ok = true;
  for (const [what, key, targeted] of rows) {
    const a = ms('small', key);
    const b = ms('large', key);
    const r = ratio(key);
    if (targeted) ok &&= r <= 1.5;
    console.log(
      what.padEnd(28),
      a.toFixed(a < 10 ? 2 : 1).padStart(9),
      b.toFixed(b < 10 ? 2 : 1).padStart(9),
      `${r.toFixed(2)}×`.padStart(7),
      targeted ? (r <= 1.5 ? 'ok' : 'OVER TARGET') : '(shown, no target)',
    );
  }
  console.log(
    `rows drawn: ${ms('small', 'rows')} of ${SMALL}, ${ms('large', 'rows')} of ${LARGE} (virtual list); reform dashboard opened over ${LARGE}: ${ms('large', 'dashboardMs').toFixed(1)} ms (${ms('large', 'reviewed')} reviewed)`,
  );
  console.log(
    `per round (first render, keystroke): ${rounds.map((r) => `${(r.large.firstRenderMs / r.small.firstRenderMs).toFixed(2)}/${(r.large.searchP50 / r.small.searchP50).toFixed(2)}`).join(' ')}`,
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
