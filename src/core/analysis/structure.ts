/**
 * From a flow graph to blocks: back edges (loops) by depth-first search, post-dominators on the cyclic
 * graph (where branches meet again), then a walk that turns every split into a block ending at its
 * post-dominator and every loop header into a `loop` block. Works on any graph; for flows that do not
 * nest as blocks the result is an approximation and a note says so.
 */
import { addToSeq, EMPTY_BLOCK, seqOf, type Block } from './blocks.ts';
import { runDeep } from './deep.ts';
import type { GraphEdge, GraphNode, GraphScope } from '../model/graph.ts';
import type { WarningList } from './warnings.ts';

export interface ScopeOrder {
  /** Normal entry points: start events, else nodes without incoming flows. */
  starts: GraphNode[];
  /** Position of every node (by `local`) in a topological order of the forward (non-back) edges. */
  topo: Int32Array;
  /** Targets of back edges. */
  headers: Set<GraphNode>;
}

/** Mark the edges that close loops (DFS from the starts) and give a topological order of the rest. */
export function markBackEdges(scope: GraphScope): ScopeOrder {
  const starts = scope.starts;
  const nodes = scope.nodes;
  const n = nodes.length;
  const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done
  const next = new Int32Array(n);
  // the depth-first stack and the postorder as node positions in typed arrays (every node enters each once):
  // a chain is as deep as it is long, and lists of that length are costly to grow
  const post = new Int32Array(n);
  let count = 0;
  const stack = new Int32Array(n);
  const headers = new Set<GraphNode>();
  const visitFrom = (root: GraphNode): void => {
    if (state[root.local]) return;
    state[root.local] = 1;
    let top = 0;
    stack[0] = root.local;
    while (top >= 0) {
      const x = stack[top] as number;
      const edge = (nodes[x] as GraphNode).out[next[x]!++];
      if (!edge) {
        state[x] = 2;
        post[count++] = x;
        top--;
        continue;
      }
      const t = edge.target.local;
      const s = state[t];
      if (s === 1) {
        edge.back = true;
        headers.add(edge.target);
      } else if (s === 0) {
        state[t] = 1;
        stack[++top] = t;
      }
    }
  };
  starts.forEach(visitFrom);
  for (const node of nodes) if (node.in.length === 0) visitFrom(node);
  nodes.forEach(visitFrom);
  const topo = new Int32Array(n);
  for (let i = count - 1, pos = 0; i >= 0; i--, pos++) topo[post[i] as number] = pos;
  return { starts, topo, headers };
}

/**
 * Immediate post-dominators (by `local` index) on the cyclic graph with a virtual sink after every node
 * without outgoing flows (Cooper, Harvey & Kennedy's iterative algorithm on the reverse graph). `null` = the sink.
 */
export function postDominators(scope: GraphScope): Array<GraphNode | null> {
  const nodes = scope.nodes;
  const n = nodes.length;
  const SINK = n;
  // reverse graph: successors of x are its original predecessors (the sink's are the exits);
  // predecessors of x are its original successors (the sink for an exit)
  const exits: number[] = [];
  for (let i = 0; i < n; i++) if ((nodes[i] as GraphNode).out.length === 0) exits.push(i);
  // depth first from the sink over the reverse graph, with typed arrays for the stack (every node is on it at
  // most once) and the postorder: a chain is as deep as it is long
  const order = new Int32Array(n + 1).fill(-1);
  const postorder = new Int32Array(n + 1);
  let count = 0;
  const seen = new Uint8Array(n + 1);
  const stackX = new Int32Array(n + 1);
  const stackNext = new Int32Array(n + 1);
  let top = 0;
  stackX[0] = SINK;
  seen[SINK] = 1;
  while (top >= 0) {
    const x = stackX[top] as number;
    const i = stackNext[top] as number;
    let y = -1;
    if (x === SINK) {
      if (i < exits.length) y = exits[i] as number;
    } else {
      const ins = (nodes[x] as GraphNode).in;
      if (i < ins.length) y = (ins[i] as GraphEdge).source.local;
    }
    if (y === -1) {
      order[x] = count;
      postorder[count++] = x;
      top--;
      continue;
    }
    stackNext[top] = i + 1;
    if (!seen[y]) {
      seen[y] = 1;
      top++;
      stackX[top] = y;
      stackNext[top] = 0;
    }
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
    for (let k = count - 2; k >= 0; k--) {
      const b = postorder[k] as number;
      const outs = (nodes[b] as GraphNode).out;
      let next = -1;
      if (outs.length === 0) next = SINK;
      for (let j = 0; j < outs.length; j++) {
        const p = (outs[j] as GraphEdge).target.local;
        if (idom[p] === -1) continue;
        next = next === -1 ? p : intersect(p, next);
      }
      if (next !== -1 && idom[b] !== next) {
        idom[b] = next;
        changed = true;
      }
    }
  }
  const result: Array<GraphNode | null> = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = idom[i] as number;
    result[i] = d === -1 || d === SINK ? null : (nodes[d] as GraphNode);
  }
  return result;
}

