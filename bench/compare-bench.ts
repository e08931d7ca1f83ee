/**
 * Compare benchmark page: time until the compare view is ready for two variants (parse both, match and
 * diff, analyse both, two viewers imported with their markers — the work CompareView does) against one bare
 * bpmn-js NavigatedViewer import of one of them, both until painted on screen, alternating, medians. Driven by scripts/bench.mjs.
 */
import { createApp, h } from 'vue';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { compareVariants, createModdle } from '@/core/index.ts';
import { i18n } from '@/i18n/index.ts';
import CompareCanvases, { type CanvasVariant } from '@/components/compare/CompareCanvases.vue';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

/** Resolves after the next frame is painted: "ready" means on screen, for both sides alike. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

/** The compare view's work for two XML variants, resolved when the canvases report ready. */
async function compareReady(xmlA: string, xmlB: string): Promise<() => void> {
  const [a, b] = await Promise.all([
    createModdle().fromXML(xmlA, 'bpmn:Definitions'),
    createModdle().fromXML(xmlB, 'bpmn:Definitions'),
  ]);
  const c = compareVariants([
    { label: 'A', definitions: a.rootElement },
    { label: 'B', definitions: b.rootElement },
  ]);
  const base: CanvasVariant['markers'] = {};
  const after: CanvasVariant['markers'] = {};
  for (const o of c.options) {
    for (const ch of o.comparison.removed) if (ch.beforeId) base[ch.beforeId] = 'diff-removed';
    for (const ch of o.comparison.changed) {
      if (ch.beforeId) base[ch.beforeId] = 'diff-changed';
      if (ch.afterId) after[ch.afterId] = 'diff-changed';
    }
    for (const ch of o.comparison.added) if (ch.afterId) after[ch.afterId] = 'diff-added';
  }
  const host = document.getElementById('host') as HTMLElement;
  const app = createApp({
    render: () =>
      h(CompareCanvases, {
        variants: [
          { label: 'A', xml: xmlA, definitions: a.rootElement, markers: base },
          { label: 'B', xml: xmlB, definitions: b.rootElement, markers: after },
        ],
        onReady: () => ready(),
      }),
  });
  let ready: () => void = () => undefined;
  await new Promise<void>((resolve) => {
    ready = resolve;
    app.use(i18n).mount(host);
  });
  await painted();
  return () => app.unmount();
}

async function bareImport(xml: string): Promise<NavigatedViewer> {
  const viewer = new NavigatedViewer({ container: document.getElementById('bare') as HTMLElement });
  await viewer.importXML(xml);
  await painted();
  return viewer;
}

async function benchCompare(
  xmlA: string,
  xmlB: string,
  runs: number,
): Promise<{ bareMs: number; compareMs: number; ratio: number }> {
  const bare: number[] = [];
  const compare: number[] = [];
  for (let i = 0; i <= runs; i++) {
    let t = performance.now();
    const viewer = await bareImport(xmlA);
    const b = performance.now() - t;
    viewer.destroy();
    t = performance.now();
    const unmount = await compareReady(xmlA, xmlB);
    const c = performance.now() - t;
    unmount();
    if (i > 0) {
      bare.push(b);
      compare.push(c);
    } // the first round warms up both
  }
  return { bareMs: median(bare), compareMs: median(compare), ratio: median(compare) / median(bare) };
}

Object.assign(window, { benchCompare });
document.title = 'ready';
