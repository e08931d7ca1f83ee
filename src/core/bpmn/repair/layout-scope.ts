/**
 * Lay out one process or sub-process with the studio's lane layout (src/core/builder/lane-layout.ts): nodes in
 * their lane's row (one row band when there are no lanes), boundary events on their host's lower edge, data
 * and annotations in the lane's data band. Sub-processes are drawn collapsed, each with its own laid-out plane
 * (bpmn-js shows it on drill-down). One layout for pools, lanes and plain processes, working on the moddle model
 * without re-reading the file; bpmn-auto-layout 1.3 lays out only the first pool and no lanes, and re-parses XML.
 */
import { ImportProblem } from '../moddle.ts';
import { elementOf, is, type ModdleElement } from '../moddle-types.ts';
import { layoutLanes, type Box, type LayoutNode, type Point } from '../../builder/lane-layout.ts';
import { lanesDeep, list } from './model.ts';

export interface PlacedShape {
  element: ModdleElement;
  box: Box;
  isExpanded?: boolean;
  isHorizontal?: boolean;
}
export interface PlacedEdge {
  element: ModdleElement;
  points: Point[];
}
export interface ScopeLayout {
  /** The pool-sized frame of the layout (lane-layout's pool box). */
  frame: Box;
  shapes: PlacedShape[];
  edges: PlacedEdge[];
  /** Lane boxes by lane, to widen them with their pool. */
  lanes: PlacedShape[];
  /** Every sub-process drawn collapsed, with the layout of its own plane. */
  subPlanes: Array<{ subProcess: ModdleElement; layout: ScopeLayout }>;
}

const NO_LANE = '';
/** The lane layout's ranking is quadratic: beyond this many nodes in one process the browser would stall. */
export const MAX_LAYOUT_NODES = 5000;
const LANE_INDENT = 30;

function size(el: ModdleElement): { width: number; height: number } {
  if (is(el, 'bpmn:Event')) return { width: 36, height: 36 };
  if (is(el, 'bpmn:Gateway')) return { width: 50, height: 50 };
  if (is(el, 'bpmn:DataStoreReference')) return { width: 50, height: 50 };
  if (is(el, 'bpmn:DataObjectReference')) return { width: 36, height: 50 };
  if (is(el, 'bpmn:TextAnnotation')) return { width: 100, height: 30 };
  return { width: 100, height: 80 };
}

