/** The queue what-if panel in the editor, driven in the system Chromium against the production build. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import queueVi from '@/i18n/queue.vi.ts';
import queueEn from '@/i18n/queue.en.ts';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const OFFICER = 'Chuyên viên thụ lý';

async function showTab(page: Page, tab: 'properties' | 'analysis'): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await expect.poll(() => page.getByTestId(`tab-${tab}`).getAttribute('aria-selected')).toBe('true');
}

async function setStepTime(page: Page, id: string, value: string): Promise<void> {
  await showTab(page, 'properties');
  const selected = async () =>
    (await page.locator(`[data-testid="canvas"] .djs-element.selected[data-element-id="${id}"]`).count()) === 1;
  if (!(await selected())) await page.locator(`[data-testid="canvas"] [data-element-id="${id}"]`).click();
  await expect.poll(selected).toBe(true);
  await page.getByTestId('step-duration').fill(value);
  await page.getByTestId('step-duration').press('Enter');
}

async function setTimeLimit(page: Page, value: string): Promise<void> {
  await showTab(page, 'properties');
  const canvas = page.getByTestId('canvas');
  const box = await canvas.boundingBox();
  await canvas.click({
    position: { x: Math.round((box?.width ?? 800) / 2), y: Math.round((box?.height ?? 800) - 60) },
  });
  await page.getByTestId('procedure-time-limit').fill(value);
  await page.getByTestId('procedure-time-limit').press('Enter');
}

/** A Vietnamese number such as "1,25 ngày làm việc" or "84,5 %". */
function viNumber(text: string | null): number {
  return Number((text ?? '').replace(/[^\d,]/g, '').replace(',', '.'));
}

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj)
    .flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]))
    .sort();
}

