/**
 * Benchmark of the comparison core: `npx tsx scripts/bench-compare.ts [--json]`.
 * Generates two ~1,000-element variants of one procedure (a chain of steps across lanes with dossier
 * components; the option renames, retimes, removes and adds steps), then times one bpmn-moddle parse of the
 * before file against diff + matching (`compareModels` on the parsed models: element collection, matching,
 * change list) — for variants that share ids (cloned) and for the same option redrawn with new ids and shifted
 * positions (matching by name and position). Target: diff + matching ≤ 1.5 × parse (issue 10), as the median of
 * per-round ratios over interleaved rounds (parse, then both comparisons), so that a busy machine slows both sides.
 */
import { performance } from 'node:perf_hooks';
import { compareModels, createModdle, parseBpmn, type ModdleElement } from '../src/core/index.ts';

interface Step {
  id: string;
  name: string;
  lane: number;
  duration: number;
  doc: boolean;
}

const LANES = 6;

/** The steps of the current variant. */
function currentSteps(count: number): Step[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `Task_${i}`,
    name: `Bước ${i}: xử lý hồ sơ loại ${i % 17}`,
    lane: i % LANES,
    duration: [0.25, 0.5, 1, 2][i % 4] as number,
    doc: i % 4 === 0,
  }));
}

/** The option: every 40th step removed, every 25th renamed, every 10th retimed, five added. */
function optionSteps(steps: Step[]): Step[] {
  const out: Step[] = [];
  steps.forEach((s, i) => {
    if (i % 40 === 39) return;
    out.push({
      ...s,
      name: i % 25 === 3 ? `${s.name} (rút gọn)` : s.name,
      duration: i % 10 === 5 ? s.duration / 2 : s.duration,
    });
    if (i % 80 === 10)
      out.push({ id: `Task_new_${i}`, name: `Bước mới ${i}: tra cứu CSDL`, lane: s.lane, duration: 0.25, doc: false });
  });
  return out;
}