/** The layout of `container` (a process or sub-process), its lanes drawn when `withLanes`. */
export function layoutScope(container: ModdleElement, withLanes = true): ScopeLayout {
  const keys = new Map<ModdleElement, string>();
  const byKey = new Map<string, ModdleElement>();
  const key = (el: ModdleElement): string => {
    let k = keys.get(el);
    if (!k) {
      k = `n${keys.size}`;
      keys.set(el, k);
      byKey.set(k, el);
    }
    return k;
  };
  const elements = list(container, 'flowElements');
  const nodes = elements.filter((e) => is(e, 'bpmn:FlowNode') && !is(e, 'bpmn:BoundaryEvent'));
  const nodeSet = new Set<ModdleElement | undefined>(nodes);
  // Boundary events on a node of this scope, each with its host.
  const boundaries = elements.flatMap((e) => {
    const host = is(e, 'bpmn:BoundaryEvent') ? e.get('attachedToRef') : undefined;
    return host && nodeSet.has(host) ? [{ event: e, host }] : [];
  });
  const hostOf = (el: ModdleElement | undefined) => (el && is(el, 'bpmn:BoundaryEvent') ? el.get('attachedToRef') : el);
  const flows = elements.filter((e) => is(e, 'bpmn:SequenceFlow'));
  const artifacts = list(container, 'artifacts');
  const extras = [
    ...elements.filter((e) => is(e, 'bpmn:DataObjectReference') || is(e, 'bpmn:DataStoreReference')),
    ...artifacts.filter((a) => is(a, 'bpmn:TextAnnotation')),
  ];

  // Lanes: the deepest lane naming a node is its row; nodes in no lane share a row without a lane shape.
  const allLanes = withLanes ? lanesDeep(container) : [];
  const leafLanes = allLanes.filter((l) => !list(elementOf(l, 'childLaneSet'), 'lanes').length);
  const laneOf = new Map<ModdleElement, ModdleElement>();
  for (const lane of allLanes) {
    const target = leafLanes.includes(lane) ? lane : firstLeaf(lane);
    for (const n of list(lane, 'flowNodeRef')) laneOf.set(n, target);
  }
  const rowOf = (n: ModdleElement) => {
    const lane = laneOf.get(n);
    return lane ? key(lane) : NO_LANE;
  };
  const rows = leafLanes.map(key);
  if (!rows.length || nodes.some((n) => !laneOf.has(n))) rows.push(NO_LANE);

  if (nodes.length > MAX_LAYOUT_NODES)
    throw new ImportProblem('tooManyToLayOut', { count: nodes.length, limit: MAX_LAYOUT_NODES });
  const layoutNodes: LayoutNode[] = nodes.map((n) => ({
    id: key(n),
    lane: rowOf(n),
    ...size(n),
    branches: is(n, 'bpmn:Gateway'),
  }));
  const edgeInput = flows.flatMap((f) => {
    const from = hostOf(f.get('sourceRef'));
    const to = f.get('targetRef');
    return from && to && nodeSet.has(from) && nodeSet.has(to) ? [{ id: key(f), from: key(from), to: key(to) }] : [];
  });
  const anchor = (extra: ModdleElement): ModdleElement | undefined => attachedNode(extra, nodes, artifacts) ?? nodes[0];
  const attachments = extras.flatMap((x) => {
    const to = anchor(x);
    return to ? [{ id: key(x), to: key(to), ...size(x) }] : [];
  });
  const result = layoutLanes({ lanes: rows, nodes: layoutNodes, edges: edgeInput, attachments });

  const shapes: PlacedShape[] = [];
  const edges: PlacedEdge[] = [];
  const boxes = new Map<ModdleElement, Box>();
  const subPlanes: ScopeLayout['subPlanes'] = [];
  for (const n of nodes) {
    const box = result.nodes.get(key(n)) as Box;
    boxes.set(n, box);
    const sub = is(n, 'bpmn:SubProcess');
    shapes.push(sub ? { element: n, box, isExpanded: false } : { element: n, box });
    if (sub && list(n, 'flowElements').length) subPlanes.push({ subProcess: n, layout: layoutScope(n, false) });
  }
  const perHost = new Map<ModdleElement, number>();
  for (const { event: b, host } of boundaries) {
    const hostBox = boxes.get(host) as Box;
    const i = perHost.get(host) ?? 0;
    perHost.set(host, i + 1);
    const box = {
      x: hostBox.x + hostBox.width - 28 - i * 40,
      y: hostBox.y + hostBox.height - 18,
      width: 36,
      height: 36,
    };
    boxes.set(b, box);
    shapes.push({ element: b, box });
  }
  // Data and annotations sit in their lane's band, packed left to right from below their node, never overlapping.
  const placed = extras
    .flatMap((x) => {
      const box = result.attachments.get(key(x));
      const to = anchor(x);
      return box && to ? [{ x, box: { ...box }, from: (boxes.get(to) as Box).x }] : [];
    })
    .sort((a, b) => a.box.y - b.box.y || a.from - b.from);
  let right = -Infinity;
  let bandY = NaN;
  for (const p of placed) {
    if (p.box.y !== bandY) {
      bandY = p.box.y;
      right = -Infinity;
    }
    p.box.x = Math.max(p.from - 10, right + 15);
    right = p.box.x + p.box.width;
    boxes.set(p.x, p.box);
    shapes.push({ element: p.x, box: p.box });
  }
  const overflow = Math.max(0, ...placed.map((p) => p.box.x + p.box.width + 30 - (result.pool.x + result.pool.width)));
  for (const f of flows) {
    const source = f.get('sourceRef');
    const target = f.get('targetRef');
    const s = source && boxes.get(source);
    const t = target && boxes.get(target);
    if (!s || !t) continue;
    const points = is(source, 'bpmn:BoundaryEvent') ? routeFromBelow(s, t) : result.edges.get(key(f));
    if (points) edges.push({ element: f, points });
  }
  edges.push(...dataEdges(nodes, artifacts, boxes));

  const lanes: PlacedShape[] = leafLanes.map((l) => {
    const box = { ...(result.lanes.get(key(l)) as Box) };
    box.width += overflow;
    return { element: l, box, isHorizontal: true };
  });
  lanes.push(...parentLanes(allLanes, leafLanes, lanes));
  indentNested(allLanes, lanes);
  return {
    frame: { ...result.pool, width: result.pool.width + overflow },
    shapes: [...lanes, ...shapes],
    edges,
    lanes,
    subPlanes,
  };
}

// helpers //////////////////////

function firstLeaf(lane: ModdleElement): ModdleElement {
  const [first] = list(elementOf(lane, 'childLaneSet'), 'lanes');
  return first ? firstLeaf(first) : lane;
}

