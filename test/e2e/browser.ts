/** Shared browser-test helpers: launch the system Chromium and open the app as a user would. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { readFile } from 'node:fs/promises';
// @ts-expect-error plain .mjs helper shared with the scripts
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium() as string | undefined;
  if (!executablePath) throw new Error('No Chromium found: install Debian package "chromium" or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Open the app at `hash` (e.g. '#/editor') with `?lang=`; collects page errors in `errors`. */
export async function openApp(
  browser: Browser,
  options: { hash?: string; lang?: 'vi' | 'en' } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  const url = new URL(inject('baseUrl'));
  if (options.lang) url.searchParams.set('lang', options.lang);
  url.hash = options.hash ?? '#/editor';
  await page.goto(url.toString());
  await page.locator('[data-testid="canvas"] .djs-container').waitFor();
  await page.locator('[data-testid="canvas"] .djs-element').first().waitFor();
  return { page, errors };
}

/** Read a download triggered by `action` as text. */
export async function downloadText(page: Page, action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const text = await readFile(await download.path(), 'utf8');
  await download.delete();
  return { name: download.suggestedFilename(), text };
}
