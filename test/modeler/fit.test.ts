/** The fit geometry shared by the editor and the compare viewers. */
import { describe, expect, it } from 'vitest';
import { READABLE_ZOOM, fitViewbox, followViewbox, screenBox, type FitOptions } from '@/modeler/fit.ts';

const options: FitOptions = {
  minZoom: READABLE_ZOOM,
  maxZoom: 1,
  insets: { top: 10, right: 10, bottom: 10, left: 70 },
};

describe('fitViewbox', () => {
  it('fits a wide drawing into the free area, centred on the short axis', () => {
    const content = { x: 100, y: 50, width: 1000, height: 300 };
    const fit = fitViewbox(content, { width: 1080, height: 800 }, options);
    expect(fit.scale).toBe(1); // 1000 px fit into 1000 px of free width
    expect(fit.whole).toBe(true);
    const box = screenBox(content, { x: fit.viewbox.x, y: fit.viewbox.y, scale: fit.scale });
    expect(box.left).toBeCloseTo(70);
    expect(box.right).toBeCloseTo(1070);
    expect((box.top + box.bottom) / 2).toBeCloseTo(10 + 780 / 2);
  });

  it('shrinks to fit while the labels stay readable', () => {
    const content = { x: 0, y: 0, width: 1600, height: 500 };
    const fit = fitViewbox(content, { width: 1280, height: 700 }, options);
    expect(fit.scale).toBeCloseTo(1200 / 1600);
    expect(fit.whole).toBe(true);
    const box = screenBox(content, { x: fit.viewbox.x, y: fit.viewbox.y, scale: fit.scale });
    expect(box.left).toBeGreaterThanOrEqual(69.9);
    expect(box.right).toBeLessThanOrEqual(1270.1);
  });

  it('stops at the readable zoom and shows a huge drawing from its top-left corner', () => {
    const content = { x: 200, y: 300, width: 8000, height: 4000 };
    const fit = fitViewbox(content, { width: 1000, height: 600 }, options);
    expect(fit.scale).toBe(READABLE_ZOOM);
    expect(fit.whole).toBe(false);
    const box = screenBox(content, { x: fit.viewbox.x, y: fit.viewbox.y, scale: fit.scale });
    expect(box.left).toBeCloseTo(70);
    expect(box.top).toBeCloseTo(10);
    expect(fit.viewbox.width).toBeCloseTo(1000 / READABLE_ZOOM);
  });

  it('does not blow a tiny drawing up past its natural size', () => {
    const fit = fitViewbox({ x: 0, y: 0, width: 100, height: 80 }, { width: 1200, height: 800 }, options);
    expect(fit.scale).toBe(1);
    expect(fit.whole).toBe(true);
  });
});

describe('followViewbox', () => {
  it('repeats a pan and a zoom about a screen point in another viewer fitted differently', () => {
    const other = { x: 40, y: 20, width: 1000, height: 500, scale: 0.8 };
    // the first viewer zooms ×2 about its screen point (100, 50), then pans 30 px right
    const before = { x: 0, y: 0, scale: 1 };
    const zoomed = { x: 50, y: 25, scale: 2 };
    const next = followViewbox(other, before, zoomed);
    const nextScale = 0.8 * 2;
    // the diagram point under screen (100, 50) in the other viewer stays under it
    const pointBefore = { x: 100 / 0.8 + 40, y: 50 / 0.8 + 20 };
    expect((pointBefore.x - next.x) * nextScale).toBeCloseTo(100);
    expect((pointBefore.y - next.y) * nextScale).toBeCloseTo(50);
    expect(next.width * nextScale).toBeCloseTo(1000 * 0.8);
    const panned = followViewbox({ ...next, scale: nextScale }, zoomed, { x: zoomed.x - 15, y: zoomed.y, scale: 2 });
    expect((next.x - panned.x) * nextScale).toBeCloseTo(30);
  });
});
