/** The compare view in Chromium: markers, change list focus in both viewers, CSV and DOCX reports. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { compareVariants, formatPercent, formatRate, parseBpmn } from '@/core/index.ts';
import { englishIn } from '../support/vietnamese.ts';
import { launchBrowser } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SLUG = 'dang-ky-khai-sinh';
const BASE = `sample-${SLUG}`;

async function openCompare(hash: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1500, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = new URL(inject('baseUrl'));
  url.searchParams.set('lang', 'vi');
  url.hash = hash;
  await page.goto(url.toString());
  return { page, errors };
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const bytes = new Uint8Array(await readFile(await d.path()));
  return { name: d.suggestedFilename(), bytes };
}

describe('compare view', () => {
  it('marks the differences, focuses a clicked change in both viewers and downloads CSV and DOCX', async () => {
    // given birth registration today against option A, opened in the compare view
    const { page, errors } = await openCompare(
      `#/compare?procedure=${BASE}&variants=${BASE}-hien-hanh,${BASE}-phuong-an-a`,
    );
    await page.getByTestId('compare-view').waitFor();
    await page.getByTestId('change-item').first().waitFor({ timeout: 20_000 });
    const pane = (i: number) => page.getByTestId(`compare-pane-${i}`);
    await pane(1).locator('.djs-element').first().waitFor();

    // then both canvases carry amber markers on the changed dossier components
    expect(await pane(0).locator('.djs-element.diff-changed[data-element-id="Dossier_Identity"]').count()).toBe(1);
    expect(await pane(1).locator('.djs-element.diff-changed[data-element-id="Dossier_Identity"]').count()).toBe(1);
    const row = page.locator('[data-testid="change-item"][data-element-id="Dossier_Identity"]');
    // in the reader's words: no raw code, no English word (the core label table)
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('Người nộp cung cấp');
    expect(rowText).toContain('Khai thác từ cơ sở dữ liệu');
    const listText = (await page.getByTestId('change-item').allTextContents()).join('\n');
    expect(englishIn(listText, new Set(['Dossier_Identity', 'Dossier_BirthCertificate']))).toEqual([]);

    // when the change is clicked, the element is highlighted in both viewers
    await row.click();
    await pane(0).locator('.djs-element.diff-focus[data-element-id="Dossier_Identity"]').waitFor();
    await pane(1).locator('.djs-element.diff-focus[data-element-id="Dossier_Identity"]').waitFor();
    expect(await page.locator('.djs-element.diff-focus').count()).toBe(2);

    // and the reports carry the procedure and its reduction rates
    const root = join(process.cwd(), 'procedures', SLUG);
    const expected = compareVariants(
      await Promise.all(
        ['hien-hanh', 'phuong-an-a'].map(async (v) => ({
          label: v,
          definitions: (await parseBpmn(await readFile(join(root, `${v}.bpmn`), 'utf8'))).definitions,
        })),
      ),
    );
    const docRate = expected.options[0]!.reductions.documentsFromApplicant!.rate!;
    expect(docRate).toBeGreaterThan(0);

    const csv = await download(page, 'compare-csv');
    const text = strFromU8(csv.bytes);
    expect(csv.name).toBe('Đăng ký khai sinh.csv');
    expect(text).toContain(`Giấy tờ người dân nộp,${expected.baseline.metrics.figures.documentsFromApplicant},`);
    expect(text).toContain(formatRate(docRate));

    const docx = await download(page, 'compare-docx');
    expect(docx.name).toBe('Đăng ký khai sinh.docx');
    const files = unzipSync(docx.bytes);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('Đăng ký khai sinh');
    expect(xml).toContain(formatPercent(docRate, 'vi'));
    // both diagrams (option A changes facts only, so the two pictures are the same and stored once)
    expect(xml.match(/<w:drawing>/g)?.length).toBe(2);
    expect(Object.keys(files).filter((f) => f.startsWith('word/media/')).length).toBe(1);
    expect(errors).toEqual([]);
  });

  it('opens from the library with every variant of the procedure', async () => {
    const { page, errors } = await openCompare(`#/compare?procedure=${BASE}`);
    await page.getByTestId('change-item').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid^="compare-pane-"]').count()).toBe(3);
    expect(await page.getByTestId('target-check').count()).toBe(2);
    expect(errors).toEqual([]);
  });
});
