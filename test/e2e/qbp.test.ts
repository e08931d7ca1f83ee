/** The BIMP / Prosimos scenario in the analysis tab, driven in the system Chromium against the production build. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withQbpScenario } from '@/core/index.ts';
import qbpVi from '@/i18n/qbp.vi.ts';
import qbpEn from '@/i18n/qbp.en.ts';
import { downloadText, launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SAMPLE = 'procedures/dang-ky-khai-sinh/phuong-an-a.bpmn';
const OFFICER = 'Công chức tư pháp - hộ tịch';
const DESK = 'Bộ phận Một cửa cấp xã';

/** The birth-registration sample as BIMP would save it: 2 desk and 3 case officers, 1,200 dossiers a year. */
async function bimpFile(): Promise<string> {
  const { xml } = await withQbpScenario(readFileSync(SAMPLE, 'utf8'), { year: 2026 });
  const bimp = xml
    .replace(/(name="Bộ phận Một cửa cấp xã" totalAmount=)"\d+"/, '$1"2"')
    .replace(/(name="Công chức tư pháp - hộ tịch" totalAmount=)"\d+"/, '$1"3"')
    .replace(/(<qbp:arrivalRateDistribution type="EXPONENTIAL" mean="NaN" arg1=)"\d+"/, '$1"26280"');
  expect(bimp).toContain('totalAmount="3"');
  expect(bimp).toContain('arg1="26280"');
  const path = join(mkdtempSync(join(tmpdir(), 'tthc-qbp-')), 'khai-sinh-bimp.bpmn');
  writeFileSync(path, bimp);
  return path;
}

async function showAnalysis(page: Page): Promise<void> {
  await page.getByTestId('tab-analysis').click();
  await expect.poll(() => page.getByTestId('tab-analysis').getAttribute('aria-selected')).toBe('true');
}

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj)
    .flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]))
    .sort();
}

