/**
 * Every path through a process (forward flows only; a loop shows as a path ending in "goes back"), with its
 * working time from the stated step times and its probability from the decision shares.
 */
import type { GraphEdge, GraphNode, GraphScope } from './graph.ts';
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

export interface PathList { paths: PathTime[]; truncated: boolean }

/**
 * Enumerate up to `max` paths of `scope` depth-first. `hoursOf` gives a node's own hours (a sub-process its
 * content's longest time); `isStep` says which nodes are steps.
 */
export function enumeratePaths(
  scope: GraphScope, hoursOf: (node: GraphNode) => number, isStep: (node: GraphNode) => boolean,
  warnings: WarningList, max = 50
): PathList {
  const paths: PathTime[] = [];
  let truncated = false;
  const shareCache = new Map<GraphNode, number[]>();
  const shareOf = (edge: GraphEdge): number => {
    const node = edge.source;
    if (node.out.length < 2) return 1;
    let shares = shareCache.get(node);
    if (!shares) { shares = splitOf(node, warnings).shares; shareCache.set(node, shares); }
    return shares[node.out.indexOf(edge)] ?? 0;
  };

  const trail: GraphNode[] = [];
  const visit = (node: GraphNode, hours: number, probability: number): void => {
    if (paths.length >= max) { truncated = true; return; }
    trail.push(node);
    const total = hours + hoursOf(node);
    const forward = node.out.filter(e => !e.back);
    const backs = node.out.filter(e => e.back);
    const record = (ends: 'end' | 'back', p: number, backTo?: GraphNode): void => {
      if (paths.length >= max) { truncated = true; return; }
      const path: PathTime = {
        nodeIds: trail.map(n => n.id), stepIds: trail.filter(isStep).map(n => n.id),
        workingHours: total, workingDays: total / HOURS_PER_WORKING_DAY, probability: p, ends
      };
      if (backTo) path.backTo = backTo.id;
      paths.push(path);
    };
    if (node.out.length === 0) record('end', probability);
    for (const edge of backs) record('back', probability * shareOf(edge), edge.target);
    for (const edge of forward) visit(edge.target, total, probability * shareOf(edge));
    trail.pop();
  };
  for (const start of startNodes(scope)) visit(start, 0, 1);
  paths.sort((a, b) => b.workingHours - a.workingHours);
  return { paths, truncated };
}
