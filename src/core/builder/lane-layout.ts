/**
 * Grid layout for a single pool with horizontal lanes: each node sits in its lane's row, in the column of
 * its longest-path rank from the start; back edges (loops) are routed below their nodes. Enough for the
 * mostly linear flows of administrative procedures, and every task stays inside its lane.
 */

export interface LayoutNode {
  id: string;
  lane: string;
  width: number;
  height: number;
  /** Gateways branch from their top and bottom corners; other nodes leave from the right side. */
  branches?: boolean;
}
export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
}
export interface LayoutInput {
  lanes: string[];
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  attachments?: Array<{ id: string; to: string; width: number; height: number }>;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}
export interface LayoutResult {
  pool: Box;
  lanes: Map<string, Box>;
  nodes: Map<string, Box>;
  edges: Map<string, Point[]>;
  attachments: Map<string, Box>;
}

const ORIGIN = { x: 160, y: 80 };
const POOL_HEADER = 30;
const LANE_HEADER = 30;
const FIRST_COLUMN = 60;
const COLUMN = 170;
const ROW = 130;
const DATA_BAND = 80;

export function layoutLanes(input: LayoutInput): LayoutResult {
  const { rank, backEdges } = rankNodes(input);
  const columns = Math.max(0, ...[...rank.values()]) + 1;
  const slots = new Map<string, number>();
  const cellCount = new Map<string, number>();
  for (const node of input.nodes) {
    const cell = `${node.lane}|${rank.get(node.id) ?? 0}`;
    const slot = cellCount.get(cell) ?? 0;
    slots.set(node.id, slot);
    cellCount.set(cell, slot + 1);
  }
  const attachedLanes = new Set((input.attachments ?? []).map((a) => input.nodes.find((n) => n.id === a.to)?.lane));
  const poolX = ORIGIN.x;
  const contentX = poolX + POOL_HEADER + LANE_HEADER + FIRST_COLUMN;
  const width = POOL_HEADER + LANE_HEADER + FIRST_COLUMN * 2 + columns * COLUMN;

  const lanes = new Map<string, Box>();
  let y = ORIGIN.y;
  for (const lane of input.lanes) {
    const rows = Math.max(1, ...input.nodes.filter((n) => n.lane === lane).map((n) => (slots.get(n.id) ?? 0) + 1));
    const height = rows * ROW + (attachedLanes.has(lane) ? DATA_BAND : 0);
    lanes.set(lane, { x: poolX + POOL_HEADER, y, width: width - POOL_HEADER, height });
    y += height;
  }
  const pool = { x: poolX, y: ORIGIN.y, width, height: y - ORIGIN.y };

  const nodes = new Map<string, Box>();
  for (const node of input.nodes) {
    const lane = lanes.get(node.lane);
    if (!lane) throw new Error(`node ${node.id} is in unknown lane ${node.lane}`);
    const cx = contentX + (rank.get(node.id) ?? 0) * COLUMN + COLUMN / 2 - FIRST_COLUMN / 2;
    const cy = lane.y + (slots.get(node.id) ?? 0) * ROW + ROW / 2;
    nodes.set(node.id, {
      x: Math.round(cx - node.width / 2),
      y: Math.round(cy - node.height / 2),
      width: node.width,
      height: node.height,
    });
  }

  const attachments = new Map<string, Box>();
  const perTarget = new Map<string, number>();
  for (const a of input.attachments ?? []) {
    const target = nodes.get(a.to);
    const lane = lanes.get(input.nodes.find((n) => n.id === a.to)?.lane ?? '');
    if (!target || !lane) continue;
    const i = perTarget.get(a.to) ?? 0;
    perTarget.set(a.to, i + 1);
    attachments.set(a.id, {
      x: target.x - 10 + i * 45,
      y: lane.y + lane.height - DATA_BAND + 15,
      width: a.width,
      height: a.height,
    });
  }

  const edges = new Map<string, Point[]>();
  for (const edge of input.edges) {
    const s = nodes.get(edge.from);
    const t = nodes.get(edge.to);
    if (!s || !t) continue;
    const branches = input.nodes.find((n) => n.id === edge.from)?.branches ?? false;
    edges.set(
      edge.id,
      backEdges.has(edge.id) || (rank.get(edge.to) ?? 0) <= (rank.get(edge.from) ?? 0)
        ? routeBack(s, t)
        : routeForward(s, t, branches),
    );
  }
  return { pool, lanes, nodes, edges, attachments };
}

// helpers //////////////////////

/** Longest-path rank over the graph without its back edges (found by depth-first search). */
function rankNodes(input: LayoutInput): { rank: Map<string, number>; backEdges: Set<string> } {
  const out = new Map<string, LayoutEdge[]>();
  const indegree = new Map<string, number>(input.nodes.map((n) => [n.id, 0]));
  for (const e of input.edges) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const backEdges = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const e of out.get(id) ?? []) {
      const s = state.get(e.to);
      if (s === 'open') backEdges.add(e.id);
      else if (!s) visit(e.to);
    }
    state.set(id, 'done');
  };
  for (const e of input.edges) indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
  const roots = input.nodes.filter((n) => !indegree.get(n.id));
  for (const n of [...roots, ...input.nodes]) if (!state.has(n.id)) visit(n.id);

  const forward = input.edges.filter((e) => !backEdges.has(e.id));
  const remaining = new Map<string, number>(input.nodes.map((n) => [n.id, 0]));
  for (const e of forward) remaining.set(e.to, (remaining.get(e.to) ?? 0) + 1);
  const rank = new Map<string, number>(input.nodes.map((n) => [n.id, 0]));
  const queue = input.nodes.filter((n) => !remaining.get(n.id)).map((n) => n.id);
  while (queue.length) {
    const id = queue.shift() as string;
    for (const e of forward.filter((f) => f.from === id)) {
      rank.set(e.to, Math.max(rank.get(e.to) ?? 0, (rank.get(id) ?? 0) + 1));
      const left = (remaining.get(e.to) ?? 1) - 1;
      remaining.set(e.to, left);
      if (left === 0) queue.push(e.to);
    }
  }
  return { rank, backEdges };
}

function mid(b: Box): Point {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

function routeForward(s: Box, t: Box, branches: boolean): Point[] {
  const a = mid(s);
  const b = mid(t);
  if (a.y === b.y)
    return [
      { x: s.x + s.width, y: a.y },
      { x: t.x, y: b.y },
    ];
  if (branches) {
    // A gateway's branch leaves from its top or bottom corner, turns once and enters from the left.
    const down = b.y > a.y;
    return [
      { x: a.x, y: down ? s.y + s.height : s.y },
      { x: a.x, y: b.y },
      { x: t.x, y: b.y },
    ];
  }
  // Other hand-offs leave to the right and change lanes just before the target, clear of labels below.
  const turn = t.x - 30;
  return [
    { x: s.x + s.width, y: a.y },
    { x: turn, y: a.y },
    { x: turn, y: b.y },
    { x: t.x, y: b.y },
  ];
}

function routeBack(s: Box, t: Box): Point[] {
  const a = mid(s);
  const b = mid(t);
  const below = Math.max(s.y + s.height, t.y + t.height) + 22;
  return [
    { x: a.x, y: s.y + s.height },
    { x: a.x, y: below },
    { x: b.x, y: below },
    { x: b.x, y: t.y + t.height },
  ];
}
