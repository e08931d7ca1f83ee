/** Turn a `ProcedureSpec` into BPMN (semantics, TTHC facts and lane-layout DI). */
import { createModdle, serializeBpmn } from '../bpmn/moddle.ts';
import { elementsOf, type ModdleElement } from '../bpmn/moddle-types.ts';
import { applyFactsPatch } from '../model/facts.ts';
import type { NodeType, ProcedureSpec } from './spec.ts';
import { layoutLanes, type Box, type Point } from './lane-layout.ts';

const SIZE: Record<NodeType, { width: number; height: number }> = {
  startEvent: { width: 36, height: 36 },
  endEvent: { width: 36, height: 36 },
  intermediateThrowEvent: { width: 36, height: 36 },
  task: { width: 110, height: 80 },
  userTask: { width: 110, height: 80 },
  serviceTask: { width: 110, height: 80 },
  manualTask: { width: 110, height: 80 },
  sendTask: { width: 110, height: 80 },
  receiveTask: { width: 110, height: 80 },
  exclusiveGateway: { width: 50, height: 50 },
  parallelGateway: { width: 50, height: 50 },
  inclusiveGateway: { width: 50, height: 50 },
};
const DATA_SIZE = { width: 36, height: 50 };

/** BPMN XML for the spec: one pool, its lanes, the flow and the dossier components, laid out. */
export async function buildProcedureXml(spec: ProcedureSpec): Promise<string> {
  const moddle = createModdle();
  const definitions = buildDefinitions(spec, moddle);
  return serializeBpmn(definitions, moddle);
}