describe('BIMP / Prosimos scenario', () => {
  it('has the same message keys in Vietnamese and English', () => {
    expect(keys(qbpEn)).toEqual(keys(qbpVi));
  });

  it("shows a BIMP file's scenario, uses it as one undoable step and exports the diagram's scenario", async () => {
    // given the sample saved by BIMP, opened in the editor
    const file = await bimpFile();
    const { page, errors } = await openApp(browser, { lang: 'vi' });
    await page.getByTestId('open-file').setInputFiles(file);
    await page.locator('[data-testid="canvas"] [data-element-id="Task_Record"]').waitFor();
    await showAnalysis(page);
    const panel = page.getByTestId('qbp-panel');
    await panel.scrollIntoViewIfNeeded();

    // then the panel says what the scenario holds; the what-if still has the file's own figures
    await expect.poll(() => panel.getAttribute('data-found'), { timeout: 30_000 }).toBe('true');
    expect(await panel.getAttribute('data-states-officers')).toBe('false');
    expect(await page.locator(`[data-testid="qbp-resource"][data-name="${OFFICER}"]`).textContent()).toContain(
      `${OFFICER}: 3 cán bộ`,
    );
    expect(await page.locator(`[data-testid="qbp-resource"][data-name="${DESK}"]`).textContent()).toContain(
      `${DESK}: 2 cán bộ`,
    );
    expect(await page.getByTestId('qbp-arrivals').textContent()).toContain('1.200 hồ sơ mỗi năm');
    const officersA = page.locator(`[data-testid="queue-officers-A"][data-role="${OFFICER}"]`);
    await expect.poll(() => page.getByTestId('queue-dossiers').inputValue()).toBe('600');
    expect(await officersA.inputValue()).toBe('1');

    // when the BIMP scenario is used
    await page.getByTestId('qbp-use').click();

    // then the diagram's lanes state its officers, and the what-if takes them and its arrivals
    await expect.poll(() => officersA.inputValue(), { timeout: 30_000 }).toBe('3');
    await expect.poll(() => page.getByTestId('queue-dossiers').inputValue()).toBe('1200');
    expect(await page.locator(`[data-testid="queue-officers-A"][data-role="${DESK}"]`).inputValue()).toBe('2');
    expect(await page.locator(`[data-testid="queue-officers-B"][data-role="${OFFICER}"]`).inputValue()).toBe('4');
    await expect.poll(() => panel.getAttribute('data-states-officers')).toBe('true');
    expect(await page.getByTestId('qbp-message').textContent()).toContain(
      'Đã dùng kịch bản BIMP: số cán bộ của 4 vai trò',
    );
    expect(await page.getByTestId('qbp-message').textContent()).toContain('1.200 hồ sơ mỗi năm');

    // and the exported scenario carries the diagram's officers and arrivals for BIMP
    const { name, text } = await downloadText(page, () => page.getByTestId('qbp-export').click());
    expect(name).toBe('khai-sinh-bimp.qbp.bpmn');
    expect(text).toContain('<qbp:processSimulationInfo');
    expect(text).toContain(`name="${OFFICER}" totalAmount="3"`);
    expect(text).toContain(`name="${DESK}" totalAmount="2"`);
    expect(text).toContain('arg1="26280"');
    await expect.poll(() => page.getByTestId('qbp-message').textContent()).toContain('Đã xuất khai-sinh-bimp.qbp.bpmn');

    // and one undo takes the whole scenario back, the what-if's fields with it
    const officersB = page.locator(`[data-testid="queue-officers-B"][data-role="${OFFICER}"]`);
    const deskA = page.locator(`[data-testid="queue-officers-A"][data-role="${DESK}"]`);
    await page.getByTestId('undo').click();
    await expect.poll(() => panel.getAttribute('data-states-officers'), { timeout: 30_000 }).toBe('false');
    await expect.poll(() => officersA.inputValue(), { timeout: 30_000 }).toBe('1');
    await expect.poll(() => page.getByTestId('queue-dossiers').inputValue()).toBe('600');
    expect(await officersB.inputValue()).toBe('2');
    expect(await deskA.inputValue()).toBe('1');

    // and redo brings the BIMP figures back into the fields
    await page.getByTestId('redo').click();
    await expect.poll(() => panel.getAttribute('data-states-officers'), { timeout: 30_000 }).toBe('true');
    await expect.poll(() => officersA.inputValue(), { timeout: 30_000 }).toBe('3');
    await expect.poll(() => page.getByTestId('queue-dossiers').inputValue()).toBe('1200');
    expect(await officersB.inputValue()).toBe('4');
    expect(await deskA.inputValue()).toBe('2');

    // and a figure the user typed stays when the facts change under it
    await officersB.fill('7');
    await page.getByTestId('undo').click();
    await expect.poll(() => panel.getAttribute('data-states-officers'), { timeout: 30_000 }).toBe('false');
    await expect.poll(() => officersA.inputValue(), { timeout: 30_000 }).toBe('1');
    expect(await officersB.inputValue()).toBe('7');
    expect(errors).toEqual([]);
  });

  it('exports the scenario of a new procedure, in English', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await showAnalysis(page);
    const panel = page.getByTestId('qbp-panel');
    await panel.scrollIntoViewIfNeeded();
    await expect.poll(() => panel.getAttribute('data-found'), { timeout: 30_000 }).toBe('false');
    const button = page.getByTestId('qbp-export');
    expect((await button.textContent())?.trim()).toBe('Export scenario for BIMP/Prosimos');
    const { name, text } = await downloadText(page, () => button.click());
    expect(name).toMatch(/\.qbp\.bpmn$/);
    expect(text).toContain('xmlns:qbp="http://www.qbp-simulator.com/Schema201212"');
    // the template's lanes state no officers: BIMP gets 1000 (not limited)
    expect(text).toMatch(/<qbp:resource id="qbp_resource_[^"]+" name="[^"]+" totalAmount="1000"/);
    await expect
      .poll(() => page.getByTestId('qbp-message').textContent())
      .toMatch(/^\s*Exported .*\.qbp\.bpmn: \d+ resource/);
    expect(errors).toEqual([]);
  });
});
