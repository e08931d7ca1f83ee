/**
 * Interoperability through the editor: every MIWG and bpmn.io corpus file is opened with the file picker
 * and saved back; bpmn-js-differ must report nothing added, removed or changed. NEGATIVE files get a message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseBpmn } from '@/core/index.ts';
import { corpusFiles, readCorpusFile } from '../support/corpus.ts';
import { isSemanticallyEqual, semanticDiff } from '../support/semantic-diff.ts';
import { downloadText, launchBrowser, openApp } from './browser.ts';

const files = corpusFiles(['miwg', 'bpmnio']);
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openApp(browser, { lang: 'en' }));
});
afterAll(async () => {
  await browser?.close();
});

async function open(name: string, path: string): Promise<'opened' | 'alert'> {
  const alert = page.getByRole('alert');
  if (await alert.count()) await alert.getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('open-file').setInputFiles(path);
  await expect
    .poll(
      async () =>
        (await page.getByRole('alert').count()) > 0 ||
        (await page.locator('.file-state').textContent())?.includes(name),
      { timeout: 20_000 },
    )
    .toBe(true);
  const text = (await page.getByRole('alert').count()) ? await page.getByRole('alert').textContent() : '';
  return text && !/warning/.test(text) ? 'alert' : 'opened';
}

describe.runIf(files.length)('corpus files through the editor', () => {
  it.each(files.filter((f) => !f.negative).map((f) => [`${f.folder}/${f.name}`, f] as const))(
    '%s opens and saves back unchanged',
    async (_label, file) => {
      // Chromium holds back a page's repeated automatic downloads: each file is saved from a page of its own,
      // whose first download it always lets through (no pause, no timing)
      await page.context().close();
      ({ page, errors } = await openApp(browser, { lang: 'en' }));
      expect(await open(file.name, file.path)).toBe('opened');
      const saved = await downloadText(page, () => page.getByTestId('save-bpmn').click());
      const d = semanticDiff(
        (await parseBpmn(readCorpusFile(file))).definitions,
        (await parseBpmn(saved.text)).definitions,
      );
      expect(isSemanticallyEqual(d), JSON.stringify(d)).toBe(true);
      for (const prefix of ['camunda', 'zeebe', 'signavio', 'bizagi', 'yaoqiang', 'modeler']) {
        if (new RegExp(`\\b${prefix}:`).test(readCorpusFile(file)))
          expect(saved.text, `${prefix}: extensions kept`).toMatch(new RegExp(`\\b${prefix}:`));
      }
      expect(errors).toEqual([]);
    },
  );

  it.each(files.filter((f) => f.negative).map((f) => [f.name, f] as const))(
    '%s gets a clear message, not a crash',
    async (_label, file) => {
      await open(file.name, file.path);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(file.name);
      expect(errors).toEqual([]);
    },
  );
});