/** The moddle definitions for a spec (exposed for callers that keep working on the model). */
export function buildDefinitions(spec: ProcedureSpec, moddle = createModdle()): ModdleElement {
  checkSpec(spec);
  const byId = new Map<string, ModdleElement>();
  // checkSpec has made sure every id a flow, dossier, lane or layout names is one the spec declares.
  const element = (id: string): ModdleElement => {
    const el = byId.get(id);
    if (!el) throw new Error(`no element ${id}`);
    return el;
  };
  const process = moddle.create('bpmn:Process', {
    id: spec.id,
    name: spec.name,
    isExecutable: false,
    flowElements: [],
  });
  const flowElements = elementsOf(process, 'flowElements');
  const add = (el: ModdleElement) => {
    el.$parent = process;
    flowElements.push(el);
    byId.set(el.id as string, el);
    return el;
  };
  if (spec.documentation)
    process.set('documentation', [moddle.create('bpmn:Documentation', { text: spec.documentation })]);

  for (const n of spec.nodes) {
    const node = add(
      moddle.create(`bpmn:${n.type[0]!.toUpperCase()}${n.type.slice(1)}`, {
        id: n.id,
        name: n.name,
        incoming: [],
        outgoing: [],
      }),
    );
    if (n.documentation) node.set('documentation', [moddle.create('bpmn:Documentation', { text: n.documentation })]);
    if (n.step) applyFactsPatch(moddle, node, 'step', n.step);
    if (n.decision) applyFactsPatch(moddle, node, 'decision', n.decision);
  }
  spec.flows.forEach((f, i) => {
    const source = element(f.from);
    const target = element(f.to);
    const flow = add(
      moddle.create('bpmn:SequenceFlow', {
        id: f.id ?? `Flow_${i + 1}`,
        name: f.name,
        sourceRef: source,
        targetRef: target,
      }),
    );
    elementsOf(source, 'outgoing').push(flow);
    elementsOf(target, 'incoming').push(flow);
    if (f.isDefault) source.set('default', flow);
    if (f.outcome) applyFactsPatch(moddle, flow, 'outcome', f.outcome);
  });
  for (const d of spec.dossiers ?? []) {
    const object = add(moddle.create('bpmn:DataObject', { id: `${d.id}_object` }));
    const ref = add(moddle.create('bpmn:DataObjectReference', { id: d.id, name: d.name, dataObjectRef: object }));
    applyFactsPatch(moddle, ref, 'dossierComponent', { name: d.name, ...d.component });
    const task = element(d.inputOf);
    const placeholder = moddle.create('bpmn:Property', { id: `${d.id}_property`, name: '__targetRef_placeholder' });
    placeholder.$parent = task;
    task.set('properties', [...elementsOf(task, 'properties'), placeholder]);
    const association = moddle.create('bpmn:DataInputAssociation', {
      id: `${d.id}_association`,
      sourceRef: [ref],
      targetRef: placeholder,
    });
    association.$parent = task;
    task.set('dataInputAssociations', [...elementsOf(task, 'dataInputAssociations'), association]);
    byId.set(association.id as string, association);
  }

  const lanes = spec.lanes.map((l) => {
    const lane = moddle.create('bpmn:Lane', {
      id: l.id,
      name: l.name,
      flowNodeRef: spec.nodes.filter((n) => n.lane === l.id).map((n) => byId.get(n.id)),
    });
    byId.set(l.id, lane);
    return lane;
  });
  const laneSet = moddle.create('bpmn:LaneSet', { id: `${spec.id}_lanes`, lanes });
  lanes.forEach((l) => {
    l.$parent = laneSet;
  });
  laneSet.$parent = process;
  process.set('laneSets', [laneSet]);

  const participant = moddle.create('bpmn:Participant', {
    id: `${spec.id}_participant`,
    name: spec.name,
    processRef: process,
  });
  const collaboration = moddle.create('bpmn:Collaboration', {
    id: `${spec.id}_collaboration`,
    participants: [participant],
  });
  participant.$parent = collaboration;
  if (spec.procedure) applyFactsPatch(moddle, process, 'procedure', spec.procedure);

  const layout = layoutLanes({
    lanes: spec.lanes.map((l) => l.id),
    nodes: spec.nodes.map((n) => ({ id: n.id, lane: n.lane, ...SIZE[n.type], branches: n.type.endsWith('Gateway') })),
    edges: spec.flows.map((f, i) => ({ id: f.id ?? `Flow_${i + 1}`, from: f.from, to: f.to })),
    attachments: (spec.dossiers ?? []).map((d) => ({ id: d.id, to: d.inputOf, ...DATA_SIZE })),
  });
  const planeElements: ModdleElement[] = [];
  const shape = (el: ModdleElement, box: Box, extra: Record<string, unknown> = {}) =>
    planeElements.push(
      moddle.create('bpmndi:BPMNShape', {
        id: `${el.id}_di`,
        bpmnElement: el,
        bounds: moddle.create('dc:Bounds', { ...box }),
        ...extra,
      }),
    );
  const edge = (el: ModdleElement, points: Point[]) =>
    planeElements.push(
      moddle.create('bpmndi:BPMNEdge', {
        id: `${el.id}_di`,
        bpmnElement: el,
        waypoint: points.map((p) => moddle.create('dc:Point', { ...p })),
      }),
    );

  shape(participant, layout.pool, { isHorizontal: true });
  for (const l of spec.lanes) shape(element(l.id), layout.lanes.get(l.id) as Box, { isHorizontal: true });
  for (const n of spec.nodes) {
    const box = layout.nodes.get(n.id) as Box;
    // A gateway's name goes above-left of it, clear of the branches leaving its top and bottom corners.
    const label =
      n.type.endsWith('Gateway') && n.name
        ? labelDi(moddle, { x: box.x - 100, y: box.y - 30, width: 110, height: 28 })
        : {};
    shape(element(n.id), box, label);
  }
  spec.flows.forEach((f, i) => {
    const points = layout.edges.get(f.id ?? `Flow_${i + 1}`) ?? [];
    edge(element(f.id ?? `Flow_${i + 1}`), points);
    // A named flow's label sits beside its first segment, where a reader looks for the branch's meaning.
    const [p0, p1] = points;
    if (f.name && p0 && p1) {
      const vertical = p0.x === p1.x;
      const bounds = vertical
        ? { x: p0.x + 6, y: Math.round((p0.y + p1.y) / 2) - 7, width: 90, height: 14 }
        : { x: Math.round((p0.x + p1.x) / 2) - 45, y: p0.y - 18, width: 90, height: 14 };
      Object.assign(planeElements[planeElements.length - 1] as object, labelDi(moddle, bounds));
    }
  });
  for (const d of spec.dossiers ?? []) {
    const box = layout.attachments.get(d.id) as Box;
    const task = layout.nodes.get(d.inputOf) as Box;
    shape(element(d.id), box);
    edge(element(`${d.id}_association`), [
      { x: box.x + box.width / 2, y: box.y },
      { x: box.x + box.width / 2, y: task.y + task.height },
    ]);
  }

  const plane = moddle.create('bpmndi:BPMNPlane', {
    id: `${spec.id}_plane`,
    bpmnElement: collaboration,
    planeElement: planeElements,
  });
  const diagram = moddle.create('bpmndi:BPMNDiagram', { id: `${spec.id}_diagram`, plane });
  return moddle.create('bpmn:Definitions', {
    id: `${spec.id}_definitions`,
    targetNamespace: 'https://tthc-studio.github.io/procedures',
    exporter: 'TTHC Studio',
    exporterVersion: '0.1',
    rootElements: [collaboration, process],
    diagrams: [diagram],
  });
}

// helpers //////////////////////

function labelDi(moddle: ReturnType<typeof createModdle>, bounds: Box): { label: ModdleElement } {
  return { label: moddle.create('bpmndi:BPMNLabel', { bounds: moddle.create('dc:Bounds', { ...bounds }) }) };
}

function checkSpec(spec: ProcedureSpec): void {
  const lanes = new Set(spec.lanes.map((l) => l.id));
  const ids = new Set<string>();
  for (const n of spec.nodes) {
    if (ids.has(n.id)) throw new Error(`duplicate node id ${n.id}`);
    ids.add(n.id);
    if (!lanes.has(n.lane)) throw new Error(`node ${n.id} is in unknown lane ${n.lane}`);
  }
  for (const f of spec.flows) {
    if (!ids.has(f.from) || !ids.has(f.to)) throw new Error(`flow ${f.from} → ${f.to} names an unknown node`);
  }
  for (const d of spec.dossiers ?? [])
    if (!ids.has(d.inputOf)) throw new Error(`dossier ${d.id} is input of unknown step ${d.inputOf}`);
}