export interface SplitShares {
  kind: 'xor' | 'and' | 'or';
  shares: number[];
}

/** How a node with several outgoing flows splits, with the share of each flow resolved (warnings on gaps). */
export function splitOf(node: GraphNode, warnings: WarningList, lengthOf?: (i: number) => number): SplitShares {
  const outs = node.out;
  switch (node.kind) {
    case 'parallel':
      return { kind: 'and', shares: outs.map(() => 1) };
    case 'exclusive':
    case 'eventBased':
      return { kind: 'xor', shares: exclusiveShares(node, outs, warnings, lengthOf) };
    case 'inclusive':
    case 'complex':
      return { kind: 'or', shares: inclusiveShares(node, outs, warnings) };
    default:
      // a fork without gateway: conditional flows behave like an inclusive gateway, plain ones like a parallel one
      if (outs.some((e) => e.conditional || e.share !== undefined)) {
        return { kind: 'or', shares: outs.map((e) => e.share ?? (e.conditional || e.isDefault ? 1 / outs.length : 1)) };
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
  /** Working hours of a branch without repeats (picks the main line where shares are missing). */
  nominalHours?(block: Block): number;
}

/** Turn a scope's flow graph into one block from its start(s) to its end(s). */
export function compileScope(scope: GraphScope, hooks: CompileHooks): CompiledScope {
  const order = markBackEdges(scope);
  const ipdom = postDominators(scope);
  const memo = new Map<number, Block>();
  const busy = new Set<number>();
  const stride = (scope.nodes.reduce((m, nd) => Math.max(m, nd.index), 0) + 2) * 2;
  const topo = (node: GraphNode): number => order.topo[node.local] ?? 0;
  const back = (edge: GraphEdge): Block => ({ k: 'back', header: edge.target.index });

  // the walk from a node to where it stops; a generator run by `runDeep`: `yield [start, stop, passOf]` walks a
  // branch or loop body, so decisions nested deeper than the call stack still compile
  type WalkArgs = [GraphNode, GraphNode | null, number];
  function* walkSteps([start, stop, passOf]: WalkArgs): Generator<WalkArgs, Block, Block> {
    const key = start.index * stride + (stop ? stop.index + 1 : 0) * 2 + (passOf >= 0 ? 1 : 0);
    const known = memo.get(key);
    if (known) return known;
    if (busy.has(key)) {
      hooks.warnings.add('unstructuredFlow', start);
      return EMPTY_BLOCK;
    }
    busy.add(key);
    const items: Block[] = [];
    let cur = start;
    while (cur !== stop) {
      if (order.headers.has(cur) && !(cur === start && passOf === cur.index)) {
        addToSeq(items, { k: 'loop', header: cur.index, body: yield [cur, stop, cur.index] });
        break;
      }
      addToSeq(items, hooks.nodeBlock(cur));
      const outs = cur.out;
      if (outs.length === 0) break;
      if (outs.length === 1) {
        const edge = outs[0] as GraphEdge;
        if (edge.back) {
          addToSeq(items, back(edge));
          break;
        }
        cur = edge.target;
        continue;
      }
      const join = ipdom[cur.local] ?? null;
      const branches: Block[] = [];
      for (const e of outs) branches.push(e.back ? back(e) : yield [e.target, join, -1]);
      const split = splitOf(
        cur,
        hooks.warnings,
        hooks.nominalHours && ((i) => hooks.nominalHours!(branches[i] as Block)),
      );
      cur.shares = split.shares;
      if (split.kind === 'xor') addToSeq(items, { k: 'xor', node: cur.index, branches, shares: split.shares });
      else if (split.kind === 'and') addToSeq(items, { k: 'and', node: cur.index, branches });
      else
        addToSeq(items, {
          k: 'or',
          node: cur.index,
          branches,
          shares: split.shares,
          fallback: fallbackOf(outs, split.shares),
        });
      if (!join || topo(join) <= topo(cur)) break;
      cur = join;
    }
    const block = seqOf(items);
    busy.delete(key);
    memo.set(key, block);
    return block;
  }
  const walk = (start: GraphNode, stop: GraphNode | null, passOf: number): Block =>
    runDeep(walkSteps, [start, stop, passOf]);

  const starts = order.starts;
  let block: Block;
  if (starts.length === 0) block = EMPTY_BLOCK;
  else if (starts.length === 1) block = walk(starts[0] as GraphNode, null, -1);
  else
    block = {
      k: 'xor',
      node: (starts[0] as GraphNode).index,
      branches: starts.map((s) => walk(s, null, -1)),
      shares: starts.map(() => 1 / starts.length),
    };
  return { block, order };
}

// helpers //////////////////////

function exclusiveShares(
  node: GraphNode,
  outs: GraphEdge[],
  warnings: WarningList,
  lengthOf?: (i: number) => number,
): number[] {
  const given = outs.filter((e) => e.share !== undefined);
  const sumGiven = given.reduce((s, e) => s + (e.share as number), 0);
  if (sumGiven > 1 + 1e-6) {
    // shares that cannot be true are not used: every dossier is taken to follow the main line
    warnings.add('sharesAboveOne', node, { sum: round(sumGiven, 4) });
    const main = mainLine(
      outs,
      outs.map((_, i) => i),
      lengthOf,
    );
    return outs.map((_, i) => (i === main ? 1 : 0));
  }
  if (given.length < outs.length) {
    // Never an equal split: the dossiers no share accounts for take the main line (the longest branch without
    // repeats, the one a published table adds up), so exception branches (refusal, send-back) are never assumed.
    const missing = outs.map((e, i) => (e.share === undefined ? i : -1)).filter((i) => i >= 0);
    const main = mainLine(outs, missing, lengthOf);
    const mainEdge = outs[main] as GraphEdge;
    warnings.add('decisionWithoutShares', node, {
      missing: missing.length,
      total: outs.length,
      main: mainEdge.bo?.name?.trim?.() || mainEdge.target.name || mainEdge.target.id,
    });
    const shares = outs.map((e, i) => e.share ?? (i === main ? Math.max(0, 1 - sumGiven) : 0));
    return normalise(shares);
  }
  if (Math.abs(sumGiven - 1) > 1e-6) {
    warnings.add('sharesDoNotSumToOne', node, { sum: round(sumGiven, 4) });
  }
  return normalise(outs.map((e) => e.share as number));
}

/** Among `candidates`, the branch of the main line: the default flow, else the longest forward branch, else the first. */
function mainLine(outs: GraphEdge[], candidates: number[], lengthOf?: (i: number) => number): number {
  const forward = candidates.filter((i) => !(outs[i] as GraphEdge).back);
  const pool = forward.length ? forward : candidates;
  const def = pool.find((i) => (outs[i] as GraphEdge).isDefault);
  if (def !== undefined) return def;
  if (!lengthOf) return pool[0] ?? 0;
  let best = pool[0] ?? 0;
  for (const i of pool) if (lengthOf(i) > lengthOf(best) + 1e-9) best = i;
  return best;
}

function inclusiveShares(node: GraphNode, outs: GraphEdge[], warnings: WarningList): number[] {
  const missing = outs.filter((e) => e.share === undefined).length;
  if (missing) warnings.add('decisionWithoutShares', node, { missing, total: outs.length });
  return outs.map((e) => Math.min(1, Math.max(0, e.share ?? 1 / outs.length)));
}

function normalise(shares: number[]): number[] {
  const clean = shares.map((s) => Math.max(0, s));
  const sum = clean.reduce((a, b) => a + b, 0);
  return sum > 0 ? clean.map((s) => s / sum) : clean.map(() => 1 / clean.length);
}

/** The branch taken when an inclusive split activates none: its default flow, else the likeliest. */
function fallbackOf(outs: GraphEdge[], shares: number[]): number {
  const def = outs.findIndex((e) => e.isDefault);
  if (def >= 0) return def;
  let best = 0;
  shares.forEach((s, i) => {
    if (s > (shares[best] as number)) best = i;
  });
  return best;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
