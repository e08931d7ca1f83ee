/**
 * Write generated diagram interchange (DI) for a process or collaboration: pools stacked top to bottom, each
 * laid out by `layoutScope`, message flows between them, and one extra plane per sub-process.
 */
import { elementOf, is, type ModdleElement, type ModdleFactory } from '../moddle-types.ts';
import type { Box, Point } from '../../builder/lane-layout.ts';
import { layoutScope, type PlacedEdge, type PlacedShape, type ScopeLayout } from './layout-scope.ts';
import { list } from './model.ts';

const POOL_GAP = 40;
const BLACK_BOX_HEIGHT = 100;

/** Makes ids that are not yet used in the file. */
export interface IdAllocator {
  next(base: string): string;
}

export function idAllocator(used: (id: string) => boolean): IdAllocator {
  const taken = new Set<string>();
  return {
    next(base) {
      let id = base;
      for (let i = 2; used(id) || taken.has(id); i++) id = `${base}_${i}`;
      taken.add(id);
      return id;
    },
  };
}

export interface GeneratedDi {
  /** The plane elements for `root`. */
  planeElements: ModdleElement[];
  /** Extra diagrams, one per sub-process with content. */
  diagrams: ModdleElement[];
  /** Every DI element created (for the id registry of an editor). */
  created: ModdleElement[];
  /** How many semantic elements got a shape or an edge. */
  drawn: number;
}

export function generateDi(root: ModdleElement, moddle: ModdleFactory, ids: IdAllocator): GeneratedDi {
  const out: GeneratedDi = { planeElements: [], diagrams: [], created: [], drawn: 0 };
  const layout = is(root, 'bpmn:Collaboration') ? layoutCollaboration(root) : layoutScope(root);
  out.planeElements = writeLayout(layout, moddle, ids, out);
  return out;
}

// helpers //////////////////////

function layoutCollaboration(collaboration: ModdleElement): ScopeLayout {
  const all: ScopeLayout = {
    frame: { x: 0, y: 0, width: 0, height: 0 },
    shapes: [],
    edges: [],
    lanes: [],
    subPlanes: [],
  };
  const pools: PlacedShape[] = [];
  const laneGroups: PlacedShape[][] = [];
  let y: number | undefined;
  for (const participant of list(collaboration, 'participants')) {
    const process = elementOf(participant, 'processRef');
    const part = process ? layoutScope(process) : undefined;
    const frame = part ? part.frame : { x: 160, y: 80, width: 600, height: BLACK_BOX_HEIGHT };
    const dy = (y ?? frame.y) - frame.y;
    const shift = (b: Box) => {
      b.y += dy;
    };
    if (part) {
      for (const s of part.shapes) shift(s.box);
      for (const e of part.edges) e.points = e.points.map((p) => ({ x: p.x, y: p.y + dy }));
      all.shapes.push(...part.shapes);
      all.edges.push(...part.edges);
      all.subPlanes.push(...part.subPlanes);
      laneGroups.push(part.lanes);
    } else laneGroups.push([]);
    const pool = { element: participant, box: { ...frame, y: frame.y + dy }, isHorizontal: true };
    pools.push(pool);
    y = pool.box.y + pool.box.height + POOL_GAP;
  }
  // Every pool as wide as the widest, lanes with it.
  const width = Math.max(0, ...pools.map((p) => p.box.width));
  pools.forEach((p, i) => {
    const extra = width - p.box.width;
    p.box.width = width;
    for (const lane of laneGroups[i] ?? []) lane.box.width += extra;
  });
  all.shapes.unshift(...pools);
  const boxes = new Map<ModdleElement, Box>(all.shapes.map((s) => [s.element, s.box]));
  for (const flow of list(collaboration, 'messageFlows')) {
    const source = elementOf(flow, 'sourceRef');
    const target = elementOf(flow, 'targetRef');
    const s = source && boxes.get(source);
    const t = target && boxes.get(target);
    if (s && t) all.edges.push({ element: flow, points: routeBetweenPools(s, t) });
  }
  return all;
}

/** A message flow leaves the lower shape's top (or the upper's bottom) and turns once halfway. */
function routeBetweenPools(s: Box, t: Box): Point[] {
  const down = s.y < t.y;
  const sx = s.x + s.width / 2;
  const tx = t.x + t.width / 2;
  const y1 = down ? s.y + s.height : s.y;
  const y2 = down ? t.y : t.y + t.height;
  if (Math.abs(sx - tx) < 1)
    return [
      { x: sx, y: y1 },
      { x: sx, y: y2 },
    ];
  const mid = Math.round((y1 + y2) / 2);
  return [
    { x: sx, y: y1 },
    { x: sx, y: mid },
    { x: tx, y: mid },
    { x: tx, y: y2 },
  ];
}

function writeLayout(layout: ScopeLayout, moddle: ModdleFactory, ids: IdAllocator, out: GeneratedDi): ModdleElement[] {
  const elements: ModdleElement[] = [];
  for (const s of layout.shapes) elements.push(shapeDi(s, moddle, ids));
  for (const e of layout.edges) elements.push(edgeDi(e, moddle, ids));
  out.drawn += elements.length;
  out.created.push(...elements);
  for (const { subProcess, layout: inner } of layout.subPlanes) {
    const planeElements = writeLayout(inner, moddle, ids, out);
    const plane = moddle.create('bpmndi:BPMNPlane', {
      id: ids.next(`${subProcess.id ?? 'SubProcess'}_plane`),
      bpmnElement: subProcess,
      planeElement: planeElements,
    });
    planeElements.forEach((p) => {
      p.$parent = plane;
    });
    const diagram = moddle.create('bpmndi:BPMNDiagram', {
      id: ids.next(`${subProcess.id ?? 'SubProcess'}_diagram`),
      plane,
    });
    plane.$parent = diagram;
    out.diagrams.push(diagram);
    out.created.push(plane, diagram);
  }
  return elements;
}

function shapeDi(s: PlacedShape, moddle: ModdleFactory, ids: IdAllocator): ModdleElement {
  const attrs: Record<string, unknown> = { id: ids.next(`${s.element.id ?? 'Shape'}_di`), bpmnElement: s.element };
  if (s.isExpanded !== undefined) attrs.isExpanded = s.isExpanded;
  if (s.isHorizontal !== undefined) attrs.isHorizontal = s.isHorizontal;
  const shape = moddle.create('bpmndi:BPMNShape', attrs);
  const bounds = moddle.create('dc:Bounds', { ...s.box });
  bounds.$parent = shape;
  shape.set('bounds', bounds);
  return shape;
}

function edgeDi(e: PlacedEdge, moddle: ModdleFactory, ids: IdAllocator): ModdleElement {
  const edge = moddle.create('bpmndi:BPMNEdge', {
    id: ids.next(`${e.element.id ?? 'Edge'}_di`),
    bpmnElement: e.element,
  });
  const points = e.points.map((p) => {
    const point = moddle.create('dc:Point', { x: Math.round(p.x), y: Math.round(p.y) });
    point.$parent = edge;
    return point;
  });
  edge.set('waypoint', points);
  return edge;
}
