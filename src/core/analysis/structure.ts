/**
 * From a flow graph to blocks: back edges (loops) by depth-first search, post-dominators on the cyclic
 * graph (where branches meet again), then a walk that turns every split into a block ending at its
 * post-dominator and every loop header into a `loop` block. Works on any graph; for flows that do not
 * nest as blocks the result is an approximation and a note says so.
 */
import { EMPTY_BLOCK, seq, type Block } from './blocks.ts';
import type { GraphEdge, GraphNode, GraphScope } from './graph.ts';
import type { WarningList } from './warnings.ts';

export interface ScopeOrder {
  /** Normal entry points: start events, else nodes without incoming flows. */
  starts: GraphNode[];
  /** Position in a topological order of the forward (non-back) edges. */
  topo: Map<GraphNode, number>;
  /** Targets of back edges. */
  headers: Set<GraphNode>;
}

/** Entry points of a scope: its start events, else the nodes no flow leads to (off-path nodes excluded). */
export function startNodes(scope: GraphScope): GraphNode[] {
  const onPath = scope.nodes.filter(n => !n.offPath);
  const starts = onPath.filter(n => n.kind === 'start' && n.in.length === 0);
  return starts.length ? starts : onPath.filter(n => n.in.length === 0);
}

/** Mark the edges that close loops (DFS from the starts) and give a topological order of the rest. */
export function markBackEdges(scope: GraphScope): ScopeOrder {
  const starts = startNodes(scope);
  const state = new Map<GraphNode, 1 | 2>();
  const post: GraphNode[] = [];
  const headers = new Set<GraphNode>();
  const roots = [...starts, ...scope.nodes.filter(n => n.in.length === 0), ...scope.nodes];
  for (const root of roots) {
    if (state.has(root)) continue;
    const stack: Array<{ node: GraphNode; next: number }> = [{ node: root, next: 0 }];
    state.set(root, 1);
    while (stack.length) {
      const top = stack[stack.length - 1] as { node: GraphNode; next: number };
      const edge = top.node.out[top.next++];
      if (!edge) {
        state.set(top.node, 2);
        post.push(top.node);
        stack.pop();
        continue;
      }
      const s = state.get(edge.target);
      if (s === 1) {
        edge.back = true;
        headers.add(edge.target);
      } else if (s === undefined) {
        state.set(edge.target, 1);
        stack.push({ node: edge.target, next: 0 });
      }
    }
  }
  const topo = new Map<GraphNode, number>();
  for (let i = post.length - 1, pos = 0; i >= 0; i--, pos++) topo.set(post[i] as GraphNode, pos);
  return { starts, topo, headers };
}

/**
 * Immediate post-dominators on the cyclic graph with a virtual sink after every node without outgoing
 * flows (Cooper, Harvey & Kennedy's iterative algorithm on the reverse graph). `null` = the sink.
 */
export function postDominators(scope: GraphScope): Map<GraphNode, GraphNode | null> {
  const nodes = scope.nodes;
  const n = nodes.length;
  const SINK = n;
  const local = new Map<GraphNode, number>();
  nodes.forEach((node, i) => local.set(node, i));
  const exits: number[] = [];
  nodes.forEach((node, i) => { if (node.out.length === 0) exits.push(i); });
  // reverse-graph successors of x: original predecessors (sink -> exits)
  const rsucc = (x: number): number[] => x === SINK ? exits : (nodes[x] as GraphNode).in.map(e => local.get(e.source) as number);
  // reverse-graph predecessors of x: original successors (+ sink for exits)
  const rpred = (x: number): number[] => {
    const node = nodes[x] as GraphNode;
    const out = node.out.map(e => local.get(e.target) as number);
    if (node.out.length === 0) out.push(SINK);
    return out;
  };
  const order = new Int32Array(n + 1).fill(-1);
  const postorder: number[] = [];
  const seen = new Uint8Array(n + 1);
  const stack: Array<{ x: number; next: number; succ: number[] }> = [{ x: SINK, next: 0, succ: rsucc(SINK) }];
  seen[SINK] = 1;
  while (stack.length) {
    const top = stack[stack.length - 1] as { x: number; next: number; succ: number[] };
    const y = top.succ[top.next++];
    if (y === undefined) { order[top.x] = postorder.length; postorder.push(top.x); stack.pop(); continue; }
    if (!seen[y]) { seen[y] = 1; stack.push({ x: y, next: 0, succ: rsucc(y) }); }
  }
  const idom = new Int32Array(n + 1).fill(-1);
  idom[SINK] = SINK;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while ((order[a] as number) < (order[b] as number)) a = idom[a] as number;
      while ((order[b] as number) < (order[a] as number)) b = idom[b] as number;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let i = postorder.length - 2; i >= 0; i--) {
      const b = postorder[i] as number;
      let next = -1;
      for (const p of rpred(b)) {
        if (idom[p] === -1) continue;
        next = next === -1 ? p : intersect(p, next);
      }
      if (next !== -1 && idom[b] !== next) { idom[b] = next; changed = true; }
    }
  }
  const result = new Map<GraphNode, GraphNode | null>();
  nodes.forEach((node, i) => {
    const d = idom[i] as number;
    result.set(node, d === -1 || d === SINK ? null : nodes[d] as GraphNode);
  });
  return result;
}

export interface SplitShares { kind: 'xor' | 'and' | 'or'; shares: number[] }

