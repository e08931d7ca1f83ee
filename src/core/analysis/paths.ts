/**
 * Every path through a process (forward flows only; a loop shows as a path ending in "goes back"), with its
 * working time from the stated step times and its probability from the decision shares.
 */
import type { GraphEdge, GraphNode, GraphScope } from '../model/graph.ts';
import { splitOf } from './structure.ts';
import type { WarningList } from './warnings.ts';
import { HOURS_PER_WORKING_DAY } from '../model/time.ts';

export interface PathTime {
  /** Every node on the path, in order (events and gateways included). */
  nodeIds: string[];
  /** The steps on the path (sub-processes count through their content). */
  stepIds: string[];
  workingHours: number;
  workingDays: number;
  /** Product of the decision shares along the path (1 through parallel forks). */
  probability: number;
  /** `end` when the path reaches an end, `back` when it returns to an earlier step (send-back, supplement). */
  ends: 'end' | 'back';
  /** The step the path returns to, for `back`. */
  backTo?: string;
}

export interface PathList {
  paths: PathTime[];
  truncated: boolean;
}

/**
 * Enumerate up to `max` paths of `scope` depth-first. `hoursOf` gives a node's own hours (a sub-process its
 * content's longest time); `isStep` says which nodes are steps.
 */
export function enumeratePaths(
  scope: GraphScope,
  hoursOf: (node: GraphNode) => number,
  isStep: (node: GraphNode) => boolean,
  warnings: WarningList,
  max = 20,
): PathList {
  const walker = new PathWalker(scope.nodes, hoursOf, isStep, warnings, max);
  for (const start of scope.starts) walker.walk(start);
  walker.paths.sort((a, b) => b.workingHours - a.workingHours);
  return { paths: walker.paths, truncated: walker.truncated };
}

// helpers //////////////////////

/**
 * Walks the forward flows of one scope. The trail of nodes and a frame at each of them (hours so far,
 * probability, next flow to follow) sit in typed arrays by depth: forward flows never revisit a node on the
 * trail, so it is at most as deep as the scope has nodes, and a path through a long chain stacks one frame per
 * node (numbers in typed arrays are no objects to collect, and lists of that length are costly to grow).
 */
class PathWalker {
  readonly paths: PathTime[] = [];
  truncated = false;
  /** Number of nodes on the trail. */
  private depth = 0;
  private readonly trail: Int32Array;
  private readonly totals: Float64Array;
  private readonly probabilities: Float64Array;
  private readonly next: Int32Array;
  private readonly shares = new Map<GraphNode, number[]>();

  constructor(
    private readonly nodes: GraphNode[],
    private readonly hoursOf: (node: GraphNode) => number,
    private readonly isStep: (node: GraphNode) => boolean,
    private readonly warnings: WarningList,
    private readonly max: number,
  ) {
    this.trail = new Int32Array(nodes.length);
    this.totals = new Float64Array(nodes.length);
    this.probabilities = new Float64Array(nodes.length);
    this.next = new Int32Array(nodes.length);
  }

  /**
   * Every path from `start`, depth first (forward flows in order, after the back flows of the node), with an
   * explicit stack of frames instead of recursion: a path may be longer than the call stack is deep.
   */
  walk(start: GraphNode): void {
    // the trail is empty between walks
    this.enter(start, 0, 1);
    while (this.depth) {
      const top = this.depth - 1;
      const node = this.nodes[this.trail[top] as number] as GraphNode;
      const outs = node.out;
      let i = this.next[top] as number;
      while (i < outs.length && (outs[i] as GraphEdge).back) i++;
      if (i >= outs.length) {
        this.depth--;
        continue;
      }
      this.next[top] = i + 1;
      const probability = (this.probabilities[top] as number) * this.shareOf(node, i);
      this.enter((outs[i] as GraphEdge).target, this.totals[top] as number, probability);
    }
  }

  /** Arrive at `node`: record the paths that end or go back there, and stack it to follow its forward flows. */
  private enter(node: GraphNode, hours: number, probability: number): void {
    if (this.paths.length >= this.max) {
      this.truncated = true;
      return;
    }
    // forward flows never lead back onto the trail once `markBackEdges` has marked the loops: only an unmarked
    // cycle could go deeper than the scope has nodes, and it is not followed
    if (this.depth >= this.trail.length) return;
    const at = this.depth++;
    this.trail[at] = node.local;
    const total = hours + this.hoursOf(node);
    const outs = node.out;
    if (outs.length === 0) this.record(total, 'end', probability);
    for (let i = 0; i < outs.length; i++) {
      const edge = outs[i] as GraphEdge;
      if (edge.back) this.record(total, 'back', probability * this.shareOf(node, i), edge.target);
    }
    this.totals[at] = total;
    this.probabilities[at] = probability;
    this.next[at] = 0;
  }

  private record(hours: number, ends: 'end' | 'back', probability: number, backTo?: GraphNode): void {
    if (this.paths.length >= this.max) {
      this.truncated = true;
      return;
    }
    // both lists made at their length (counted first) rather than grown
    const nodeIds: string[] = new Array(this.depth);
    let steps = 0;
    for (let i = 0; i < this.depth; i++) {
      const n = this.nodes[this.trail[i] as number] as GraphNode;
      nodeIds[i] = n.id;
      if (this.isStep(n)) steps++;
    }
    const stepIds: string[] = new Array(steps);
    for (let i = 0, k = 0; k < steps; i++) {
      const n = this.nodes[this.trail[i] as number] as GraphNode;
      if (this.isStep(n)) stepIds[k++] = n.id;
    }
    const path: PathTime = {
      nodeIds,
      stepIds,
      workingHours: hours,
      workingDays: hours / HOURS_PER_WORKING_DAY,
      probability,
      ends,
    };
    if (backTo) path.backTo = backTo.id;
    this.paths.push(path);
  }

  private shareOf(node: GraphNode, i: number): number {
    if (node.out.length < 2) return 1;
    let shares = node.shares ?? this.shares.get(node);
    if (!shares) {
      shares = splitOf(node, this.warnings).shares;
      this.shares.set(node, shares);
    }
    return shares[i] ?? 0;
  }
}
