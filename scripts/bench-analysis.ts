/**
 * Benchmark of the analysis core: `npx tsx scripts/bench-analysis.ts [--json]`.
 * Generates (in memory, seeded) a ~1,000-element model and a 100-step model with lanes, decisions with
 * shares, parallel blocks and send-back loops, then times bpmn-moddle parsing vs `analyze` (median of
 * several runs after warm-up) and 10,000 simulation runs. Targets: analyze ≤ 0.2 × parse of the 1,000-element model;
 * 10,000 runs of the 100-step model ≤ 300 ms. With the external corpus present (TTHC_CORPUS, default
 * ../shared/corpus) its large files are measured too.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  analyze,
  buildSimulationModel,
  createModdle,
  mulberry32,
  parseBpmn,
  simulate,
  type ModdleElement,
} from '../src/core/index.ts';

interface Generated {
  xml: string;
  steps: number;
  bpmnElements: number;
  diElements: number;
}

/**
 * A procedure of `segments` blocks in `lanes` lanes; block kinds drawn from a seeded generator. With `di`,
 * diagram shapes and edges are added as every saved file has them (they are not counted as model elements).
 */
export function generateModel(segments: number, seed: number, di: boolean, lanes = 8): Generated {
  const random = mulberry32(seed);
  const nodes: Array<{ xml: string; lane: number; id: string }> = [];
  const flows: string[] = [];
  const data: string[] = [];
  let n = 0;
  let steps = 0;
  const id = (p: string) => `${p}_${++n}`;
  const lane = () => Math.floor(random() * lanes);
  const addTask = (): string => {
    const t = id('Task');
    const d = [0.25, 0.5, 1, 2][Math.floor(random() * 4)] as number;
    const range = random() < 0.3 ? ` minDuration="${d / 2}" maxDuration="${d * 2}"` : '';
    const visit = random() < 0.05 ? ' inPersonVisit="true" applicantHours="2"' : '';
    nodes.push({
      id: t,
      lane: lane(),
      xml: `<bpmn:userTask id="${t}" name="Bước ${n}"><bpmn:extensionElements><tthc:step duration="${d}"${range}${visit} /></bpmn:extensionElements></bpmn:userTask>`,
    });
    steps++;
    if (random() < 0.15) {
      const ref = id('Doc');
      const db = random() < 0.5 ? ' source="database" database="CSDL quốc gia về dân cư"' : ' source="applicant"';
      data.push(
        `<bpmn:dataObjectReference id="${ref}" name="Giấy tờ ${n}" dataObjectRef="DO_All"><bpmn:extensionElements><tthc:dossierComponent name="Giấy tờ ${n}"${db} /></bpmn:extensionElements></bpmn:dataObjectReference>`,
      );
    }
    return t;
  };
  const gateway = (kind: 'exclusiveGateway' | 'parallelGateway'): string => {
    const g = id(kind === 'parallelGateway' ? 'And' : 'Xor');
    nodes.push({ id: g, lane: lane(), xml: `<bpmn:${kind} id="${g}" />` });
    return g;
  };
  const flowIds: string[] = [];
  const flow = (from: string, to: string, share?: number): void => {
    const ext =
      share === undefined ? '' : `<bpmn:extensionElements><tthc:outcome share="${share}" /></bpmn:extensionElements>`;
    const f = id('Flow');
    flowIds.push(f);
    flows.push(`<bpmn:sequenceFlow id="${f}" sourceRef="${from}" targetRef="${to}">${ext}</bpmn:sequenceFlow>`);
  };
  const chain = (k: number): [string, string] => {
    const first = addTask();
    let last = first;
    for (let i = 1; i < k; i++) {
      const t = addTask();
      flow(last, t);
      last = t;
    }
    return [first, last];
  };

  nodes.push({ id: 'Start', lane: 0, xml: '<bpmn:startEvent id="Start" />' });
  let tail = 'Start';
  for (let s = 0; s < segments; s++) {
    const r = random();
    if (r < 0.4) {
      const [a, b] = chain(1 + Math.floor(random() * 3));
      flow(tail, a);
      tail = b;
    } else if (r < 0.65) {
      const split = gateway('exclusiveGateway');
      const join = gateway('exclusiveGateway');
      flow(tail, split);
      const share = Math.round(random() * 8 + 1) / 10;
      for (const p of [share, 1 - share]) {
        const [a, b] = chain(1 + Math.floor(random() * 2));
        flow(split, a, Number(p.toFixed(1)));
        flow(b, join);
      }
      tail = join;
    } else if (r < 0.85) {
      const split = gateway('parallelGateway');
      const join = gateway('parallelGateway');
      flow(tail, split);
      for (let k = 0; k < 2 + Math.floor(random() * 2); k++) {
        const [a, b] = chain(1 + Math.floor(random() * 2));
        flow(split, a);
        flow(b, join);
      }
      tail = join;
    } else {
      const [a, b] = chain(2);
      const check = gateway('exclusiveGateway');
      flow(tail, a);
      flow(b, check);
      flow(check, a, 0.1); // send back
      const next = addTask();
      flow(check, next, 0.9);
      tail = next;
    }
  }
  nodes.push({ id: 'End', lane: 0, xml: '<bpmn:endEvent id="End" />' });
  flow(tail, 'End');

  const laneXml = Array.from(
    { length: lanes },
    (_, i) =>
      `<bpmn:lane id="Lane_${i}" name="Vai trò ${i + 1}">${nodes
        .filter((x) => x.lane === i)
        .map((x) => `<bpmn:flowNodeRef>${x.id}</bpmn:flowNodeRef>`)
        .join('')}</bpmn:lane>`,
  ).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:tthc="https://tthc-studio.github.io/schema/bpmn/1.0" id="Defs_Bench" targetNamespace="bench">
<bpmn:collaboration id="Collab"><bpmn:participant id="Pool" name="Cơ quan" processRef="Process_Bench" /></bpmn:collaboration>
<bpmn:process id="Process_Bench" isExecutable="false">
<bpmn:extensionElements><tthc:procedure name="Thủ tục thử tải" timeLimit="${steps}" timeUnit="day" dossiersPerYear="1000"><tthc:fee kind="charge" amountVnd="50000" /></tthc:procedure></bpmn:extensionElements>
<bpmn:laneSet id="LaneSet">${laneXml}</bpmn:laneSet>
${nodes.map((x) => x.xml).join('\n')}
<bpmn:dataObject id="DO_All" />
${data.join('\n')}
${flows.join('\n')}
</bpmn:process>
${
  di
    ? diagram(
        nodes.map((x) => x.id),
        flowIds,
        lanes,
      )
    : ''
}
</bpmn:definitions>`;
  const bpmnElements = (xml.match(/<bpmn:\w+/g) ?? []).length;
  const diElements = (xml.match(/<(bpmndi|dc|di):\w+/g) ?? []).length;
  return { xml, steps, bpmnElements, diElements };
}

/** BPMN DI for the generated model: a pool, lane bands, one shape per node, one two-point edge per flow. */
function diagram(nodeIds: string[], flowIds: string[], lanes: number): string {
  const shapes = nodeIds.map(
    (nid, i) =>
      `<bpmndi:BPMNShape id="${nid}_di" bpmnElement="${nid}"><dc:Bounds x="${160 + i * 120}" y="${100 + (i % lanes) * 120}" width="100" height="80" /></bpmndi:BPMNShape>`,
  );
  const laneShapes = Array.from(
    { length: lanes },
    (_, i) =>
      `<bpmndi:BPMNShape id="Lane_${i}_di" bpmnElement="Lane_${i}" isHorizontal="true"><dc:Bounds x="130" y="${80 + i * 120}" width="${nodeIds.length * 120 + 100}" height="120" /></bpmndi:BPMNShape>`,
  );
  const edges = flowIds.map(
    (fid, i) =>
      `<bpmndi:BPMNEdge id="${fid}_di" bpmnElement="${fid}"><di:waypoint x="${260 + i * 60}" y="140" /><di:waypoint x="${300 + i * 60}" y="260" /></bpmndi:BPMNEdge>`,
  );
  return `<bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="Collab">
<bpmndi:BPMNShape id="Pool_di" bpmnElement="Pool" isHorizontal="true"><dc:Bounds x="100" y="80" width="${nodeIds.length * 120 + 130}" height="${lanes * 120}" /></bpmndi:BPMNShape>
${[...laneShapes, ...shapes, ...edges].join('\n')}
</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`;
}

/** Median wall time in ms of `runs` calls after `warmup` calls. */
async function median(fn: () => unknown | Promise<unknown>, runs: number, warmup = 20): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function parseMs(xml: string): Promise<{ ms: number; definitions: ModdleElement }> {
  const moddle = createModdle();
  const ms = await median(() => moddle.fromXML(xml, 'bpmn:Definitions'), RUNS);
  return { ms, definitions: (await parseBpmn(xml)).definitions };
}

/** Measured runs per timing, after 20 warm-up runs (the JIT and the parser's caches settle by then). */
const RUNS = 31;
const rows: Array<Record<string, string | number>> = [];
const fmt = (x: number) => Math.round(x * 100) / 100;

// 1. ~1,000-element model (elements of the BPMN model namespace, as the corpus MANIFEST counts them), with the
// diagram interchange every saved file carries, and the same model without it (a stricter ratio): parse vs analyze
const segments = pickSegments((s) => generateModel(s, 1000, false).bpmnElements, 1000);
for (const withDi of [true, false]) {
  const big = generateModel(segments, 1000, withDi);
  const { ms: parse, definitions } = await parseMs(big.xml);
  const an = await median(() => analyze(definitions), RUNS);
  rows.push({
    case: `analyze, generated model${withDi ? ' with DI' : ', no DI'}`,
    elements: big.bpmnElements,
    di: big.diElements,
    steps: big.steps,
    parseMs: fmt(parse),
    analyzeMs: fmt(an),
    ratio: fmt(an / parse),
    target: '≤ 0.2',
  });
}

// 2. 100-step model: 10,000 simulation runs beside its parse time
{
  const cut = generateModel(
    pickSegments((s) => generateModel(s, 7, true).steps, 100),
    7,
    true,
  );
  const { ms: parse, definitions } = await parseMs(cut.xml);
  const model = buildSimulationModel(definitions);
  const sim = await median(() => simulate(model, { runs: 10_000, seed: 1 }), 9, 3);
  rows.push({
    case: 'simulate 10,000 runs, 100 steps',
    elements: cut.bpmnElements,
    di: cut.diElements,
    steps: cut.steps,
    parseMs: fmt(parse),
    simulateMs: fmt(sim),
    target: '≤ 300 ms',
  });
}

// 3. the corpus's large files, when present
const corpus = resolve(process.env.TTHC_CORPUS ?? join(process.cwd(), '..', 'shared', 'corpus'));
if (existsSync(join(corpus, 'large'))) {
  for (const name of readdirSync(join(corpus, 'large'))
    .filter((f) => f.endsWith('.bpmn'))
    .sort()) {
    const xml = readFileSync(join(corpus, 'large', name), 'utf8');
    const { ms: parse, definitions } = await parseMs(xml);
    const an = await median(() => analyze(definitions), RUNS);
    rows.push({
      case: `analyze, corpus large/${name}`,
      elements: '',
      di: '',
      steps: analyze(definitions).steps,
      parseMs: fmt(parse),
      analyzeMs: fmt(an),
      ratio: fmt(an / parse),
      target: '≤ 0.2',
    });
  }
} else {
  console.log(`Corpus not found at ${corpus}: corpus files not measured (set TTHC_CORPUS).`);
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log(`Node ${process.version}; medians of ${RUNS} runs after 20 warm-up runs (simulation: 9 after 3)`);
  console.table(rows);
}

/** The fewest segments for which `measure` reaches `target` (binary search; the generator is seeded). */
function pickSegments(measure: (segments: number) => number, target: number): number {
  let lo = 1;
  let hi = 2000;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (measure(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
