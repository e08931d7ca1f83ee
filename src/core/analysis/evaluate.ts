/**
 * Analytic time of a block structure, in working hours:
 * - `expected`: mean step times, decisions weighted by their shares, loops by their expected repeats;
 * - `critical`: stated step times, the longest branch of every decision, loops by their expected repeats;
 * - `nominal`: like `critical` but loops not repeated (what a published step table adds up to).
 * Parallel branches count once, the longest. Also: which steps lie on the longest path, and how often each
 * step is expected to run per dossier.
 */
import type { Block } from './blocks.ts';

export type EvalMode = 'expected' | 'critical' | 'nominal';

/** Above this repeat probability a loop is capped (a loop that never ends has no expected time). */
export const MAX_REPEAT_SHARE = 0.95;

/** Probability of going back to a loop header and the time spent before doing so. */
export interface BackMass { h: number; p: number; t: number }

/** The outcome of a block: probability `f` of leaving it forward after `x` hours, or going back (`backs`). */
export interface Outcome { f: number; x: number; backs: BackMass[] }

export interface LoopResult {
  header: number;
  /** Probability that one pass through the loop goes back to its start. */
  repeatShare: number;
  /** repeatShare / (1 − repeatShare): the expected number of extra passes. */
  expectedRepeats: number;
  /** Hours of one pass that goes back. */
  repeatHours: number;
  capped: boolean;
}

/** Evaluates blocks in one mode, memoised per block object. */
export class BlockEvaluator {
  readonly loops = new Map<number, LoopResult>();
  private readonly memo = new Map<Block, Outcome>();

  constructor(private readonly hours: ArrayLike<number>, readonly mode: EvalMode) {}

  /** The outcome of `block` (memoised). */
  outcome(block: Block): Outcome {
    const known = this.memo.get(block);
    if (known) return known;
    const result = this.compute(block);
    this.memo.set(block, result);
    return result;
  }

  /** Step node numbers along the longest forward path of `block` (uses the outcomes of this evaluator). */
  criticalSteps(block: Block, out: number[] = []): number[] {
    switch (block.k) {
      case 'step': out.push(block.node); break;
      case 'seq':
        for (const item of block.items) {
          this.criticalSteps(item, out);
          if (this.outcome(item).f <= 0) break;
        }
        break;
      case 'xor': case 'and': case 'or': {
        const weights = block.k === 'and' ? block.branches.map(() => 1) : block.shares;
        const best = this.longestBranch(block.branches, weights);
        if (best) this.criticalSteps(best, out);
        break;
      }
      case 'loop': this.criticalSteps(block.body, out); break;
      default: break;
    }
    return out;
  }

  /** Expected runs of every step per dossier, added into `acc` (indexed by node). Needs `expected` mode. */
  visits(block: Block, rate: number, acc: Float64Array, budget = { left: 2_000_000 }): void {
    if (rate <= 0 || --budget.left < 0) return;
    switch (block.k) {
      case 'step': acc[block.node] = (acc[block.node] ?? 0) + rate; break;
      case 'seq': {
        let r = rate;
        for (const item of block.items) {
          this.visits(item, r, acc, budget);
          r *= this.outcome(item).f;
          if (r <= 0) break;
        }
        break;
      }
      case 'xor': block.branches.forEach((b, i) => this.visits(b, rate * (block.shares[i] ?? 0), acc, budget)); break;
      case 'and': block.branches.forEach(b => this.visits(b, rate, acc, budget)); break;
      case 'or': {
        const none = block.shares.reduce((p, s) => p * (1 - s), 1);
        block.branches.forEach((b, i) => this.visits(b, rate * ((block.shares[i] ?? 0) + (i === block.fallback ? none : 0)), acc, budget));
        break;
      }
      case 'loop': {
        const q = this.loops.get(block.header)?.repeatShare ?? 0;
        this.visits(block.body, rate / (1 - q), acc, budget);
        break;
      }
      default: break;
    }
  }

  // helpers //////////////////////

  private compute(block: Block): Outcome {
    switch (block.k) {
      case 'empty': return { f: 1, x: 0, backs: [] };
      case 'step': return { f: 1, x: this.hours[block.node] ?? 0, backs: [] };
      case 'back': return { f: 0, x: 0, backs: [{ h: block.header, p: 1, t: 0 }] };
      case 'seq': return this.sequence(block.items);
      case 'xor': return this.exclusive(block.branches, block.shares);
      case 'and': return this.parallel(block.branches);
      case 'or': return this.inclusive(block.branches, block.shares, block.fallback);
      case 'loop': return this.loop(block.header, block.body);
    }
  }

