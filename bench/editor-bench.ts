/**
 * Benchmark page: opens the same XML in a bare bpmn-js Modeler (`importXML`) and through TTHC Studio's
 * open path (its modeler with the tthc extension, translation and commands, and `openDiagram` with its
 * checks), alternating, and reports the median of each. Driven by scripts/bench.mjs in Chromium.
 */
import Modeler from 'bpmn-js/lib/Modeler';
import { createModeler } from '@/modeler/createModeler.ts';
import { openDiagram } from '@/modeler/open-diagram.ts';
import { newProcedureXml, procedureHolder, snapshotElement, type ModdleElement } from '@/core/index.ts';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

interface Result {
  bareMs: number;
  appMs: number;
  ratio: number;
  runs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function compare(xml: string, runs: number): Promise<Result> {
  const bare = new Modeler({ container: document.getElementById('bare') as HTMLElement });
  const app = createModeler({ container: document.getElementById('app') as HTMLElement, locale: 'vi' });
  // Both start from a diagram on screen, as when a user opens a file in a running editor.
  const start = await newProcedureXml('vi');
  await bare.importXML(start);
  await openDiagram(app, start);
  const bareTimes: number[] = [];
  const appTimes: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    let t = performance.now();
    await bare.importXML(xml);
    const b = performance.now() - t;
    t = performance.now();
    await openDiagram(app, xml);
    // What the editor does next: read the procedure for the properties panel.
    const holder = procedureHolder(app.getDefinitions() as unknown as ModdleElement);
    if (holder) snapshotElement(holder);
    const a = performance.now() - t;
    if (i > 0) {
      bareTimes.push(b);
      appTimes.push(a);
    } // the first round warms up both
  }
  bare.destroy();
  app.destroy();
  const bareMs = median(bareTimes);
  const appMs = median(appTimes);
  return { bareMs, appMs, ratio: appMs / bareMs, runs };
}

(window as unknown as { benchOpen: typeof compare }).benchOpen = compare;
document.title = 'ready';
