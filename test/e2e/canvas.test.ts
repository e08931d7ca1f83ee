/**
 * The canvas as a new user meets it, in Chromium: a sample and a corpus file open fitted (the drawing inside
 * the canvas at a readable zoom, read from the camera state the canvas exposes and checked against the drawn
 * SVG), a drawing too big to fit stays readable and starts at its top-left, zoom controls, the shortcut help,
 * a resize refits, the toolbar never re-wraps as the save state changes, the compare viewers fit each diagram and move together, and no view scrolls sideways at 1280×720.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { corpusDir } from '../support/corpus.ts';
import { READABLE_ZOOM } from '@/modeler/fit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SAMPLE = 'sample-dang-ky-khai-sinh';
const corpus = corpusDir();

async function open(context: BrowserContext, hash: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  const url = new URL(inject('baseUrl'));
  url.searchParams.set('lang', 'vi');
  url.hash = hash;
  await page.goto(url.toString());
  return { page, errors };
}

/** A context whose library holds the samples (loaded on the first visit to the workspace). */
async function withSamples(viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  const { page } = await open(context, '#/');
  await page.getByTestId('library-item').first().waitFor({ timeout: 30_000 });
  await page.close();
  return context;
}

interface Camera {
  zoom: number;
  whole: boolean;
  box: number[];
  size: number[];
}

/** The camera state on the editor canvas once `until` holds for it. */
async function camera(page: Page, until: (c: Camera) => boolean = () => true): Promise<Camera> {
  let last: Camera | undefined;
  await expect
    .poll(
      async () => {
        last = await page.getByTestId('canvas').evaluate((el) => {
          const d = (el as HTMLElement).dataset;
          if (!d.zoom) return undefined;
          return {
            zoom: Number(d.zoom),
            whole: d.whole === 'true',
            box: (d.contentBox ?? '').split(' ').map(Number),
            size: (d.canvasSize ?? '').split(' ').map(Number),
          };
        });
        return !!last && until(last);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return last as Camera;
}

/** The drawn diagram's box relative to the canvas, measured on the SVG itself (independent of the app's state). */
async function drawnBox(
  page: Page,
): Promise<{ left: number; top: number; right: number; bottom: number; width: number; height: number }> {
  return page.getByTestId('canvas').evaluate((el) => {
    const c = el.getBoundingClientRect();
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (const shape of el.querySelectorAll('.djs-element .djs-visual')) {
      const r = shape.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      left = Math.min(left, r.left);
      top = Math.min(top, r.top);
      right = Math.max(right, r.right);
      bottom = Math.max(bottom, r.bottom);
    }
    return {
      left: left - c.left,
      top: top - c.top,
      right: right - c.left,
      bottom: bottom - c.top,
      width: c.width,
      height: c.height,
    };
  });
}

function expectInside(
  box: { left: number; top: number; right: number; bottom: number },
  width: number,
  height: number,
): void {
  expect(box.left).toBeGreaterThanOrEqual(-1);
  expect(box.top).toBeGreaterThanOrEqual(-1);
  expect(box.right).toBeLessThanOrEqual(width + 1);
  expect(box.bottom).toBeLessThanOrEqual(height + 1);
}

/** Ids of the elements drawn on the editor canvas (not the roots), sorted. */
const drawnIds = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="canvas"] .djs-element[data-element-id]')]
      .filter((g) => !g.closest('.djs-minimap'))
      .map((g) => g.getAttribute('data-element-id') as string)
      .sort(),
  );

/** Ids of the elements the open minimap holds a copy of, sorted (its copies are `djs-minimap-<id>-<minimap id>`). */
const minimapCopies = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.djs-minimap.open [id^="djs-minimap-"]')]
      .map((g) => g.id.replace(/^djs-minimap-/, '').replace(/-\d+-\d+$/, ''))
      .sort(),
  );

