/**
 * The comparable elements of a BPMN model: every flow element, lane, participant, message flow, artifact and
 * data association, with its normalized name, family, diagram position (from BPMN DI), pool, lane and neighbours, keyed by id.
 */
import { buildFlowGraph, type FlowGraph } from '../model/graph.ts';
import { elementOf, elementsOf, is, isModdleElement, type ModdleElement } from '../bpmn/moddle-types.ts';
import { searchKey } from '../text/fold.ts';

/** Broad kinds that may be matched with one another (a task may become a user task, not a gateway). */
export type ElementFamily =
  | 'activity'
  | 'event'
  | 'gateway'
  | 'data'
  | 'lane'
  | 'participant'
  | 'process'
  | 'artifact'
  | 'sequenceFlow'
  | 'messageFlow'
  | 'association'
  | 'dataAssociation'
  | 'other';

export interface ModelElement {
  id: string;
  type: string;
  family: ElementFamily;
  name: string;
  /** Lower-case, diacritics folded, punctuation and repeated spaces removed. */
  key: string;
  bo: ModdleElement;
  /** Centre of its shape relative to the diagram's top-left corner (undefined when not drawn). */
  x?: number;
  y?: number;
  /** Connections: ids of their ends. */
  sourceId?: string;
  targetId?: string;
  /** The element this one is derived from for matching (a data object's first reference, a process's participant). */
  viaId?: string;
  /** Flow nodes: the process that holds them (their pool) and the lane they are drawn in. */
  poolId?: string;
  laneId?: string;
  /** Flow nodes: ids of the elements flowing into them and out of them (sequence and message flows). */
  incoming?: string[];
  outgoing?: string[];
  /** Centre relative to the top-left corner of its pool's shape (the whole drawing when it has none). */
  rx?: number;
  ry?: number;
  /** Shapes: width and height of the drawn bounds. */
  size?: { width: number; height: number };
}

export interface ModelElements {
  byId: Map<string, ModelElement>;
  list: ModelElement[];
}

