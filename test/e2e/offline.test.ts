/**
 * Installable and offline, in Chromium: the built app served from its own local server is visited once; then
 * the network is cut (offline emulation, and the server itself stopped) and the studio still reloads, opens its
 * library and samples, and loads the lazily split compare view, all from the service worker's precache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { launchBrowser } from './browser.ts';

let browser: Browser;
let server: PreviewServer | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('offline', () => {
  it('reloads and works with no network after a first visit', async () => {
    server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
    const base = server.resolvedUrls?.local[0] as string;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // the first visit: the manifest is linked, the worker installs, takes the page and precaches the build
    await page.goto(`${base}?lang=vi#/`);
    await page.getByTestId('library-item').first().waitFor({ timeout: 30_000 });
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
      return href ? (await fetch(href)).json() : null;
    });
    expect(manifest).toMatchObject({ name: 'TTHC Studio', display: 'standalone' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    // the user is told once the studio can work offline
    await expect
      .poll(() => page.getByTestId('update-prompt').getAttribute('data-state'), { timeout: 60_000 })
      .toBe('offline-ready');

    // no network at all: offline emulation, and the server is gone
    await context.setOffline(true);
    await server.close();
    server = undefined;
    await page.reload();
    await page.locator('[data-testid="canvas"] [data-element-id]').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('library-item').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('library-item').count()).toBeGreaterThanOrEqual(10);

    // a lazily loaded chunk (the compare view) comes from the precache too
    await page.evaluate(() => {
      window.location.hash = '#/compare?procedure=sample-dang-ky-khai-sinh';
    });
    await expect.poll(() => page.getByTestId('compare-canvas').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await page.locator('[data-testid="compare-canvas"] [data-element-id]').first().waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
