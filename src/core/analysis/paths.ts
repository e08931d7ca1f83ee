/**
 * Every path through a process (forward flows only; a loop shows as a path ending in "goes back"), with its
 * working time from the stated step times and its probability from the decision shares.
 */
import type { GraphEdge, GraphNode, GraphScope } from '../model/graph.ts';
import { splitOf, startNodes } from './structure.ts';
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
  const walker = new PathWalker(hoursOf, isStep, warnings, max);
  for (const start of startNodes(scope)) walker.walk(start);
  walker.paths.sort((a, b) => b.workingHours - a.workingHours);
  return { paths: walker.paths, truncated: walker.truncated };
}

// helpers //////////////////////

/**
 * The walk's stack of frames as parallel arrays beside the trail of nodes (hours so far, probability, next flow
 * to follow): a path through a long chain stacks one frame per node, and numbers in arrays are no objects to collect.
 */
interface PathStack {
  totals: number[];
  probabilities: number[];
  next: number[];
}

class PathWalker {
  readonly paths: PathTime[] = [];
  truncated = false;
  private readonly trail: GraphNode[] = [];
  private readonly shares = new Map<GraphNode, number[]>();

  constructor(
    private readonly hoursOf: (node: GraphNode) => number,
    private readonly isStep: (node: GraphNode) => boolean,
    private readonly warnings: WarningList,
    private readonly max: number,
  ) {}

  /**
   * Every path from `start`, depth first (forward flows in order, after the back flows of the node), with an
   * explicit stack of frames instead of recursion: a path may be longer than the call stack is deep.
   */
  walk(start: GraphNode): void {
    const stack: PathStack = { totals: [], probabilities: [], next: [] };
    // the trail is empty between walks, and a frame stands at every node of it
    const trail = this.trail;
    this.enter(stack, start, 0, 1);
    while (trail.length) {
      const top = trail.length - 1;
      const node = trail[top] as GraphNode;
      const outs = node.out;
      let i = stack.next[top] as number;
      while (i < outs.length && (outs[i] as GraphEdge).back) i++;
      if (i >= outs.length) {
        stack.totals.pop();
        stack.probabilities.pop();
        stack.next.pop();
        this.trail.pop();
        continue;
      }
      stack.next[top] = i + 1;
      const probability = (stack.probabilities[top] as number) * this.shareOf(node, i);
      this.enter(stack, (outs[i] as GraphEdge).target, stack.totals[top] as number, probability);
    }
  }

  /** Arrive at `node`: record the paths that end or go back there, and stack it to follow its forward flows. */
  private enter(stack: PathStack, node: GraphNode, hours: number, probability: number): void {
    if (this.paths.length >= this.max) {
      this.truncated = true;
      return;
    }
    this.trail.push(node);
    const total = hours + this.hoursOf(node);
    const outs = node.out;
    if (outs.length === 0) this.record(total, 'end', probability);
    for (let i = 0; i < outs.length; i++) {
      const edge = outs[i] as GraphEdge;
      if (edge.back) this.record(total, 'back', probability * this.shareOf(node, i), edge.target);
    }
    stack.totals.push(total);
    stack.probabilities.push(probability);
    stack.next.push(0);
  }

  private record(hours: number, ends: 'end' | 'back', probability: number, backTo?: GraphNode): void {
    if (this.paths.length >= this.max) {
      this.truncated = true;
      return;
    }
    const nodeIds: string[] = new Array(this.trail.length);
    const stepIds: string[] = [];
    for (let i = 0; i < this.trail.length; i++) {
      const n = this.trail[i] as GraphNode;
      nodeIds[i] = n.id;
      if (this.isStep(n)) stepIds.push(n.id);
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