describe('queue what-if panel', () => {
  it('has the same message keys in Vietnamese and English', () => {
    expect(keys(queueEn)).toEqual(keys(queueVi));
  });

  it('reruns two staffings in a Web Worker as the user types, names the bottleneck and charts both', async () => {
    const { page, errors } = await openApp(browser, { lang: 'vi' });
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    // half a day per dossier for the case officer, a short check at the desk, a 3-day limit
    await setStepTime(page, 'Task_Process', '0,5');
    await setStepTime(page, 'Task_Check', '0,1');
    await setTimeLimit(page, '3');
    await showTab(page, 'analysis');

    const panel = page.getByTestId('queue-panel');
    const result = page.getByTestId('queue-result');
    await panel.scrollIntoViewIfNeeded();
    // the template states no arrivals: the panel asks for them before it runs
    expect(await page.getByTestId('queue-dossiers').inputValue()).toBe('');
    expect(await panel.textContent()).toContain('Cần số hồ sơ mỗi năm');
    const officersA = page.locator(`[data-testid="queue-officers-A"][data-role="${OFFICER}"]`);
    const officersB = page.locator(`[data-testid="queue-officers-B"][data-role="${OFFICER}"]`);
    expect(await officersA.inputValue()).toBe('1');
    expect(await officersB.inputValue()).toBe('2');

    // 400 dossiers a year: the one case officer of staffing A is busy about 80 % of the time
    await page.getByTestId('queue-dossiers').fill('400');
    await expect.poll(() => result.getAttribute('data-status'), { timeout: 60_000 }).toBe('done');
    const first = Number(await result.getAttribute('data-completed'));
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('queue-bottleneck-A').getAttribute('data-step')).toBe('Task_Process');
    expect(await page.getByTestId('queue-bottleneck-A').textContent()).toContain(
      'Điểm nghẽn (A): “Thẩm định, xử lý hồ sơ” — Chuyên viên thụ lý',
    );
    const meanA = viNumber(await page.getByTestId('queue-mean-A').textContent());
    const meanB = viNumber(await page.getByTestId('queue-mean-B').textContent());
    expect(meanA).toBeGreaterThan(meanB);
    expect(viNumber(await page.getByTestId('queue-within-B').textContent())).toBeGreaterThanOrEqual(
      viNumber(await page.getByTestId('queue-within-A').textContent()),
    );
    expect(await result.textContent()).toMatch(/A: số liệu dựa trên [\d.]+ hồ sơ đến trong [\d.]+ ngày làm việc/);
    for (const name of ['A', 'B']) {
      const histogram = page.getByTestId(`queue-histogram-${name}`);
      expect(await histogram.locator('rect.column').count()).toBeGreaterThan(2);
      expect(await histogram.locator('[data-testid="histogram-limit"]').textContent()).toContain('Thời hạn 3 ngày');
    }
    const bars = await page.locator('[data-testid="queue-utilisation"] g.bar-row title').allTextContents();
    expect(bars.some((b) => b.startsWith(`${OFFICER} — phương án A: 1 cán bộ`))).toBe(true);
    expect(bars.some((b) => b.startsWith(`${OFFICER} — phương án B: 2 cán bộ`))).toBe(true);
    expect(await page.locator('[data-testid="queue-waiting"] g.bar-row').count()).toBeGreaterThan(3);

    // one more officer in staffing B: the panel reruns by itself and B waits less
    const before = await page.getByTestId('queue-mean-B').textContent();
    await officersB.fill('3');
    await expect.poll(() => result.getAttribute('data-completed'), { timeout: 60_000 }).not.toBe(String(first));
    await expect.poll(() => result.getAttribute('data-status'), { timeout: 60_000 }).toBe('done');
    expect(viNumber(await page.getByTestId('queue-mean-B').textContent())).toBeLessThanOrEqual(viNumber(before));
    const barsAfter = await page.locator('[data-testid="queue-utilisation"] g.bar-row title').allTextContents();
    expect(barsAfter.some((b) => b.startsWith(`${OFFICER} — phương án B: 3 cán bộ`))).toBe(true);

    // a bad officer count is marked and does not run
    await officersA.fill('không');
    expect(await officersA.getAttribute('aria-invalid')).toBe('true');
    expect(await panel.textContent()).toContain('Nhập số nguyên từ 1 đến 1.000');
    expect(workers.some((url) => /queue/.test(url))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('compares another library variant of the procedure under the same load', async () => {
    // given the birth-registration sample opened from the library (600 dossiers a year in the file)
    const { page, errors } = await openApp(browser, { hash: '#/', lang: 'vi' });
    await page.getByTestId('library-search').fill('khai sinh');
    await page.getByTestId('library-item').first().click();
    const list = page.getByTestId('variant-list');
    await list.waitFor();
    await list.locator('.variant', { hasText: 'Hiện hành' }).getByTestId('variant-open').click();
    await expect.poll(() => page.locator('.file-state').textContent(), { timeout: 30_000 }).toContain('Hiện hành');
    await showTab(page, 'analysis');
    const result = page.getByTestId('queue-result');
    await page.getByTestId('queue-panel').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByTestId('queue-dossiers').inputValue()).toBe('600');
    await expect.poll(() => result.getAttribute('data-status'), { timeout: 60_000 }).toBe('done');

    // when another variant is picked for comparison
    const pick = page.getByTestId('queue-compare-variant');
    const label = (await pick.locator('option', { hasText: 'Phương án B' }).textContent())?.trim() ?? '';
    const done = Number(await result.getAttribute('data-completed'));
    await pick.selectOption({ label });

    // then it runs beside staffings A and B, with its own distribution and figures
    await expect.poll(() => page.locator('[data-testid^="queue-histogram-"]').count(), { timeout: 60_000 }).toBe(3);
    expect(Number(await result.getAttribute('data-completed'))).toBeGreaterThan(done);
    expect(await page.getByTestId(`queue-histogram-${label}`).locator('[data-testid="histogram-limit"]').count()).toBe(
      1,
    );
    expect(await page.getByTestId(`queue-mean-${label}`).textContent()).toMatch(/ngày làm việc/);
    expect(await result.textContent()).toContain(`${label}: số liệu dựa trên`);
    expect(errors).toEqual([]);
  });
});
