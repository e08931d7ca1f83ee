import { performance } from 'node:perf_hooks';
import { exportVariant, parseBpmn, validateDefinitions, processView, makeExecutableFrom, createExportModdle, bpmnProfile } from '../src/core/index.ts';
import { chainModel } from '../test/support/size-models.ts';
for (const n of [1000, 2000, 4000]) {
  const xml = chainModel(n, { di: true });
  let t = performance.now();
  const { definitions } = await parseBpmn(xml); const parse = performance.now() - t;
  t = performance.now(); await validateDefinitions(definitions); const val = performance.now() - t;
  t = performance.now(); processView(definitions); const view = performance.now() - t;
  const out: Record<string, number> = {};
  for (const target of ['json', 'table', 'bpmn'] as const) { t = performance.now(); await exportVariant(xml, target); out[target] = Math.round(performance.now() - t); }
  console.log(n, { parse: Math.round(parse), val: Math.round(val), view: Math.round(view), ...out });
}
