// `npm run screenshots`: builds the app, serves it on 127.0.0.1 and photographs the real studio in the system
// Chromium at 1440×900 into docs/screenshots/: the workspace, the analysis, the comparison and the reform
// dashboard (#/library, its dashboard button). Every shot waits on state the app exposes, never on time.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const OUT = join(process.cwd(), 'docs', 'screenshots');
const SAMPLE = 'sample-dang-ky-khai-sinh';
const VIEWPORT = { width: 1440, height: 900 };

const executablePath = findChromium();
if (!executablePath) {
  console.error('Screenshots: no Chromium found (install Debian package "chromium" or set CHROMIUM_PATH).');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const written = [];
try {
  // no service worker: every shot shows the page as served, without the "ready offline" note
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  const go = (hash) => page.goto(`${base}?lang=vi${hash}`);
  const shot = async (name) => {
    const path = join(OUT, `${name}.png`);
    await page.screenshot({ path });
    written.push(path);
  };
  /** The editor canvas has drawn its diagram and fitted it. */
  const canvasReady = async () => {
    await page.locator('[data-testid="canvas"] [data-element-id]').first().waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      () => document.querySelector('[data-testid="canvas"]')?.hasAttribute('data-zoom'),
      undefined,
      { timeout: 60_000 },
    );
  };

  // the workspace: the library (samples loaded on the first visit) beside a sample open in the editor
  await go('#/');
  await page.getByTestId('library-item').first().waitFor({ timeout: 60_000 });
  await page.getByTestId('library-search').fill('khai sinh');
  await page.getByTestId('library-item').first().click();
  await page.getByTestId('variant-open').first().click();
  await page.waitForFunction(
    () => /Hiện hành/.test(document.querySelector('.file-state')?.textContent ?? ''),
    undefined,
    { timeout: 60_000 },
  );
  await canvasReady();
  await page.getByTestId('minimap-toggle').click();
  await page.locator('.djs-minimap.open').waitFor();
  await shot('workspace');

  // the analysis of the same variant, in the editor with the analysis tab open
  await go(`#/editor/${SAMPLE}-hien-hanh`);
  await canvasReady();
  await page.getByTestId('tab-analysis').click();
  await page.getByTestId('analysis-steps').waitFor({ timeout: 60_000 });
  await shot('analysis');

  // the comparison of every variant of the sample
  await go(`#/compare?procedure=${SAMPLE}`);
  await page.locator('[data-testid="compare-canvas"] [data-element-id]').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-testid="compare-canvas"]')].every((c) => c.hasAttribute('data-zoom')),
    undefined,
    { timeout: 60_000 },
  );
  await shot('compare');

  // the reform dashboard, above the full-page library, once the sample variants' figures are all in
  await go('#/library');
  await page.getByTestId('library-item').first().waitFor({ timeout: 60_000 });
  await page.getByTestId('reform-toggle').click();
  await page.getByTestId('reform-dashboard').waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-testid="figures-analysing"]') &&
      Number(document.querySelector('[data-testid="reform-total-reviewed"]')?.getAttribute('data-value')) > 0,
    undefined,
    { timeout: 120_000 },
  );
  await shot('dashboard');
} finally {
  await browser.close();
  await server.close();
}
for (const path of written) console.log(`wrote ${path}`);
