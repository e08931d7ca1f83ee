/**
 * A dossier's route, drawn when it arrives: which steps it runs, in which order or in parallel, and how long
 * each takes. Decisions and step times do not depend on waiting, so they are drawn up front, in exactly the
 * order today's contention-free simulation draws them (simulate.ts `Runner`): with no one waiting, a route's
 * length is that simulation's time for the same dossier.
 *
 * Routes are written into one flat buffer (typed arrays, no object per step); the space of finished routes is
 * reused (`compact`), so memory follows the dossiers in progress, not the dossiers of the year.
 */
import type { Block } from '../blocks.ts';
import { drawDuration } from './distributions.ts';
import { pickByShare } from '../prng.ts';

/** Entry kinds: a step; a split into `count` branches (all must finish); the header of one branch. */
export const STEP = 0;
export const SPLIT = 1;
export const BRANCH = 2;

/**
 * Routes as entries: `kind`, `node` (step node; for a split, its branch count), `hours` (a step's drawn time)
 * and `link` (for a split and a branch: the entry just after it). A route is the range [start, end).
 */
export class PlanBuffer {
  kind = new Uint8Array(1024);
  node = new Int32Array(1024);
  link = new Int32Array(1024);
  hours = new Float64Array(1024);
  length = 0;

  get capacity(): number {
    return this.kind.length;
  }

  push(kind: number, node: number, hours: number): number {
    if (this.length === this.kind.length) this.grow();
    const i = this.length++;
    this.kind[i] = kind;
    this.node[i] = node;
    this.hours[i] = hours;
    this.link[i] = 0;
    return i;
  }

  /** Drop the entries before `from` (no longer used): the rest moves to the front, links shift with it. */
  compact(from: number): void {
    if (from <= 0) return;
    this.kind.copyWithin(0, from, this.length);
    this.node.copyWithin(0, from, this.length);
    this.link.copyWithin(0, from, this.length);
    this.hours.copyWithin(0, from, this.length);
    this.length -= from;
    for (let i = 0; i < this.length; i++) if (this.kind[i] !== STEP) this.link[i]! -= from;
  }

  private grow(): void {
    const n = this.kind.length * 2;
    const kind = new Uint8Array(n);
    kind.set(this.kind);
    this.kind = kind;
    const node = new Int32Array(n);
    node.set(this.node);
    this.node = node;
    const link = new Int32Array(n);
    link.set(this.link);
    this.link = link;
    const hours = new Float64Array(n);
    hours.set(this.hours);
    this.hours = hours;
  }
}

export interface PlanTables {
  minHours: ArrayLike<number>;
  likelyHours: ArrayLike<number>;
  maxHours: ArrayLike<number>;
  applicantHours: ArrayLike<number>;
  distribution: ArrayLike<number>;
}

/** Draws routes into a buffer; one instance per simulation, reading one generator. */
export class Planner {
  /** The applicant's own hours of the route last drawn. */
  applicant = 0;
  /** Routes in which a loop hit the pass limit. */
  cappedRuns = 0;
  private back = -1;

  constructor(
    private readonly t: PlanTables,
    private readonly random: () => number,
    private readonly maxPasses: number,
    readonly buffer: PlanBuffer,
  ) {}

  /** Append the route through `root` to the buffer; its length without waiting, in hours. */
  draw(root: Block): number {
    this.applicant = 0;
    this.back = -1;
    return this.run(root);
  }

  private run(block: Block): number {
    switch (block.k) {
      case 'step': {
        const i = block.node;
        this.applicant += this.t.applicantHours[i] ?? 0;
        const h = drawDuration(
          this.t.distribution[i] ?? 0,
          this.random,
          this.t.minHours[i] ?? 0,
          this.t.likelyHours[i] ?? 0,
          this.t.maxHours[i] ?? 0,
        );
        this.buffer.push(STEP, i, h);
        return h;
      }
      case 'seq': {
        let t = 0;
        for (const item of block.items) {
          t += this.run(item);
          if (this.back >= 0) return t;
        }
        return t;
      }
      case 'xor': {
        return this.run(block.branches[pickByShare(block.shares, this.random())] as Block);
      }
      case 'and':
        return this.split(block.branches.length, (i) => block.branches[i] as Block);
      case 'or':
        // each branch with its own share, drawn just before it runs (as today's simulation does)
        return this.split(
          block.branches.length,
          (i) => (this.random() < (block.shares[i] ?? 0) ? (block.branches[i] as Block) : null),
          block.branches[block.fallback],
        );
      case 'loop': {
        let t = 0;
        for (let pass = 1; ; pass++) {
          t += this.run(block.body);
          if (this.back !== block.header) return t;
          this.back = -1;
          if (pass >= this.maxPasses) {
            this.cappedRuns++;
            return t;
          }
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
  private split(count: number, branchAt: (i: number) => Block | null, fallback?: Block): number {
    const buf = this.buffer;
    const header = buf.push(SPLIT, 0, 0);
    let branches = 0;
    let longest = 0;
    let back = -1;
    let any = false;
    const runBranch = (branch: Block): void => {
      const at = buf.push(BRANCH, 0, 0);
      const t = this.run(branch);
      if (this.back >= 0) {
        back = this.back;
        this.back = -1;
      }
      if (t > longest) longest = t;
      // a branch without steps is dropped (the entries written last are its own)
      if (buf.length === at + 1) buf.length = at;
      else {
        buf.link[at] = buf.length;
        branches++;
      }
    };
    for (let i = 0; i < count; i++) {
      const branch = branchAt(i);
      if (!branch) continue;
      any = true;
      runBranch(branch);
    }
    if (!any && fallback) runBranch(fallback);
    this.back = back;
    if (branches === 0) buf.length = header;
    else {
      buf.node[header] = branches;
      buf.link[header] = buf.length;
    }
    return longest;
  }
}
