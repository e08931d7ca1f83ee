/**
 * Canvas benchmark page: opening a diagram in a bare bpmn-js Modeler (`importXML`) against the studio's open
 * path with everything the canvas adds (its modeler with the minimap, `openDiagram` with the origin alignment,
 * the fit to the canvas and the camera state), both until painted. The two alternate, and which goes first
 * alternates too; the ratio is the median of the paired ratios, so load from other work on the machine
 * weighs on both sides alike. The minimap is measured closed (as the editor opens) and open; open, it is
 * filled in the first animation frame after the import (src/modeler/features/minimap-batch), so "painted"
 * here is the frame that shows the diagram and the filled minimap, and the page checks it was filled.
 * Driven by scripts/bench-canvas.ts in Chromium.
 */
import Modeler from 'bpmn-js/lib/Modeler';
import { createModeler } from '@/modeler/createModeler.ts';
import { openDiagram } from '@/modeler/open-diagram.ts';
import { fitDiagram, toggleMinimap, viewState } from '@/modeler/canvas-view.ts';
import { EDITOR_FIT } from '@/modeler/fit.ts';
import { newProcedureXml } from '@/core/index.ts';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';

interface Result {
  bareMs: number;
  appMs: number;
  ratio: number;
  runs: number;
}

/** Resolves after the next frame is painted. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The open minimap of the studio's canvas holds a copy of the drawing. */
function filledMinimap(): boolean {
  const group = document.querySelector('#app .djs-minimap.open .map svg > g');
  return !!group && group.childElementCount > 0;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

async function benchCanvas(xml: string, runs: number, minimapOpen: boolean): Promise<Result> {
  const bare = new Modeler({ container: document.getElementById('bare') as HTMLElement });
  const app = createModeler({ container: document.getElementById('app') as HTMLElement, locale: 'vi' });
  toggleMinimap(app, minimapOpen);
  // both start from a diagram on screen, as when a user opens a file in a running editor
  const start = await newProcedureXml('vi');
  await bare.importXML(start);
  await openDiagram(app, start);
  const bareTimes: number[] = [];
  const appTimes: number[] = [];
  const ratios: number[] = [];
  const timeBare = async () => {
    const t = performance.now();
    await bare.importXML(xml);
    await painted();
    return performance.now() - t;
  };
  const timeApp = async () => {
    const t = performance.now();
    await openDiagram(app, xml);
    fitDiagram(app, EDITOR_FIT);
    viewState(app);
    await painted();
    const ms = performance.now() - t;
    // an open minimap is filled in the first frame after the import, before that frame is painted
    if (minimapOpen && !filledMinimap()) throw new Error('the minimap was not filled when the diagram was painted');
    return ms;
  };
  for (let i = 0; i <= runs; i++) {
    let b: number;
    let a: number;
    if (i % 2) {
      a = await timeApp();
      b = await timeBare();
    } else {
      b = await timeBare();
      a = await timeApp();
    }
    if (i > 0) {
      bareTimes.push(b);
      appTimes.push(a);
      ratios.push(a / b);
    } // the first round warms up both
  }
  bare.destroy();
  app.destroy();
  return { bareMs: median(bareTimes), appMs: median(appTimes), ratio: median(ratios), runs };
}

Object.assign(window, { benchCanvas });
document.title = 'ready';