describe('canvas', () => {
  it('opens a sample fitted to a large canvas, and at a readable zoom from its top-left on a smaller one', async () => {
    const context = await withSamples({ width: 1920, height: 1080 });
    const { page, errors } = await open(context, `#/editor/${SAMPLE}-hien-hanh`);
    await page.locator('[data-testid="canvas"] [data-element-id]').first().waitFor();
    // more room: fold the side panel away; the canvas refits to its new size
    await page.getByTestId('toggle-side').click();
    const cam = await camera(page, (c) => c.whole && c.size[0] === 1920);
    expect(cam.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expectInside(
      { left: cam.box[0]!, top: cam.box[1]!, right: cam.box[2]!, bottom: cam.box[3]! },
      cam.size[0]!,
      cam.size[1]!,
    );
    const drawn = await drawnBox(page);
    expectInside(drawn, drawn.width, drawn.height);
    // the pool fills most of the width: fitted, not just shrunk
    expect(drawn.right - drawn.left).toBeGreaterThan(drawn.width * 0.7);

    // a smaller window: the side panel back, the drawing no longer fits at a readable zoom
    await page.getByTestId('toggle-side').click();
    await page.setViewportSize({ width: 1280, height: 720 });
    const small = await camera(page, (c) => c.size[0]! < 1000);
    expect(small.zoom).toBeCloseTo(READABLE_ZOOM, 2);
    expect(small.whole).toBe(false);
    // it starts at its top-left corner, beside the palette, and the rest is reached by scrolling
    expect(small.box[0]).toBeGreaterThan(40);
    expect(small.box[0]).toBeLessThan(120);
    expect(small.box[1]).toBeGreaterThanOrEqual(0);
    expect(small.box[2]).toBeGreaterThan(small.size[0]!);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the toolbar height and canvas size while the save state and file name change', async () => {
    const context = await withSamples({ width: 1400, height: 900 });
    const { page, errors } = await open(context, `#/editor/${SAMPLE}-hien-hanh`);
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    const before = await camera(page);
    const toolbar = async () => (await page.locator('.toolbar').boundingBox())?.height;
    const height = await toolbar();
    // an edit: unsaved, then saved again; the text beside the file name changes length each time
    await page.locator('[data-testid="canvas"] .djs-element[data-element-id="Task_Check"]').click();
    await page.getByTestId('step-duration').fill('3');
    await page.getByTestId('step-duration').press('Enter');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).not.toBe('saved');
    expect(await toolbar()).toBe(height);
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    expect(await toolbar()).toBe(height);
    // a new procedure: another file name and "not in the library"
    await page.goto(page.url().replace(/#.*$/, '#/editor'));
    await page.locator('[data-testid="canvas"] [data-element-id]').first().waitFor();
    const after = await camera(page);
    expect(await toolbar()).toBe(height);
    expect(after.size).toEqual(before.size);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.runIf(!!corpus)('opens a corpus file fitted; zoom controls, fit and the minimap work', async () => {
    const dir = corpus as string;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const { page, errors } = await open(context, '#/editor');
    await page.locator('[data-testid="canvas"] [data-element-id]').first().waitFor({ timeout: 30_000 });
    const xml = readFileSync(join(dir, 'bpmnio', 'bpmn-js__collaboration-message-flows.bpmn'), 'utf8');
    await page
      .getByTestId('open-file')
      .setInputFiles({ name: 'collaboration.bpmn', mimeType: 'application/xml', buffer: Buffer.from(xml) });
    await expect.poll(() => page.locator('.file-state').textContent()).toContain('collaboration.bpmn');
    const cam = await camera(page, (c) => c.whole);
    expect(cam.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expectInside(await drawnBox(page), cam.size[0]!, cam.size[1]!);
    expect(await page.getByTestId('zoom-level').textContent()).toBe(`${Math.round(cam.zoom * 100)}%`);

    await page.getByTestId('zoom-in').click();
    const zoomed = await camera(page, (c) => c.zoom > cam.zoom * 1.05);
    await expect.poll(() => page.getByTestId('zoom-level').textContent()).toBe(`${Math.round(zoomed.zoom * 100)}%`);
    await page.getByTestId('zoom-out').click();
    await page.getByTestId('zoom-out').click();
    await camera(page, (c) => c.zoom < cam.zoom);
    await page.getByTestId('zoom-fit').click();
    const refit = await camera(page, (c) => Math.abs(c.zoom - cam.zoom) < 0.01);
    expect(refit.box.map(Math.round)).toEqual(cam.box.map(Math.round));

    await page.getByTestId('minimap-toggle').click();
    await page.locator('.djs-minimap.open').waitFor();
    expect(await page.getByTestId('minimap-toggle').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => minimapCopies(page)).toEqual(await drawnIds(page));

    // opening a file with the minimap open fills it with the new drawing
    const sample = readFileSync(join('procedures', 'dang-ky-khai-sinh', 'hien-hanh.bpmn'));
    await page
      .getByTestId('open-file')
      .setInputFiles({ name: 'sample.bpmn', mimeType: 'application/xml', buffer: sample });
    await expect.poll(() => page.locator('.file-state').textContent()).toContain('sample.bpmn');
    const drawn = await drawnIds(page);
    expect(drawn.length).toBeGreaterThan(10);
    await expect.poll(() => minimapCopies(page)).toEqual(drawn);
    expect(await page.getByTestId('minimap-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the keyboard shortcuts in a dialog opened with ?', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const { page, errors } = await open(context, '#/editor');
    await page.locator('[data-testid="canvas"] [data-element-id]').first().waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="canvas"] svg[tabindex]').first().focus();
    await page.keyboard.press('Shift+Slash');
    const dialog = page.getByTestId('shortcuts-dialog');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    const text = (await dialog.textContent()) ?? '';
    for (const words of ['Phím tắt', 'Hoàn tác', 'Ctrl', 'Tìm phần tử trong sơ đồ', 'Công cụ bàn tay'])
      expect(text).toContain(words);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    // typing a ? in a field types it, and opens nothing
    await page.getByTestId('tab-properties').click();
    const name = page.locator('[data-testid="props-panel"] input[type="text"]').first();
    await name.focus();
    await page.keyboard.press('Shift+Slash');
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    // and the help button opens it too
    await page.getByTestId('shortcuts-open').click();
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits each compared diagram to its own viewer at a readable zoom and keeps pan and zoom in step', async () => {
    const context = await withSamples({ width: 1600, height: 1000 });
    const { page, errors } = await open(
      context,
      `#/compare?procedure=${SAMPLE}&variants=${SAMPLE}-hien-hanh,${SAMPLE}-phuong-an-a`,
    );
    const canvases = page.getByTestId('compare-canvas');
    await expect.poll(() => canvases.count(), { timeout: 30_000 }).toBe(2);
    const zooms = () => canvases.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.zoom ?? 0)));
    await expect.poll(async () => (await zooms()).every((z) => z > 0), { timeout: 30_000 }).toBe(true);
    const before = await zooms();
    for (const z of before) expect(z).toBeGreaterThanOrEqual(READABLE_ZOOM - 0.001);

    // zoom in the first viewer with Ctrl + wheel: the second follows by the same factor
    const first = canvases.nth(0);
    const box = await first.boundingBox();
    await page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 200);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await zooms())[0]! > before[0]! * 1.05).toBe(true);
    const after = await zooms();
    expect(after[1]! / before[1]!).toBeCloseTo(after[0]! / before[0]!, 1);

    // the fit button brings both back to their own fit
    await page.getByTestId('compare-fit').click();
    await expect.poll(async () => (await zooms()).map((z) => z.toFixed(2))).toEqual(before.map((z) => z.toFixed(2)));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never scrolls sideways at 1280×720: workspace, library, editor and compare view', async () => {
    const context = await withSamples({ width: 1280, height: 720 });
    for (const hash of ['#/', '#/library', `#/editor/${SAMPLE}-hien-hanh`, `#/compare?procedure=${SAMPLE}`]) {
      const { page, errors } = await open(context, hash);
      await page
        .locator('[data-testid="canvas"], [data-testid="library-item"], [data-testid="compare-canvas"]')
        .first()
        .waitFor({ timeout: 30_000 });
      const overflow = await page.evaluate(() => {
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return (
              r.width > 0 &&
              r.right > window.innerWidth + 1 &&
              getComputedStyle(el).position !== 'fixed' &&
              !el.closest('svg, .djs-container')
            );
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          wide: wide.slice(0, 5),
        };
      });
      expect(overflow, hash).toEqual({ page: 0, wide: [] });
      expect(errors).toEqual([]);
      await page.close();
    }
    await context.close();
  });
});