/** Normalize a name for matching: case, Vietnamese diacritics, punctuation and spacing ignored. */
export function nameKey(name: string): string {
  return searchKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every comparable element of `definitions`, with positions from its diagrams. */
export function collectElements(definitions: ModdleElement): ModelElements {
  const list: ModelElement[] = [];
  const byId = new Map<string, ModelElement>();
  const add = (bo: ModdleElement, extra: Partial<ModelElement> = {}) => {
    const id = bo.id;
    if (typeof id !== 'string' || byId.has(id)) return;
    const name = String(bo.name ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const el: ModelElement = { id, type: bo.$type, family: familyOf(bo), name, key: nameKey(name), bo, ...extra };
    byId.set(id, el);
    list.push(el);
  };
  const roots = elementsOf(definitions, 'rootElements');
  for (const root of roots) {
    if (is(root, 'bpmn:Collaboration')) {
      for (const p of elementsOf(root, 'participants')) add(p);
      for (const f of elementsOf(root, 'messageFlows')) add(f, ends(f));
      for (const a of elementsOf(root, 'artifacts')) addArtifact(a, add);
    }
  }
  for (const root of roots) {
    if (!is(root, 'bpmn:Process')) continue;
    const participant = list.find((e) => e.family === 'participant' && e.bo.get('processRef') === root);
    add(root, participant ? { viaId: participant.id } : {});
    addContainer(root, add);
  }
  placeShapes(definitions, byId);
  placeInPools(buildFlowGraph(definitions), list, byId);
  return { byId, list };
}

// helpers //////////////////////

type Add = (bo: ModdleElement, extra?: Partial<ModelElement>) => void;

function ref(value: unknown): string | undefined {
  const id = isModdleElement(value) ? value.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function ends(flow: ModdleElement): Partial<ModelElement> {
  return { sourceId: ref(flow.get('sourceRef')), targetId: ref(flow.get('targetRef')) };
}

function addArtifact(a: ModdleElement, add: Add): void {
  if (is(a, 'bpmn:Association')) add(a, ends(a));
  else add(a, is(a, 'bpmn:TextAnnotation') ? { name: String(a.get('text') ?? '') } : {});
}

/**
 * Add the lanes, flow elements and artifacts of `container`, a sub-process's content where the sub-process
 * stands (depth first, document order), with an explicit stack: nesting may be deeper than the call stack.
 */
function addContainer(container: ModdleElement, add: Add): void {
  const pool = typeof container.id === 'string' ? container.id : undefined;
  const stack = [openContainer(container, add)];
  while (stack.length) {
    const frame = stack[stack.length - 1] as { container: ModdleElement; elements: ModdleElement[]; next: number };
    const el = frame.elements[frame.next++];
    if (!el) {
      closeContainer(frame.container, frame.elements, add, pool);
      stack.pop();
      continue;
    }
    // data objects after their references, so a reference can lend them its match
    if (is(el, 'bpmn:DataObject')) continue;
    add(el, is(el, 'bpmn:SequenceFlow') ? ends(el) : { poolId: pool });
    if (is(el, 'bpmn:Activity')) {
      for (const assoc of elementsOf(el, 'dataInputAssociations'))
        add(assoc, { sourceId: ref(elementsOf(assoc, 'sourceRef')[0]), targetId: el.id });
      for (const assoc of elementsOf(el, 'dataOutputAssociations'))
        add(assoc, { sourceId: el.id, targetId: ref(assoc.get('targetRef')) });
      const io = elementOf(el, 'ioSpecification');
      if (io) for (const input of elementsOf(io, 'dataInputs')) add(input);
    }
    if (is(el, 'bpmn:SubProcess')) stack.push(openContainer(el, add));
  }
}

function openContainer(
  container: ModdleElement,
  add: Add,
): { container: ModdleElement; elements: ModdleElement[]; next: number } {
  for (const set of elementsOf(container, 'laneSets')) addLanes(set, add);
  return { container, elements: elementsOf(container, 'flowElements'), next: 0 };
}

/** The data objects and artifacts of a container whose flow elements are all added. */
function closeContainer(container: ModdleElement, elements: ModdleElement[], add: Add, pool?: string): void {
  for (const el of elements) {
    if (!is(el, 'bpmn:DataObject')) continue;
    const reference = elements.find((r) => is(r, 'bpmn:DataObjectReference') && r.get('dataObjectRef') === el);
    add(el, reference?.id ? { viaId: reference.id, poolId: pool } : { poolId: pool });
  }
  for (const a of elementsOf(container, 'artifacts')) addArtifact(a, add);
}

/** Lanes depth first (a lane before its child lanes), with an explicit stack. */
function addLanes(set: ModdleElement, add: Add): void {
  const stack: ModdleElement[] = [];
  const pushLanes = (laneSet: ModdleElement): void => {
    const lanes = elementsOf(laneSet, 'lanes');
    for (let i = lanes.length - 1; i >= 0; i--) stack.push(lanes[i]!);
  };
  pushLanes(set);
  for (let lane = stack.pop(); lane; lane = stack.pop()) {
    add(lane);
    const child = elementOf(lane, 'childLaneSet');
    if (child) pushLanes(child);
  }
}

function familyOf(bo: ModdleElement): ElementFamily {
  if (is(bo, 'bpmn:Activity')) return 'activity';
  if (is(bo, 'bpmn:Event')) return 'event';
  if (is(bo, 'bpmn:Gateway')) return 'gateway';
  if (is(bo, 'bpmn:SequenceFlow')) return 'sequenceFlow';
  if (is(bo, 'bpmn:MessageFlow')) return 'messageFlow';
  if (is(bo, 'bpmn:Association')) return 'association';
  if (is(bo, 'bpmn:DataAssociation')) return 'dataAssociation';
  if (is(bo, 'bpmn:ItemAwareElement')) return 'data';
  if (is(bo, 'bpmn:Lane')) return 'lane';
  if (is(bo, 'bpmn:Participant')) return 'participant';
  if (is(bo, 'bpmn:Process')) return 'process';
  if (is(bo, 'bpmn:Artifact')) return 'artifact';
  return 'other';
}

/** Each flow node's lane (from the flow graph), neighbours and position inside its pool, for matching unnamed elements. */
function placeInPools(graph: FlowGraph, list: ModelElement[], byId: Map<string, ModelElement>): void {
  for (const [node, lane] of graph.laneOf) {
    const m = typeof node.id === 'string' ? byId.get(node.id) : undefined;
    if (m && typeof lane.id === 'string') m.laneId = lane.id;
  }
  for (const e of list) {
    if (e.family !== 'sequenceFlow' && e.family !== 'messageFlow') continue;
    const source = e.sourceId ? byId.get(e.sourceId) : undefined;
    const target = e.targetId ? byId.get(e.targetId) : undefined;
    if (source && target) {
      (source.outgoing ??= []).push(target.id);
      (target.incoming ??= []).push(source.id);
    }
  }
  for (const e of list) {
    if (e.x === undefined || e.y === undefined) continue;
    const process = e.poolId ? byId.get(e.poolId) : undefined;
    const pool = process?.viaId ? byId.get(process.viaId) : undefined;
    const corner = pool ? poolCorner(pool) : undefined;
    e.rx = e.x - (corner?.x ?? 0);
    e.ry = e.y - (corner?.y ?? 0);
  }
}

/** The top-left corner of a participant's shape, from its centre and its bounds' size. */
function poolCorner(pool: ModelElement): { x: number; y: number } | undefined {
  if (pool.x === undefined || pool.y === undefined || !pool.size) return undefined;
  return { x: pool.x - pool.size.width / 2, y: pool.y - pool.size.height / 2 };
}

/** Shape centres from the diagrams (the first that draws an element wins), shifted so the drawing's top-left corner is (0, 0). */
function placeShapes(definitions: ModdleElement, byId: Map<string, ModelElement>): void {
  const planeElements = elementsOf(definitions, 'diagrams').flatMap((d) => {
    const plane = elementOf(d, 'plane');
    return plane ? elementsOf(plane, 'planeElement') : [];
  });
  const placed: ModelElement[] = [];
  let minX = Infinity;
  let minY = Infinity;
  for (const di of planeElements) {
    const el = byId.get(ref(di.get('bpmnElement')) ?? '');
    if (!el || el.x !== undefined) continue;
    const bounds = di.get('bounds') as { x: number; y: number; width: number; height: number } | undefined;
    let x: number;
    let y: number;
    if (bounds) {
      x = bounds.x + bounds.width / 2;
      y = bounds.y + bounds.height / 2;
      el.size = { width: bounds.width, height: bounds.height };
      minX = Math.min(minX, bounds.x);
      minY = Math.min(minY, bounds.y);
    } else {
      const points = (di.get('waypoint') as Array<{ x: number; y: number }> | undefined) ?? [];
      const mid = points[Math.floor(points.length / 2)];
      if (!mid) continue;
      x = mid.x;
      y = mid.y;
    }
    el.x = x;
    el.y = y;
    placed.push(el);
  }
  if (!Number.isFinite(minX)) return;
  for (const el of placed) {
    el.x = (el.x as number) - minX;
    el.y = (el.y as number) - minY;
  }
}