/** The node a data reference or annotation belongs with: the task reading or writing it, or the annotated node. */
function attachedNode(
  extra: ModdleElement,
  nodes: ModdleElement[],
  artifacts: ModdleElement[],
): ModdleElement | undefined {
  for (const n of nodes) {
    if (list(n, 'dataInputAssociations').some((a) => list(a, 'sourceRef').includes(extra))) return n;
    if (list(n, 'dataOutputAssociations').some((a) => a.get('targetRef') === extra)) return n;
  }
  for (const a of artifacts.filter((x) => is(x, 'bpmn:Association'))) {
    const s = a.get('sourceRef');
    const t = a.get('targetRef');
    const other = s === extra ? t : t === extra ? s : undefined;
    if (other && nodes.includes(other)) return other;
  }
  return undefined;
}

/** Straight vertical edges between a node and the data or annotation in its lane's band. */
function dataEdges(nodes: ModdleElement[], artifacts: ModdleElement[], boxes: Map<ModdleElement, Box>): PlacedEdge[] {
  const edges: PlacedEdge[] = [];
  const link = (element: ModdleElement, from: ModdleElement | undefined, to: ModdleElement | undefined) => {
    const a = from && boxes.get(from);
    const b = to && boxes.get(to);
    if (!a || !b) return;
    const [upper, lower] = a.y <= b.y ? [a, b] : [b, a];
    const x = lower.x + lower.width / 2;
    const ux = upper.x + upper.width / 2;
    const mid = Math.round((lower.y + upper.y + upper.height) / 2);
    // Straight up when the item sits below its node; else one dog-leg halfway.
    const points =
      x > upper.x && x < upper.x + upper.width
        ? [
            { x, y: lower.y },
            { x, y: upper.y + upper.height },
          ]
        : [
            { x, y: lower.y },
            { x, y: mid },
            { x: ux, y: mid },
            { x: ux, y: upper.y + upper.height },
          ];
    edges.push({ element, points: a === upper ? points.reverse() : points });
  };
  for (const n of nodes) {
    for (const a of list(n, 'dataInputAssociations')) link(a, list(a, 'sourceRef')[0], n);
    for (const a of list(n, 'dataOutputAssociations')) link(a, n, elementOf(a, 'targetRef'));
  }
  for (const a of artifacts.filter((x) => is(x, 'bpmn:Association'))) link(a, a.get('sourceRef'), a.get('targetRef'));
  return edges;
}

/** A boundary event's flow leaves downwards, then runs to the target's side. */
function routeFromBelow(s: Box, t: Box): Point[] {
  const x = s.x + s.width / 2;
  const below = s.y + s.height + 20;
  const tx = t.x + t.width / 2;
  return t.y > below
    ? [
        { x, y: s.y + s.height },
        { x, y: below },
        { x: tx, y: below },
        { x: tx, y: t.y },
      ]
    : [
        { x, y: s.y + s.height },
        { x, y: below },
        { x: tx, y: below },
        { x: tx, y: t.y + t.height },
      ];
}

/** Parent lanes span their children's rows. */
function parentLanes(all: ModdleElement[], leaves: ModdleElement[], placed: PlacedShape[]): PlacedShape[] {
  const boxOf = new Map(placed.map((p) => [p.element, p.box]));
  const out: PlacedShape[] = [];
  const span = (lane: ModdleElement): Box | undefined => {
    if (boxOf.has(lane)) return boxOf.get(lane);
    const children = list(elementOf(lane, 'childLaneSet'), 'lanes')
      .map(span)
      .filter((b): b is Box => !!b);
    if (!children.length) return undefined;
    const top = Math.min(...children.map((b) => b.y));
    const bottom = Math.max(...children.map((b) => b.y + b.height));
    const box = { x: children[0]!.x, y: top, width: children[0]!.width, height: bottom - top };
    boxOf.set(lane, box);
    out.push({ element: lane, box, isHorizontal: true });
    return box;
  };
  for (const lane of all) if (!leaves.includes(lane)) span(lane);
  return out;
}

/** Each nesting level moves a lane right by one header width, so every lane's name stays visible. */
function indentNested(all: ModdleElement[], placed: PlacedShape[]): void {
  const depth = new Map<ModdleElement, number>();
  for (const lane of all) {
    const parentLane = lane.$parent?.$parent;
    depth.set(lane, parentLane && is(parentLane, 'bpmn:Lane') ? (depth.get(parentLane) ?? 0) + 1 : 0);
  }
  for (const p of placed) {
    const d = depth.get(p.element) ?? 0;
    p.box.x += d * LANE_INDENT;
    p.box.width -= d * LANE_INDENT;
  }
}