/** A BPMN file of the steps in a pool with lanes, with DI; `prefix` renames every id, `dx` shifts the drawing. */
function toXml(steps: Step[], prefix = '', dx = 0): string {
  const p = (id: string) => prefix + id;
  const nodes = [{ id: 'Start', name: 'Bắt đầu', lane: 0 }, ...steps, { id: 'End', name: 'Kết thúc', lane: 0 }];
  const pos = new Map(nodes.map((n, i) => [n.id, { x: 200 + dx + i * 40 * 3, y: 100 + n.lane * 150 }]));
  const proc: string[] = [];
  const shapes: string[] = [];
  const edges: string[] = [];
  const laneRefs: string[][] = Array.from({ length: LANES }, () => []);
  nodes.forEach((n, i) => {
    const { x, y } = pos.get(n.id) as { x: number; y: number };
    laneRefs[n.lane]?.push(`<bpmn:flowNodeRef>${p(n.id)}</bpmn:flowNodeRef>`);
    // start and end drawn without names, as modellers often leave them (matched by their pool and neighbours)
    if (n.id === 'Start') proc.push(`<bpmn:startEvent id="${p(n.id)}" />`);
    else if (n.id === 'End') proc.push(`<bpmn:endEvent id="${p(n.id)}" />`);
    else {
      const s = n as Step;
      const assoc = s.doc
        ? `<bpmn:dataInputAssociation id="${p(`DIA_${s.id}`)}"><bpmn:sourceRef>${p(`Doc_${s.id}`)}</bpmn:sourceRef></bpmn:dataInputAssociation>`
        : '';
      proc.push(
        `<bpmn:userTask id="${p(s.id)}" name="${s.name}"><bpmn:extensionElements><tthc:step duration="${s.duration}" /></bpmn:extensionElements>${assoc}</bpmn:userTask>`,
      );
      if (s.doc) {
        proc.push(
          `<bpmn:dataObjectReference id="${p(`Doc_${s.id}`)}" name="Giấy tờ ${s.id}" dataObjectRef="${p(`DO_${s.id}`)}"><bpmn:extensionElements><tthc:dossierComponent source="applicant" copyType="copy" /></bpmn:extensionElements></bpmn:dataObjectReference><bpmn:dataObject id="${p(`DO_${s.id}`)}" />`,
        );
        shapes.push(
          `<bpmndi:BPMNShape id="${p(`Doc_${s.id}`)}_di" bpmnElement="${p(`Doc_${s.id}`)}"><dc:Bounds x="${x}" y="${y + 95}" width="36" height="50" /></bpmndi:BPMNShape>`,
        );
        edges.push(
          `<bpmndi:BPMNEdge id="${p(`DIA_${s.id}`)}_di" bpmnElement="${p(`DIA_${s.id}`)}"><di:waypoint x="${x + 18}" y="${y + 95}" /><di:waypoint x="${x + 18}" y="${y + 80}" /></bpmndi:BPMNEdge>`,
        );
      }
    }
    shapes.push(
      `<bpmndi:BPMNShape id="${p(n.id)}_di" bpmnElement="${p(n.id)}"><dc:Bounds x="${x}" y="${y}" width="100" height="80" /></bpmndi:BPMNShape>`,
    );
    const next = nodes[i + 1];
    if (next) {
      const fid = p(`Flow_${n.id}_${next.id}`);
      proc.push(`<bpmn:sequenceFlow id="${fid}" sourceRef="${p(n.id)}" targetRef="${p(next.id)}" />`);
      const to = pos.get(next.id) as { x: number; y: number };
      edges.push(
        `<bpmndi:BPMNEdge id="${fid}_di" bpmnElement="${fid}"><di:waypoint x="${x + 100}" y="${y + 40}" /><di:waypoint x="${to.x}" y="${to.y + 40}" /></bpmndi:BPMNEdge>`,
      );
    }
  });
  const width = nodes.length * 120 + 200;
  const lanes = laneRefs
    .map((refs, i) => `<bpmn:lane id="${p(`Lane_${i}`)}" name="Vai trò ${i}">${refs.join('')}</bpmn:lane>`)
    .join('');
  const laneShapes = laneRefs
    .map(
      (_, i) =>
        `<bpmndi:BPMNShape id="${p(`Lane_${i}`)}_di" bpmnElement="${p(`Lane_${i}`)}" isHorizontal="true"><dc:Bounds x="${130 + dx}" y="${80 + i * 150}" width="${width}" height="150" /></bpmndi:BPMNShape>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:tthc="https://tthc-studio.github.io/schema/bpmn/1.0" id="${p('Defs')}" targetNamespace="bench">
<bpmn:collaboration id="${p('Collab')}"><bpmn:participant id="${p('Pool')}" name="Cơ quan giải quyết" processRef="${p('Process')}" /></bpmn:collaboration>
<bpmn:process id="${p('Process')}" isExecutable="false"><bpmn:extensionElements><tthc:procedure name="Thủ tục thử" timeLimit="30" timeUnit="day" /></bpmn:extensionElements><bpmn:laneSet id="${p('LaneSet')}">${lanes}</bpmn:laneSet>${proc.join('\n')}</bpmn:process>
<bpmndi:BPMNDiagram id="${p('Diagram')}"><bpmndi:BPMNPlane id="${p('Plane')}" bpmnElement="${p('Collab')}">
<bpmndi:BPMNShape id="${p('Pool')}_di" bpmnElement="${p('Pool')}" isHorizontal="true"><dc:Bounds x="${100 + dx}" y="80" width="${width + 30}" height="${LANES * 150}" /></bpmndi:BPMNShape>${laneShapes}
${shapes.join('\n')}
${edges.join('\n')}
</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}

/** Wall time of one call in ms. */
async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const RUNS = 15;
const steps = currentSteps(380);
const beforeXml = toXml(steps);
const afterXml = toXml(optionSteps(steps));
const redrawnXml = toXml(optionSteps(steps), 'Y', 37);
const moddle = createModdle();
const parsed = async (xml: string): Promise<ModdleElement> => (await parseBpmn(xml)).definitions;
const before = await parsed(beforeXml);
const after = await parsed(afterXml);
const redrawn = await parsed(redrawnXml);
const elements = (before.get('rootElements') as ModdleElement[]).reduce(
  (n, r) => n + ((r.get('flowElements') as unknown[] | undefined)?.length ?? 0),
  0,
);

const cloned = compareModels(before, after);
const independent = compareModels(before, redrawn);
const cases = {
  parse: () => moddle.fromXML(beforeXml, 'bpmn:Definitions'),
  cloned: () => compareModels(before, after),
  independent: () => compareModels(before, redrawn),
};
for (let i = 0; i < 5; i++) for (const fn of Object.values(cases)) await fn();
// interleaved rounds: each ratio compares neighbours in time, so load from other processes cancels out
const ms = { parse: [] as number[], cloned: [] as number[], independent: [] as number[] };
const ratios = { cloned: [] as number[], independent: [] as number[] };
for (let round = 0; round < RUNS; round++) {
  const parse = await time(cases.parse);
  const c = await time(cases.cloned);
  const i = await time(cases.independent);
  ms.parse.push(parse);
  ms.cloned.push(c);
  ms.independent.push(i);
  ratios.cloned.push(c / parse);
  ratios.independent.push(i / parse);
}
const parseMs = median(ms.parse);
const clonedMs = median(ms.cloned);
const independentMs = median(ms.independent);
const clonedRatio = median(ratios.cloned);
const independentRatio = median(ratios.independent);
const main = (c: typeof cloned) => c.changes.filter((x) => !x.impliedBy).length;

const rows = [
  {
    case: `bpmn-moddle parse (${elements} flow elements, ${Math.round(beforeXml.length / 1024)} KB)`,
    ms: round(parseMs),
    ratio: 1,
    target: '',
  },
  {
    case: `diff + matching, cloned option (${main(cloned)} changes)`,
    ms: round(clonedMs),
    ratio: round(clonedRatio),
    target: '≤ 1.5',
  },
  {
    case: `diff + matching, redrawn with new ids (${main(independent)} changes)`,
    ms: round(independentMs),
    ratio: round(independentRatio),
    target: '≤ 1.5',
  },
];
const pass = clonedRatio <= 1.5 && independentRatio <= 1.5;
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log(
    `Node ${process.version}; ${RUNS} interleaved rounds after 5 warm-up rounds; ratio = median of the per-round ratios`,
  );
  console.table(rows);
  console.log(pass ? 'Compare targets met.' : 'Compare: OVER TARGET.');
}
process.exitCode = pass ? 0 : 1;

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
