/** Bad files get a clear alert in the user's language and leave the diagram on screen untouched. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { newProcedureXml } from '@/core/index.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openApp } from './browser.ts';

let browser: Browser;
let hugeFile: string;
beforeAll(async () => {
  browser = await launchBrowser();
  // Playwright passes files over 50 MB by path: write a 50 MB BPMN (a real diagram padded with a comment).
  hugeFile = join(mkdtempSync(join(tmpdir(), 'tthc-')), 'huge.bpmn');
  const xml = await newProcedureXml('vi');
  writeFileSync(
    hugeFile,
    xml.replace('<bpmn:collaboration', `<!--${'x'.repeat(50 * 1024 * 1024 - xml.length)}-->\n<bpmn:collaboration`),
  );
});
afterAll(async () => {
  await browser?.close();
});

const BPMN_NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';

async function diagramState(page: Page): Promise<string> {
  const ids = await page.locator('[data-testid="canvas"] .djs-element[data-element-id]').evaluateAll((els) =>
    els
      .map((e) => e.getAttribute('data-element-id'))
      .sort()
      .join(','),
  );
  const labels = await page.locator('[data-testid="canvas"] .djs-label, [data-testid="canvas"] text').allTextContents();
  return `${ids}|${labels.join('/')}`;
}

const CASES: Array<[string, string, () => Buffer | string, RegExp, RegExp]> = [
  ['an empty file', 'empty.bpmn', () => Buffer.alloc(0), /Tệp trống/, /file is empty/],
  [
    'a text file',
    'notes.bpmn',
    () => Buffer.from('Danh sách hồ sơ cần nộp: CCCD, giấy chứng sinh'),
    /không phải XML hợp lệ/,
    /not well-formed XML/,
  ],
  [
    'XML that is not BPMN',
    'page.xml',
    () => Buffer.from('<?xml version="1.0"?><html><body><p>Xin chào</p></body></html>'),
    /không phải sơ đồ BPMN 2.0/,
    /not a BPMN 2.0 diagram/,
  ],
  // Duplicate ids are repaired, not refused (issue 13): see open-repair.test.ts. A file with no process is refused.
  [
    'no process',
    'messages.bpmn',
    () => Buffer.from(`<bpmn:definitions ${BPMN_NS} id="D"><bpmn:message id="M"/></bpmn:definitions>`),
    /không có quy trình/,
    /holds no process/,
  ],
  ['a 50 MB file', 'huge.bpmn', () => hugeFile, /quá lớn \(50 MB\)/, /too large \(50 MB\)/],
];

describe('bad input', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`shows each problem in ${lang} and keeps the diagram`, async () => {
      const { page, errors } = await openApp(browser, { lang });
      const before = await diagramState(page);
      for (const [, name, content, viText, enText] of CASES) {
        const file = content();
        await page
          .getByTestId('open-file')
          .setInputFiles(typeof file === 'string' ? file : { name, mimeType: 'application/xml', buffer: file });
        const alert = page.getByRole('alert');
        await alert.waitFor();
        await expect.poll(() => alert.textContent()).toMatch(lang === 'vi' ? viText : enText);
        expect(await alert.textContent()).toContain(name);
        expect(await diagramState(page)).toBe(before);
        await alert.getByRole('button').click();
        await alert.waitFor({ state: 'detached' });
      }
      expect(errors).toEqual([]);
    });
  }

  it('shows markup and script in names as text and never runs them', async () => {
    const { page, errors } = await openApp(browser, { lang: 'vi' });
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const escaped = hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const xml = (await newProcedureXml('vi')).replace('name="Thẩm định, xử lý hồ sơ"', `name="${escaped}"`);
    await page
      .getByTestId('open-file')
      .setInputFiles({ name: `${hostile}.bpmn`, mimeType: 'application/xml', buffer: Buffer.from(xml) });
    await page.locator('.djs-element[data-element-id="Task_Process"]').click();
    await expect.poll(() => page.getByTestId('element-name').inputValue()).toBe(hostile);
    // the label is SVG text, not markup
    const labelText = await page.locator('.djs-element[data-element-id="Task_Process"] text').allTextContents();
    expect(labelText.join('')).toContain('window.__pwned');
    expect(await page.locator('[data-testid="canvas"] img, [data-testid="canvas"] script').count()).toBe(0);
    // a broken file with the hostile name: the alert shows the name as text
    await page
      .getByTestId('open-file')
      .setInputFiles({ name: `${hostile}.bpmn`, mimeType: 'application/xml', buffer: Buffer.from('<<<') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('<script>');
    expect(await page.getByRole('alert').locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
