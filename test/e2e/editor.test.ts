/** The editor driven as a user would, in the system Chromium against the production build. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newProcedureXml, parseBpmn, readFacts, type ModdleElement } from '@/core/index.ts';
import { downloadText, launchBrowser, openApp } from './browser.ts';
import { vi } from '@/modeler/features/translate/vi.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.getByTestId('open-file').setInputFiles({
    name,
    mimeType: 'application/xml',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
  });
}

async function elementIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="canvas"] .djs-element[data-element-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-element-id') ?? '').sort());
}

function findById(definitions: ModdleElement, id: string): ModdleElement {
  const process = (definitions.get('rootElements') as ModdleElement[]).find(
    (r) => r.$type === 'bpmn:Process',
  ) as ModdleElement;
  return (process.get('flowElements') as ModdleElement[]).find((e) => e.id === id) as ModdleElement;
}

describe('procedure editor', () => {
  it("opens a file, edits a step's working time in the panel, undoes, redoes and saves it in the BPMN", async () => {
    const { page, errors } = await openApp(browser, { lang: 'vi' });
    await openFile(
      page,
      'dang-ky-khai-sinh.bpmn',
      (await newProcedureXml('vi')).replace(/Thủ tục hành chính mới/g, 'Đăng ký khai sinh'),
    );
    await expect
      .poll(() => page.getByTestId('save-bpmn').locator('xpath=..').textContent())
      .toContain('dang-ky-khai-sinh.bpmn');

    // select a step on the canvas
    await page.locator('.djs-element[data-element-id="Task_Process"]').click();
    const panel = page.getByTestId('props-panel');
    await expect.poll(() => panel.textContent()).toContain('Bước xử lý');
    expect(await page.getByTestId('element-name').inputValue()).toBe('Thẩm định, xử lý hồ sơ');

    // set its working time, Vietnamese style with a decimal comma
    await page.getByTestId('step-duration').fill('2,5');
    await page.getByTestId('step-duration').press('Enter');
    await expect.poll(() => page.getByTestId('step-duration').inputValue()).toBe('2.5');

    // undo and redo from the toolbar, then with the keyboard
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('step-duration').inputValue()).toBe('');
    await page.getByTestId('redo').click();
    await expect.poll(() => page.getByTestId('step-duration').inputValue()).toBe('2.5');
    // keyboard shortcuts act on the focused canvas (clicking the selected step again would deselect it)
    await page.locator('[data-testid="canvas"] svg[tabindex]').first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('step-duration').inputValue()).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.getByTestId('step-duration').inputValue()).toBe('2.5');

    // save and read the saved file back through the core
    const saved = await downloadText(page, () => page.getByTestId('save-bpmn').click());
    expect(saved.name).toBe('dang-ky-khai-sinh.bpmn');
    const { definitions } = await parseBpmn(saved.text);
    expect(readFacts(findById(definitions, 'Task_Process'), 'step')).toMatchObject({
      duration: 2.5,
      dossierStatus: 4,
      maySendBack: true,
    });
    expect(saved.text).toContain('Đăng ký khai sinh');
    expect(errors).toEqual([]);
  });

  it('edits the procedure facts when nothing is selected, with the legal source shown beside the field', async () => {
    const { page } = await openApp(browser, { lang: 'vi' });
    const panel = page.getByTestId('props-panel');
    await expect.poll(() => panel.textContent()).toContain('Thủ tục hành chính');
    await page.getByTestId('procedure-time-limit').fill('3');
    await page.getByTestId('procedure-time-limit').press('Enter');
    expect(await panel.textContent()).toContain('Điều 11 Nghị định 42/2022/NĐ-CP');
    const saved = await downloadText(page, () => page.getByTestId('save-bpmn').click());
    expect(saved.text).toMatch(/<tthc:procedure [^>]*timeLimit="3"/);
  });

  it('rejects a negative or non-numeric time with a message and writes nothing', async () => {
    const { page } = await openApp(browser, { lang: 'en' });
    await page.locator('.djs-element[data-element-id="Task_Check"]').click();
    await page.getByTestId('step-duration').fill('abc');
    await page.getByTestId('step-duration').press('Enter');
    await expect.poll(() => page.getByTestId('props-panel').textContent()).toContain('Enter a non-negative number');
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
  });

  it('switches language, shows Vietnamese palette tooltips and remembers the choice', async () => {
    const { page } = await openApp(browser, { lang: 'en' });
    const startEntry = page.locator('.djs-palette [data-action="create.start-event"]');
    expect(await startEntry.getAttribute('aria-label')).toBe('Create start event');
    // an edit before the switch stays undoable after it
    await page.locator('.djs-element[data-element-id="Task_Review"]').click();
    await page.getByTestId('step-duration').fill('1');
    await page.getByTestId('step-duration').press('Enter');
    await page.getByTestId('lang-switch').selectOption('vi');
    await expect
      .poll(() => page.locator('.djs-palette [data-action="create.start-event"]').getAttribute('aria-label'))
      .toBe(vi['Create start event']);
    expect(await page.getByTestId('save-bpmn').textContent()).toBe('Lưu .bpmn');
    // the diagram, the panel and the undo history survived the switch
    expect(await elementIds(page)).toContain('Task_Check');
    await expect.poll(() => page.getByTestId('props-panel').textContent()).toContain('Thời gian xử lý');
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('step-duration').inputValue()).toBe('');
    // remembered without the URL parameter
    await page.goto(page.url().replace(/\?lang=\w+/, ''));
    await page.locator('.djs-palette [data-action="create.start-event"]').waitFor();
    expect(await page.locator('.djs-palette [data-action="create.start-event"]').getAttribute('aria-label')).toBe(
      vi['Create start event'],
    );
  });

  it('shows Vietnamese context pad and replace menu entries', async () => {
    const { page } = await openApp(browser, { lang: 'vi' });
    await page.locator('.djs-element[data-element-id="Task_Review"]').click();
    const replace = page.locator('.djs-context-pad [data-action="replace"]');
    expect(await replace.getAttribute('title')).toBe(vi['Change element']);
    await replace.click();
    const menu = page.locator('.djs-popup');
    await menu.waitFor();
    expect(await menu.textContent()).toContain(vi['Service task']);
  });

  it('shows no untranslated bpmn-js string in Vietnamese (palette, context pads, replace menus)', async () => {
    const { page } = await openApp(browser, { lang: 'vi' });
    const englishTemplates = new Set(Object.keys(vi).filter((key) => vi[key] !== key));
    const seen = new Set<string>();
    // one snapshot of the menu's entries (a menu may re-render while it is read entry by entry)
    const collect = async (selector: string, attributes: string[]) => {
      const values = await page.$$eval(
        selector,
        (els, attrs) =>
          els.flatMap((el) =>
            attrs.map((a) => (a === 'text' ? (el.textContent ?? '').trim() : (el.getAttribute(a) ?? ''))),
          ),
        attributes,
      );
      for (const value of values) if (value) seen.add(value);
    };
    // the first derivation of the diagram (markers on the canvas) is done before the menus are read
    await expect.poll(() => page.getByTestId('analysis-panel').getAttribute('data-state')).toBe('idle');
    await collect('.djs-palette .entry', ['aria-label', 'title']);
    for (const id of ['Task_Check', 'Gateway_Complete', 'Start_Submit', 'Flow_Incomplete']) {
      await page
        .locator(`[data-testid="canvas"] .djs-element[data-element-id="${id}"]`)
        .first()
        .click({ position: id.startsWith('Flow') ? undefined : { x: 5, y: 5 }, force: true });
      await page.locator('.djs-context-pad .entry').first().waitFor();
      await collect('.djs-context-pad .entry', ['aria-label', 'title']);
      const replace = page.locator('.djs-context-pad [data-action="replace"]');
      if (await replace.count()) {
        await replace.click();
        await page.locator('.djs-popup').waitFor();
        await collect('.djs-popup .entry', ['title', 'text']);
        await collect('.djs-popup-header, .djs-popup-title', ['text']);
        await page.keyboard.press('Escape');
      }
      await page.locator('[data-testid="canvas"] svg[tabindex]').first().focus();
      await page.keyboard.press('Escape');
    }
    expect(seen.size).toBeGreaterThan(30);
    const untranslated = [...seen].filter((text) => englishTemplates.has(text));
    expect(untranslated).toEqual([]);
  });

  it('exports SVG with correct Vietnamese diacritics and a PNG image', async () => {
    const { page } = await openApp(browser, { lang: 'vi' });
    const svg = await downloadText(page, () => page.getByTestId('export-svg').click());
    expect(svg.name).toMatch(/\.svg$/);
    // label text is split into lines by bpmn-js: check the words one by one, normalized NFC
    for (const word of ['Tiếp', 'nhận,', 'kiểm', 'hồ', 'sơ', 'Lãnh', 'đạo', 'Văn', 'thư'])
      expect(svg.text.normalize('NFC')).toContain(word);
    expect(svg.text).toContain('<svg');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const png = Buffer.concat(chunks);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(500);
  });

  it('finds an element with the search pad (Ctrl+F), with or without diacritics', async () => {
    const { page } = await openApp(browser, { lang: 'vi' });
    await page.locator('[data-testid="canvas"] svg[tabindex]').first().focus();
    await page.keyboard.press('Control+f');
    const input = page.locator('.djs-search-input input, .djs-search-container input').first();
    await input.waitFor();
    await input.pressSequentially('thẩm định');
    await page.locator('.djs-search-results .djs-search-result').first().waitFor();
    expect(await page.locator('.djs-search-results').textContent()).toContain('Thẩm định, xử lý hồ sơ');
    // the way people type on a keyboard without Vietnamese input: no diacritics, đ as d
    await input.fill('');
    await input.pressSequentially('tham dinh');
    await expect.poll(() => page.locator('.djs-search-results').textContent()).toContain('Thẩm định, xử lý hồ sơ');
    expect(await page.locator('.djs-search-highlight').first().textContent()).toBe('Thẩm định');
    await input.press('Enter');
    await expect.poll(() => page.getByTestId('element-name').inputValue()).toBe('Thẩm định, xử lý hồ sơ');
  });

  it('creates a new procedure from the template', async () => {
    const { page } = await openApp(browser, { lang: 'vi' });
    await page.locator('.djs-element[data-element-id="Task_Review"]').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => elementIds(page)).not.toContain('Task_Review');
    await page.getByTestId('new-procedure').click();
    await page.getByTestId('new-from-template').click();
    await expect.poll(() => elementIds(page)).toContain('Task_Review');
    const lanes = await page.locator('[data-element-id^="Lane_"]').count();
    expect(lanes).toBeGreaterThanOrEqual(6);
  });

  it('opens a file dropped onto the canvas', async () => {
    const { page } = await openApp(browser, { lang: 'en' });
    const xml = (await newProcedureXml('en')).replace(/Task_Review/g, 'Task_Dropped');
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.bpmn', { type: 'application/xml' }));
      return dt;
    }, xml);
    await page.locator('.canvas-wrap').dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => elementIds(page)).toContain('Task_Dropped');
  });
});
