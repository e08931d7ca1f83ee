/** OpenCPS packages in Chromium: export one from the export menu, import it (and a bad one) in the library. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { launchBrowser } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(lang: 'vi' | 'en'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1500, height: 950 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = new URL(inject('baseUrl'));
  url.searchParams.set('lang', lang);
  url.hash = '#/';
  await page.goto(url.toString());
  await page.getByTestId('library-item').first().waitFor({ timeout: 60_000 });
  return { page, errors };
}

describe('OpenCPS package', () => {
  it('exports every variant of the open procedure from the export menu and imports the package back into the library', async () => {
    const { page, errors } = await open('vi');
    // given the birth registration sample open in the editor
    await page.getByTestId('library-search').fill('dang ky khai sinh');
    await expect
      .poll(async () => (await page.getByTestId('library-item').first().textContent()) ?? '')
      .toContain('Đăng ký khai sinh');
    await page.getByTestId('library-item').first().click();
    await page.getByTestId('variant-list').waitFor();
    await page.getByTestId('variant-open').first().click();
    await page.locator('[data-testid="canvas"] [data-element-id="Task_Record"]').waitFor({ timeout: 60_000 });
    // when the OpenCPS package is exported from the export menu
    await page.getByTestId('export-menu').click();
    expect(await page.getByTestId('export-opencps').textContent()).toBe('Xuất gói OpenCPS');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('export-opencps').click(),
    ]);
    const bytes = new Uint8Array(await readFile(await download.path()));
    // then one package holds the three variants, laid out for the importer, and the report says what it left out
    expect(download.suggestedFilename()).toBe('opencps-dang-ky-khai-sinh.zip');
    const names = Object.keys(unzipSync(bytes));
    expect(names).toContain('opencps-dang-ky-khai-sinh/processes/');
    expect(names.filter((n) => /\/processes\/.+\.xml$/.test(n)).length).toBe(3);
    await expect
      .poll(() => page.getByTestId('opencps-report').textContent())
      .toContain('Tỷ lệ các nhánh quyết định không mang sang được');
    expect(await page.getByTestId('export-message').textContent()).toBe(
      'Đã tải xuống opencps-dang-ky-khai-sinh.zip (3 phương án).',
    );
    await page.getByTestId('export-menu').click();

    // when the package is imported in the library
    // (counted from the library's total: the list is virtual, so how many rows it draws depends on its height)
    await page.getByTestId('library-search').fill('');
    const count = page.getByTestId('library-count');
    const before = Number(await count.getAttribute('data-total'));
    expect(before).toBeGreaterThan(0);
    expect(await page.getByTestId('opencps-import-open').textContent()).toContain('Nhập gói OpenCPS');
    await page
      .getByTestId('opencps-import')
      .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: Buffer.from(bytes) });
    // then a procedure with the three variants is added and selected
    const message = page.getByTestId('opencps-import-message');
    await expect.poll(() => message.getAttribute('data-kind'), { timeout: 60_000 }).toBe('info');
    expect(await message.textContent()).toContain('Đã nhập 1 thủ tục, 3 phương án từ opencps-dang-ky-khai-sinh.zip.');
    await expect.poll(async () => Number(await count.getAttribute('data-total'))).toBe(before + 1);
    await expect.poll(() => page.getByTestId('variant-list').locator('.variant').count()).toBe(3);
    expect(await page.getByTestId('variant-list').locator('.variant').first().textContent()).toContain('Hiện hành');

    // when a file that is not a package is imported, it says so and adds nothing
    await page
      .getByTestId('opencps-import')
      .setInputFiles({ name: 'hong.zip', mimeType: 'application/zip', buffer: Buffer.from('không phải zip') });
    await expect.poll(() => message.getAttribute('data-kind'), { timeout: 60_000 }).toBe('error');
    expect(await message.textContent()).toContain('Không nhập được hong.zip: Tệp không phải gói zip đọc được.');
    expect(Number(await count.getAttribute('data-total'))).toBe(before + 1);
    expect(errors).toEqual([]);
  }, 240_000);
});
