/**
 * Accessibility in Chromium: axe-core (its own source injected into the page) finds no serious or critical
 * violation on the workspace, the library, the editor with each side tab, the compare view, and the dialogs
 * (keyboard shortcuts, table import, export menu).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SAMPLE = 'sample-dang-ky-khai-sinh';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

async function open(hash: string, ready: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = new URL(inject('baseUrl'));
  url.searchParams.set('lang', 'vi');
  url.hash = hash;
  await page.goto(url.toString());
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  return { page, errors };
}

/** Serious and critical axe violations on the page (or inside `scope`), one line each. */
async function violations(page: Page, scope?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.nodes
            .slice(0, 4)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  }, scope);
}

describe('accessibility (axe-core)', () => {
  it('the workspace, with the library beside the editor', async () => {
    const { page, errors } = await open('#/', '[data-testid="library-item"]');
    await page.locator('[data-testid="canvas"] [data-element-id]').first().waitFor();
    expect(await violations(page)).toEqual([]);
    // a procedure's variants unfolded in the list
    await page.getByTestId('library-item').first().click();
    await page.getByTestId('variant-list').waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the library page', async () => {
    const { page, errors } = await open('#/library', '[data-testid="library-item"]');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the editor with each side tab, and its dialogs', async () => {
    const { page, errors } = await open(`#/editor/${SAMPLE}-hien-hanh`, '[data-testid="canvas"] [data-element-id]');
    expect(await violations(page)).toEqual([]);
    for (const tab of ['analysis', 'problems']) {
      await page.getByTestId(`tab-${tab}`).click();
      expect(await violations(page), tab).toEqual([]);
    }
    await page.getByTestId('tab-properties').click();
    await page
      .locator(
        '[data-testid="canvas"] [data-element-id="Task_Process"], [data-testid="canvas"] .djs-shape[data-element-id^="Activity"], [data-testid="canvas"] .djs-shape[data-element-id*="Task"]',
      )
      .first()
      .click();
    expect(await violations(page), 'a step selected').toEqual([]);

    await page.getByTestId('shortcuts-open').click();
    await page.getByTestId('shortcuts-dialog').waitFor();
    expect(await violations(page), 'shortcuts dialog').toEqual([]);
    await page.getByTestId('shortcuts-close').click();

    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-target').waitFor();
    expect(await violations(page), 'export menu').toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the table import dialog', async () => {
    const { page, errors } = await open('#/', '[data-testid="library-item"]');
    await page.getByTestId('table-import-open').click();
    await page.getByTestId('table-import-dialog').waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the compare view', async () => {
    const { page, errors } = await open(
      `#/compare?procedure=${SAMPLE}`,
      '[data-testid="compare-canvas"] [data-element-id]',
    );
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
