/** The procedure library in Chromium: persistence, search, variants, conflicts, many files, bundles, faults. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { newProcedureXml } from '@/core/index.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newContext(): Promise<BrowserContext> {
  return browser.newContext({ acceptDownloads: true, viewport: { width: 1500, height: 950 } });
}

async function open(context: BrowserContext, hash = '#/', lang = 'vi'): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  const url = new URL(inject('baseUrl'));
  url.searchParams.set('lang', lang);
  url.hash = hash;
  await page.goto(url.toString());
  return { page, errors };
}

/** Rows the (virtual) list holds: it draws only those on screen. */
async function rowCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('library-list').getAttribute('data-rows'));
}

async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
}

async function setStepTime(page: Page, elementId: string, value: string): Promise<void> {
  // Clicking the element that is already selected would deselect it.
  if ((await page.getByTestId('props-panel').getAttribute('data-element-id')) !== elementId) {
    await page.locator(`[data-testid="canvas"] [data-element-id="${elementId}"]`).click();
  }
  await page.getByTestId('step-duration').fill(value);
  await page.getByTestId('step-duration').press('Enter');
}

describe('procedure library', () => {
  it('loads the sample procedures and finds them by search without diacritics', async () => {
    const context = await newContext();
    const { page, errors } = await open(context);
    await page.getByTestId('library-item').first().waitFor();
    expect(await rowCount(page)).toBeGreaterThanOrEqual(10);
    await page.getByTestId('library-search').fill('dang ky khai sinh');
    await expect
      .poll(async () => (await page.getByTestId('library-item').first().textContent()) ?? '')
      .toContain('Đăng ký khai sinh');
    await page.getByTestId('library-search').fill('DANG KY KET HON');
    await expect
      .poll(async () => (await page.getByTestId('library-item').first().textContent()) ?? '')
      .toContain('kết hôn');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('creates a procedure, edits it, and finds the edit after a reload', async () => {
    const context = await newContext();
    const { page } = await open(context);
    await page.getByTestId('library-item').first().waitFor();
    await page.getByTestId('library-new').click();
    await page.getByTestId('new-from-template').click();
    await page.locator('[data-testid="canvas"] [data-element-id="Task_Process"]').waitFor();
    await setStepTime(page, 'Task_Process', '4');
    await waitSaved(page);
    await page.reload();
    await page.locator('[data-testid="canvas"] [data-element-id="Task_Process"]').click();
    await expect.poll(() => page.getByTestId('step-duration').inputValue()).toBe('4');
    expect(await page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    await context.close();
  });

  it('creates a simplification option that keeps the element ids, and approves it', async () => {
    const context = await newContext();
    const { page } = await open(context);
    await page.getByTestId('library-search').fill('khai sinh');
    await page.getByTestId('library-item').first().click();
    const list = page.getByTestId('variant-list');
    await list.waitFor();
    const before = await list.locator('.variant').count();
    await list.getByTestId('variant-clone').first().click();
    await page.getByTestId('option-name').fill('Phương án thử nghiệm');
    await page.getByTestId('option-create').click();
    await expect.poll(() => list.locator('.variant').count()).toBe(before + 1);
    const option = list.locator('.variant', { hasText: 'Phương án thử nghiệm' });
    await option.getByTestId('variant-approve').click();
    await expect.poll(() => option.textContent()).toContain('Đã phê duyệt');
    await option.getByTestId('variant-open').click();
    await expect.poll(() => page.locator('.file-state').textContent()).toContain('Phương án thử nghiệm');
    // approval was written into the file; the panel shows it, changed only from the library
    const status = page.getByTestId('procedure-variant-status');
    await expect.poll(() => status.inputValue()).toBe('approved');
    expect(await status.isDisabled()).toBe(true);
    await context.close();
  });

  it('two pages editing the same variant: the second save reports the conflict and both versions are kept', async () => {
    const context = await newContext();
    const { page: a } = await open(context, '#/editor');
    await a.getByTestId('new-procedure').click();
    await a.getByTestId('new-from-template').click();
    await setStepTime(a, 'Task_Check', '1');
    await waitSaved(a);
    const { page: b } = await open(context, '#/editor');
    await b.locator('[data-testid="canvas"] [data-element-id="Task_Check"]').click();
    await expect.poll(() => b.getByTestId('step-duration').inputValue()).toBe('1');
    // A saves a newer revision; B still edits the old one
    await setStepTime(a, 'Task_Check', '2');
    await waitSaved(a);
    await setStepTime(b, 'Task_Check', '3');
    await expect
      .poll(async () => ((await b.getByRole('alert').count()) ? b.getByRole('alert').textContent() : ''), {
        timeout: 10_000,
      })
      .toContain('Một thẻ khác vừa lưu');
    await waitSaved(b);
    // both versions are in the library
    const { page: c } = await open(context, '#/library');
    await c.getByTestId('library-item').first().waitFor();
    await c.getByTestId('library-search').fill('Thủ tục hành chính mới');
    await c.getByTestId('library-item').first().click();
    await expect.poll(() => c.getByTestId('variant-list').locator('.variant').count()).toBe(2);
    await context.close();
  });

  it('imports 50 files at once with a progress bar', async () => {
    const context = await newContext();
    const { page } = await open(context, '#/library');
    await page.getByTestId('library-item').first().waitFor();
    const before = await rowCount(page);
    const template = await newProcedureXml('vi');
    const files = Array.from({ length: 50 }, (_, i) => ({
      name: `thu-tuc-${i + 1}.bpmn`,
      mimeType: 'application/xml',
      buffer: Buffer.from(template.replace(/Thủ tục hành chính mới/g, `Thủ tục nhập số ${i + 1}`)),
    }));
    await page.evaluate(() => {
      (window as unknown as { sawProgress: boolean }).sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="import-progress"] progress'))
          (window as unknown as { sawProgress: boolean }).sawProgress = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    await page.getByTestId('library-import').setInputFiles(files);
    await expect
      .poll(() => page.getByTestId('library-message').textContent(), { timeout: 30_000 })
      .toContain('Đã nhập 50 thủ tục');
    expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    await expect.poll(() => rowCount(page)).toBe(before + 50);
    await context.close();
  });

  it('searches a long library through the virtual list, drawing only the rows on screen', async () => {
    const context = await newContext();
    const { page, errors } = await open(context, '#/library');
    await page.getByTestId('library-item').first().waitFor();
    const template = await newProcedureXml('vi');
    const files = Array.from({ length: 100 }, (_, i) => ({
      name: `dai-${i + 1}.bpmn`,
      mimeType: 'application/xml',
      buffer: Buffer.from(
        template.replace(/Thủ tục hành chính mới/g, `Thủ tục dài số ${String(i + 1).padStart(3, '0')}`),
      ),
    }));
    await page.getByTestId('library-import').setInputFiles(files);
    await expect
      .poll(() => page.getByTestId('library-message').textContent(), { timeout: 60_000 })
      .toContain('Đã nhập 100 thủ tục');
    expect(await rowCount(page)).toBeGreaterThanOrEqual(110);
    expect(await page.getByTestId('library-item').count()).toBeLessThan(60);
    const total = await rowCount(page);
    const names = () => page.getByTestId('library-item-name').allTextContents();
    const shown = await names();
    // reopened, the list draws its first screenful from the name index, then reads the rest: the same rows in
    // the same order throughout, and the whole library's count from the first draw
    await page.reload();
    await page.getByTestId('library-item').first().waitFor();
    expect(await page.getByTestId('library-count').getAttribute('data-total')).toBe(String(total));
    expect((await names()).slice(0, 10)).toEqual(shown.slice(0, 10));
    await expect.poll(() => page.getByTestId('library-reading').count(), { timeout: 30_000 }).toBe(0);
    expect(await rowCount(page)).toBe(total);
    expect(await names()).toEqual(shown);
    await page.getByTestId('library-search').fill('thu tuc dai so 087');
    await expect
      .poll(async () => (await page.getByTestId('library-item').first().textContent()) ?? '')
      .toContain('Thủ tục dài số 087');
    await page.getByTestId('library-search').fill('');
    await expect.poll(() => rowCount(page)).toBeGreaterThanOrEqual(110);
    // scrolled to its end, the list draws the last rows
    await page.getByTestId('library-list').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await expect
      .poll(async () => await page.getByTestId('library-item').last().getAttribute('aria-rowindex'))
      .toBe(String((await rowCount(page)) + 1));
    expect(errors).toEqual([]);
    await context.close();
    // a hundred files imported first: more than the file's limit on a busy machine
  }, 120_000);

  it('exports the workspace as a bundle that another browser imports losslessly', async () => {
    const first = await newContext();
    const { page } = await open(first);
    await page.getByTestId('library-item').first().waitFor();
    // a procedure of the user's own, with an edit, besides the samples
    await page.getByTestId('library-new').click();
    await page.getByTestId('new-from-template').click();
    // the template opens at a readable zoom, wider than the canvas beside the library: fold the library away to reach its last steps
    await page.getByTestId('toggle-library').click();
    await setStepTime(page, 'Task_Approve', '7');
    await waitSaved(page);
    await page.getByTestId('toggle-library').click();
    await page.getByTestId('library-search').fill('');
    await expect.poll(() => rowCount(page)).toBeGreaterThan(10);
    // every row is on screen (fewer rows than the list's height), so the drawn names are all the names
    expect(await page.getByTestId('library-item').count()).toBe(await rowCount(page));
    const names = (await page.getByTestId('library-item-name').allTextContents()).sort();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('library-export').click()]);
    const bundlePath = join(mkdtempSync(join(tmpdir(), 'tthc-bundle-')), download.suggestedFilename());
    await download.saveAs(bundlePath);
    await first.close();

    const second = await newContext();
    const { page: other } = await open(second, '#/');
    await other.getByTestId('library-item').first().waitFor();
    await other.getByTestId('library-import').setInputFiles(bundlePath);
    await expect.poll(() => other.getByTestId('library-message').textContent(), { timeout: 30_000 }).toMatch(/Đã nhập/);
    // the same library (untouched samples are recognised, not duplicated) …
    await expect
      .poll(async () => (await other.getByTestId('library-item-name').allTextContents()).sort())
      .toEqual(names);
    // … and the user's procedure with its edit
    await other.getByTestId('library-search').fill('thu tuc hanh chinh moi');
    await other.getByTestId('library-item').first().click();
    await other.getByTestId('variant-list').getByTestId('variant-open').first().click();
    await other.getByTestId('toggle-library').click();
    await other.locator('[data-testid="canvas"] [data-element-id="Task_Approve"]').click();
    await expect.poll(() => other.getByTestId('step-duration').inputValue()).toBe('7');
    await second.close();
    // two browsers, two first runs and a bundle round trip: more than the file's limit on a busy machine
  }, 180_000);

  it('says clearly when IndexedDB is unavailable, and the editor still works and saves to a file', async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const { page, errors } = await open(context, '#/');
    await expect
      .poll(async () => (await page.getByRole('alert').allTextContents()).join(' '), { timeout: 10_000 })
      .toMatch(/IndexedDB|trình duyệt/);
    await setStepTime(page, 'Task_Check', '1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-bpmn').click()]);
    expect(download.suggestedFilename()).toMatch(/\.bpmn$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says clearly when the library was written by a newer version of TTHC Studio', async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      if (sessionStorage.getItem('bumped')) return;
      sessionStorage.setItem('bumped', '1');
      indexedDB.open('tthc-studio', 9990);
    });
    const { page } = await open(context, '#/library');
    await expect
      .poll(async () => (await page.getByRole('alert').allTextContents()).join(' '), { timeout: 10_000 })
      .toMatch(/phiên bản TTHC Studio mới hơn/);
    await context.close();
  });
});
