/** The Problems tab and the export menu, driven in the system Chromium against the production build. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { launchBrowser, openApp, downloadText } from './browser.ts';
import { chainModel } from '../support/size-models.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const items = (page: Page) => page.getByTestId('problem-item');
const item = (page: Page, code: string, id: string) =>
  page.locator(`[data-testid="problem-item"][data-code="${code}"][data-element-id="${id}"]`);

async function showTab(page: Page, tab: 'properties' | 'analysis' | 'problems'): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await expect.poll(() => page.getByTestId(`tab-${tab}`).getAttribute('aria-selected')).toBe('true');
}

async function settled(page: Page): Promise<void> {
  await expect
    .poll(async () => Number(await page.getByTestId('problems-panel').getAttribute('data-runs')))
    .toBeGreaterThan(0);
  await expect.poll(() => page.getByTestId('problems-panel').getAttribute('data-pending')).toBe('false');
}

describe('problems tab', () => {
  it('lists the template steps without times, selects one on click, and drops it once fixed', async () => {
    // given the template in Vietnamese
    const { page, errors } = await openApp(browser, { lang: 'vi' });
    await showTab(page, 'problems');
    await settled(page);
    // then each step without a time is listed, explained in Vietnamese, and marked on the canvas as a quiet
    // hint (a fact still missing while drawing), not as a red error
    await expect.poll(() => items(page).filter({ hasText: 'chưa có thời gian thực hiện' }).count()).toBe(7);
    expect(
      await page
        .locator('[data-testid="canvas"] .djs-element.tthc-problem-hint[data-element-id="Task_Process"]')
        .count(),
    ).toBe(1);
    expect(await page.locator('[data-testid="canvas"] .djs-element.tthc-problem-error').count()).toBe(0);
    expect(await page.getByTestId('problems-hints').textContent()).toBe(String(await items(page).count()));
    // when a problem is clicked, its element is selected
    await item(page, 'stepWithoutTime', 'Task_Process').click();
    await expect
      .poll(() => page.locator('[data-testid="canvas"] .djs-element.selected[data-element-id="Task_Process"]').count())
      .toBe(1);
    // when its time is entered
    await showTab(page, 'properties');
    await page.getByTestId('step-duration').fill('2');
    await page.getByTestId('step-duration').press('Enter');
    // then the problem and its marker disappear, the others stay
    await showTab(page, 'problems');
    await expect.poll(() => item(page, 'stepWithoutTime', 'Task_Process').count()).toBe(0);
    expect(await items(page).filter({ hasText: 'chưa có thời gian thực hiện' }).count()).toBe(6);
    await expect
      .poll(() =>
        page.locator('[data-testid="canvas"] .djs-element.tthc-problem-hint[data-element-id="Task_Process"]').count(),
      )
      .toBe(0);
    // and exporting the still invalid template lists the problems and downloads nothing
    let downloads = 0;
    page.on('download', () => {
      downloads++;
    });
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-target').selectOption('camunda8');
    await page.getByTestId('export-download').click();
    await page.getByTestId('export-refused').waitFor();
    expect(await page.getByTestId('export-problem').count()).toBeGreaterThanOrEqual(6);
    expect(downloads).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('export menu', () => {
  it('downloads a sample procedure for Camunda 8', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await page.getByTestId('open-file').setInputFiles('procedures/dang-ky-khai-sinh/phuong-an-a.bpmn');
    await page.locator('[data-testid="canvas"] [data-element-id="Task_Record"]').waitFor();
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-target').selectOption('camunda8');
    const { name, text } = await downloadText(page, () => page.getByTestId('export-download').click());
    expect(name).toBe('process-dangkykhaisinh.camunda8.bpmn');
    expect(text).toContain('modeler:executionPlatform="Camunda Cloud"');
    expect(text).toContain('<zeebe:assignmentDefinition candidateGroups="cong-chuc-tu-phap-ho-tich" />');
    expect(text).toContain('>=hoSoDayDu = "chuaDayDu"</bpmn:conditionExpression>');
    expect(text).toMatch(/<bpmn:boundaryEvent id="Task_Record_Overdue"[^>]*cancelActivity="false"/);
    expect(errors).toEqual([]);
  });

  it('downloads a deployment bundle with every target, the diagram as SVG and PNG, and checksums', async () => {
    const { page, errors } = await openApp(browser, { lang: 'vi' });
    await page.getByTestId('open-file').setInputFiles('procedures/dang-ky-khai-sinh/phuong-an-a.bpmn');
    await page.locator('[data-testid="canvas"] [data-element-id="Task_Record"]').waitFor();
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-target').selectOption('bundle');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    const names = Object.keys(files);
    const png = names.find((n) => n.endsWith('.png'));
    expect(png, names.join(', ')).toBeTruthy();
    expect(Buffer.from(files[png!]!.subarray(1, 4)).toString('ascii')).toBe('PNG');
    expect(names.some((n) => n.endsWith('.svg'))).toBe(true);
    expect(names.some((n) => n.endsWith('.camunda8.bpmn'))).toBe(true);
    const manifest = JSON.parse(new TextDecoder().decode(files[names.find((n) => n.endsWith('manifest.json'))!]));
    expect(JSON.stringify(manifest)).toMatch(/[0-9a-f]{64}/);
    expect(errors).toEqual([]);
  });
});

describe('export in the background', () => {
  it('shows the stages of a large bundle, cancels it without a download, and exports again', async () => {
    // given a 2,000-step procedure open in the editor (its bundle takes seconds)
    const { page, errors } = await openApp(browser, { lang: 'en' });
    const buffer = Buffer.from(chainModel(2_000, { di: true }));
    await page.getByTestId('open-file').setInputFiles({ name: 'chain-2000.bpmn', mimeType: 'application/xml', buffer });
    await page.locator('[data-testid="canvas"] [data-element-id="S2000"]').waitFor();
    const downloads: string[] = [];
    page.on('download', (d) => void downloads.push(d.suggestedFilename()));
    // when its bundle is exported
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-target').selectOption('bundle');
    await page.getByTestId('export-download').click();
    const progress = page.getByTestId('export-progress');
    // then the progress bar moves on to the engines (watched every frame: the page stays live, the worker
    // works), and four of the nine stages are still to come when Cancel is pressed
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="export-progress"]')?.getAttribute('data-done')) >= 3,
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    expect(await progress.getAttribute('data-total')).toBe('9');
    expect(await progress.textContent()).toMatch(/Step \d of 9: writing /);
    // when it is cancelled, nothing is downloaded and the menu says so
    await page.getByTestId('export-cancel').click();
    await expect.poll(() => page.getByTestId('export').getAttribute('data-state')).toBe('cancelled');
    expect(await progress.count()).toBe(0);
    expect(await page.getByTestId('export-message').textContent()).toContain('nothing was downloaded');
    // and a new export runs to the end in a fresh worker
    await page.getByTestId('export-target').selectOption('camunda8');
    const { name, text } = await downloadText(page, () => page.getByTestId('export-download').click());
    expect(name).toMatch(/\.camunda8\.bpmn$/);
    expect(text.match(/<bpmn:userTask /g)?.length).toBe(2_000);
    expect(await page.getByTestId('export').getAttribute('data-state')).toBe('done');
    expect(downloads).toEqual([name]);
    expect(errors).toEqual([]);
  }, 120_000);
});