  private sequence(items: Block[]): Outcome {
    let f = 1;
    let x = 0;
    const backs: BackMass[] = [];
    for (const item of items) {
      const o = this.outcome(item);
      for (const b of o.backs) this.addBack(backs, { h: b.h, p: f * b.p, t: x + b.t });
      x += o.x;
      f *= o.f;
      if (f <= 0) break;
    }
    return { f, x, backs };
  }

  private exclusive(branches: Block[], shares: number[]): Outcome {
    let f = 0;
    let weighted = 0;
    let longest = 0;
    // when no forward branch has a share (a loop whose exit has share 0), time the exit as if it were taken
    let anyLongest = 0;
    let anySum = 0;
    let anyCount = 0;
    const backs: BackMass[] = [];
    branches.forEach((branch, i) => {
      const s = shares[i] ?? 0;
      const o = this.outcome(branch);
      if (s * o.f > 0) {
        f += s * o.f;
        weighted += s * o.f * o.x;
        longest = Math.max(longest, o.x);
      }
      if (o.f > 0) { anyLongest = Math.max(anyLongest, o.x); anySum += o.x; anyCount++; }
      for (const b of o.backs) if (s > 0) this.addBack(backs, { h: b.h, p: s * b.p, t: b.t });
    });
    if (f <= 0) return { f: 0, x: this.mode === 'expected' ? (anyCount ? anySum / anyCount : 0) : anyLongest, backs };
    const x = this.mode === 'expected' ? weighted / f : longest;
    return { f, x, backs };
  }

  private parallel(branches: Block[]): Outcome {
    let f = 1;
    let x = 0;
    const backs: BackMass[] = [];
    for (const branch of branches) {
      const o = this.outcome(branch);
      f *= o.f;
      x = Math.max(x, o.x);
      for (const b of o.backs) this.addBack(backs, { ...b });
    }
    for (const b of backs) b.p = Math.min(1, b.p);
    return { f, x: f > 0 ? x : 0, backs };
  }

  private inclusive(branches: Block[], shares: number[], fallback: number): Outcome {
    const outcomes = branches.map(b => this.outcome(b));
    const backs: BackMass[] = [];
    let f = 0;
    let weight = 0;
    outcomes.forEach((o, i) => {
      const s = shares[i] ?? 0;
      f += s * o.f;
      weight += s;
      for (const b of o.backs) if (s > 0) this.addBack(backs, { h: b.h, p: s * b.p, t: b.t });
    });
    f = weight > 0 ? f / weight : 1;
    if (this.mode !== 'expected') {
      const x = Math.max(0, ...outcomes.filter((o, i) => (shares[i] ?? 0) > 0 && o.f > 0).map(o => o.x));
      return { f, x, backs };
    }
    // E[max over the branches taken], each taken independently with its share; none taken -> the fallback
    const order = outcomes.map((o, i) => i).sort((a, b) => (outcomes[b] as Outcome).x - (outcomes[a] as Outcome).x);
    let x = 0;
    let noneYet = 1;
    for (const i of order) {
      const s = shares[i] ?? 0;
      x += (outcomes[i] as Outcome).x * s * noneYet;
      noneYet *= 1 - s;
    }
    x += noneYet * ((outcomes[fallback] as Outcome | undefined)?.x ?? 0);
    return { f, x, backs };
  }

  private loop(header: number, body: Block): Outcome {
    const o = this.outcome(body);
    const own = o.backs.find(b => b.h === header);
    const raw = own?.p ?? 0;
    const capped = raw > MAX_REPEAT_SHARE;
    const q = Math.min(raw, MAX_REPEAT_SHARE);
    const repeatHours = own?.t ?? 0;
    const k = this.mode === 'nominal' ? 0 : q / (1 - q);
    this.loops.set(header, { header, repeatShare: q, expectedRepeats: q / (1 - q), repeatHours, capped });
    const backs = o.backs.filter(b => b.h !== header).map(b => ({ h: b.h, p: b.p / (1 - q), t: b.t + k * repeatHours }));
    return { f: Math.min(1, o.f / (1 - q)), x: o.x + k * repeatHours, backs };
  }

  private addBack(backs: BackMass[], b: BackMass): void {
    if (b.p <= 0) return;
    const same = backs.find(x => x.h === b.h);
    if (!same) { backs.push(b); return; }
    if (this.mode === 'expected') same.t = (same.p * same.t + b.p * b.t) / (same.p + b.p);
    else same.t = Math.max(same.t, b.t);
    same.p += b.p;
  }

  private longestBranch(branches: Block[], weights: number[]): Block | undefined {
    let best: Block | undefined;
    let bestX = -1;
    branches.forEach((b, i) => {
      const o = this.outcome(b);
      if ((weights[i] ?? 0) > 0 && o.f > 0 && o.x > bestX) { best = b; bestX = o.x; }
    });
    return best;
  }
}
