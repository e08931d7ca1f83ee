/**
 * A dossier's route, drawn when it arrives: which steps it runs, in which order or in parallel, and how long
 * each takes. Decisions and step times do not depend on waiting, so they are drawn up front, in exactly the
 * order today's contention-free simulation draws them (simulate.ts `Runner`): with no one waiting, a route's
 * length is that simulation's time for the same dossier.
 *
 * Routes are written into one flat buffer (typed arrays, no object per step); the space of finished routes is
 * reused (`move`), so memory follows the dossiers in progress, not the dossiers of the year.
 */
import type { Block } from '../blocks.ts';
import { drawDuration } from './distributions.ts';
import { pickByShare } from '../prng.ts';

/** Entry kinds: a step; a split into `count` branches (all must finish); the header of one branch. */
export const STEP = 0;
export const SPLIT = 1;
export const BRANCH = 2;

/** An entry's kind and node from `PlanBuffer.entry`. */
export const kindOf = (entry: number): number => entry & 3;
export const nodeOf = (entry: number): number => entry >> 2;

/**
 * Routes as entries of 16 bytes each: a step's drawn `hours`, its `kind` and `node` (step node; for a split, its
 * branch count) and `link` (for a split and a branch: the entry just after it). A route is the range
 * [start, end). The fields of one entry sit side by side in one buffer, so that reading a step touches one
 * cache line: with thousands of dossiers in flight, routes no longer fit the caches and every event reads one.
 */
export class PlanBuffer {
  /** hours at 2i; through `ints`, (node << 2 | kind) at 4i + 2 and link at 4i + 3 */
  private f = new Float64Array(2 * 1024);
  private ints = new Int32Array(this.f.buffer);
  length = 0;

  get capacity(): number {
    return this.f.length >> 1;
  }

  /** Kind and node of entry `i` in one number (see `kindOf`, `nodeOf`). */
  entry(i: number): number {
    return this.ints[4 * i + 2]!;
  }

  kind(i: number): number {
    return kindOf(this.ints[4 * i + 2]!);
  }

  hours(i: number): number {
    return this.f[2 * i]!;
  }

  link(i: number): number {
    return this.ints[4 * i + 3]!;
  }

  setLink(i: number, to: number): void {
    this.ints[4 * i + 3] = to;
  }

  /** Set a split's branch count. */
  setNode(i: number, node: number): void {
    this.ints[4 * i + 2] = (node << 2) | (this.ints[4 * i + 2]! & 3);
  }

  push(kind: number, node: number, hours: number): number {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.f[2 * i] = hours;
    this.ints[4 * i + 2] = (node << 2) | kind;
    this.ints[4 * i + 3] = 0;
    return i;
  }

  /** Move the entries [from, end) to `to` ≤ `from` (the space of finished routes is reused); links move with them. */
  move(from: number, end: number, to: number): void {
    if (to === from) return;
    // copied as integers, so that every bit of the hours moves unchanged
    this.ints.copyWithin(4 * to, 4 * from, 4 * end);
    const by = from - to;
    for (let i = to; i < to + end - from; i++) if (this.kind(i) !== STEP) this.ints[4 * i + 3]! -= by;
  }

  private grow(): void {
    const f = new Float64Array(this.f.length * 2);
    const ints = new Int32Array(f.buffer);
    ints.set(this.ints);
    this.f = f;
    this.ints = ints;
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
        buf.setLink(at, buf.length);
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
      buf.setNode(header, branches);
      buf.setLink(header, buf.length);
    }
    return longest;
  }
}
