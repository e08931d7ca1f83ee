/**
 * A dossier's route, drawn when it arrives: which steps it runs, in which order or in parallel, and how long
 * each takes. Decisions and step times do not depend on waiting, so they are drawn up front, in exactly the
 * order today's contention-free simulation draws them (simulate.ts `Runner`): with no one waiting, a route's
 * length is that simulation's time for the same dossier.
 */
import type { Block } from '../blocks.ts';
import { drawDuration } from './distributions.ts';

/**
 * One planned step (`node`, drawn `hours`) — or, with `branches`, a parallel split whose branches all must
 * finish. One shape for both keeps the simulation's hot loop monomorphic.
 */
export interface PlanItem { node: number; hours: number; branches: PlanItem[][] | null }

export interface PlanTables {
  minHours: ArrayLike<number>;
  likelyHours: ArrayLike<number>;
  maxHours: ArrayLike<number>;
  applicantHours: ArrayLike<number>;
  distribution: ArrayLike<number>;
}

/** Draws routes; one instance per simulation, reading one generator. */
export class Planner {
  /** The applicant's own hours of the route last drawn. */
  applicant = 0;
  /** Routes in which a loop hit the pass limit. */
  cappedRuns = 0;
  private back = -1;

  constructor(
    private readonly t: PlanTables,
    private readonly random: () => number,
    private readonly maxPasses: number
  ) {}

  /** The route through `root` and its length without waiting, in hours. */
  draw(root: Block, into: PlanItem[]): number {
    this.applicant = 0;
    this.back = -1;
    return this.run(root, into);
  }

  private run(block: Block, into: PlanItem[]): number {
    switch (block.k) {
      case 'step': {
        const i = block.node;
        this.applicant += this.t.applicantHours[i] ?? 0;
        const h = drawDuration(this.t.distribution[i] ?? 0, this.random, this.t.minHours[i] ?? 0, this.t.likelyHours[i] ?? 0, this.t.maxHours[i] ?? 0);
        into.push({ node: i, hours: h, branches: null });
        return h;
      }
      case 'seq': {
        let t = 0;
        for (const item of block.items) {
          t += this.run(item, into);
          if (this.back >= 0) return t;
        }
        return t;
      }
      case 'xor': {
        const u = this.random();
        const shares = block.shares;
        let acc = 0;
        let pick = shares.length - 1;
        for (let i = 0; i < shares.length; i++) {
          acc += shares[i] as number;
          if (u < acc) { pick = i; break; }
        }
        return this.run(block.branches[pick] as Block, into);
      }
      case 'and':
        return this.split(block.branches.length, i => block.branches[i] as Block, into);
      case 'or':
        // each branch with its own share, drawn just before it runs (as today's simulation does)
        return this.split(block.branches.length, i => (this.random() < (block.shares[i] ?? 0) ? block.branches[i] as Block : null), into,
          block.branches[block.fallback]);
      case 'loop': {
        let t = 0;
        for (let pass = 1; ; pass++) {
          t += this.run(block.body, into);
          if (this.back !== block.header) return t;
          this.back = -1;
          if (pass >= this.maxPasses) { this.cappedRuns++; return t; }
        }
      }
      case 'back':
        this.back = block.header;
        return 0;
      default:
        return 0;
    }
  }

  /** Branches that all run at once; the longest counts. A send-back inside one applies after the join. */
  private split(count: number, branchAt: (i: number) => Block | null, into: PlanItem[], fallback?: Block): number {
    const branches: PlanItem[][] = [];
    let longest = 0;
    let back = -1;
    let any = false;
    const runBranch = (branch: Block): void => {
      const items: PlanItem[] = [];
      const t = this.run(branch, items);
      if (this.back >= 0) { back = this.back; this.back = -1; }
      if (t > longest) longest = t;
      if (items.length) branches.push(items);
    };
    for (let i = 0; i < count; i++) {
      const branch = branchAt(i);
      if (!branch) continue;
      any = true;
      runBranch(branch);
    }
    if (!any && fallback) runBranch(fallback);
    this.back = back;
    if (branches.length === 1) into.push(...(branches[0] as PlanItem[]));
    else if (branches.length > 1) into.push({ node: -1, hours: 0, branches });
    return longest;
  }
}