/** How a node with several outgoing flows splits, with the share of each flow resolved (warnings on gaps). */
export function splitOf(node: GraphNode, warnings: WarningList): SplitShares {
  const outs = node.out;
  switch (node.kind) {
    case 'parallel':
      return { kind: 'and', shares: outs.map(() => 1) };
    case 'exclusive':
    case 'eventBased':
      return { kind: 'xor', shares: exclusiveShares(node, outs, warnings) };
    case 'inclusive':
    case 'complex':
      return { kind: 'or', shares: inclusiveShares(node, outs, warnings) };
    default:
      // a fork without gateway: conditional flows behave like an inclusive gateway, plain ones like a parallel one
      if (outs.some(e => e.conditional || e.share !== undefined)) {
        return { kind: 'or', shares: outs.map(e => e.share ?? (e.conditional || e.isDefault ? 1 / outs.length : 1)) };
      }
      return { kind: 'and', shares: outs.map(() => 1) };
  }
}

export interface CompiledScope {
  block: Block;
  order: ScopeOrder;
}

export interface CompileHooks {
  /** The block standing for a node's own work (a step, a sub-process's content), or EMPTY_BLOCK. */
  nodeBlock(node: GraphNode): Block;
  warnings: WarningList;
}

/** Turn a scope's flow graph into one block from its start(s) to its end(s). */
export function compileScope(scope: GraphScope, hooks: CompileHooks): CompiledScope {
  const order = markBackEdges(scope);
  const ipdom = postDominators(scope);
  const memo = new Map<string, Block>();
  const busy = new Set<string>();
  const topo = (node: GraphNode): number => order.topo.get(node) ?? 0;
  const back = (edge: GraphEdge): Block => ({ k: 'back', header: edge.target.index });

  const walk = (start: GraphNode, stop: GraphNode | null, passOf: number): Block => {
    const key = `${start.index}|${stop ? stop.index : -1}|${passOf}`;
    const known = memo.get(key);
    if (known) return known;
    if (busy.has(key)) {
      hooks.warnings.add('unstructuredFlow', 'info', start);
      return EMPTY_BLOCK;
    }
    busy.add(key);
    const items: Block[] = [];
    let cur = start;
    while (cur !== stop) {
      if (order.headers.has(cur) && !(cur === start && passOf === cur.index)) {
        items.push({ k: 'loop', header: cur.index, body: walk(cur, stop, cur.index) });
        break;
      }
      items.push(hooks.nodeBlock(cur));
      const outs = cur.out;
      if (outs.length === 0) break;
      if (outs.length === 1) {
        const edge = outs[0] as GraphEdge;
        if (edge.back) { items.push(back(edge)); break; }
        cur = edge.target;
        continue;
      }
      const join = ipdom.get(cur) ?? null;
      const branches = outs.map(e => e.back ? back(e) : walk(e.target, join, -1));
      const split = splitOf(cur, hooks.warnings);
      if (split.kind === 'xor') items.push({ k: 'xor', node: cur.index, branches, shares: split.shares });
      else if (split.kind === 'and') items.push({ k: 'and', node: cur.index, branches });
      else items.push({ k: 'or', node: cur.index, branches, shares: split.shares, fallback: fallbackOf(outs, split.shares) });
      if (!join || topo(join) <= topo(cur)) break;
      cur = join;
    }
    const block = seq(items);
    busy.delete(key);
    memo.set(key, block);
    return block;
  };

  const starts = order.starts;
  let block: Block;
  if (starts.length === 0) block = EMPTY_BLOCK;
  else if (starts.length === 1) block = walk(starts[0] as GraphNode, null, -1);
  else block = { k: 'xor', node: (starts[0] as GraphNode).index, branches: starts.map(s => walk(s, null, -1)), shares: starts.map(() => 1 / starts.length) };
  return { block, order };
}

// helpers //////////////////////

function exclusiveShares(node: GraphNode, outs: GraphEdge[], warnings: WarningList): number[] {
  const given = outs.filter(e => e.share !== undefined);
  const sumGiven = given.reduce((s, e) => s + (e.share as number), 0);
  if (given.length < outs.length) {
    warnings.add('decisionWithoutShares', 'warning', node, { missing: outs.length - given.length, total: outs.length });
    const rest = Math.max(0, 1 - sumGiven) / (outs.length - given.length);
    const shares = outs.map(e => e.share ?? rest);
    return normalise(shares);
  }
  if (Math.abs(sumGiven - 1) > 1e-6) {
    warnings.add('sharesDoNotSumToOne', 'warning', node, { sum: round(sumGiven, 4) });
  }
  return normalise(outs.map(e => e.share as number));
}

function inclusiveShares(node: GraphNode, outs: GraphEdge[], warnings: WarningList): number[] {
  const missing = outs.filter(e => e.share === undefined).length;
  if (missing) warnings.add('decisionWithoutShares', 'warning', node, { missing, total: outs.length });
  return outs.map(e => Math.min(1, Math.max(0, e.share ?? 1 / outs.length)));
}

function normalise(shares: number[]): number[] {
  const clean = shares.map(s => Math.max(0, s));
  const sum = clean.reduce((a, b) => a + b, 0);
  return sum > 0 ? clean.map(s => s / sum) : clean.map(() => 1 / clean.length);
}

/** The branch taken when an inclusive split activates none: its default flow, else the likeliest. */
function fallbackOf(outs: GraphEdge[], shares: number[]): number {
  const def = outs.findIndex(e => e.isDefault);
  if (def >= 0) return def;
  let best = 0;
  shares.forEach((s, i) => { if (s > (shares[best] as number)) best = i; });
  return best;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
