/**
 * Analytic time of a block structure, in working hours:
 * - `expected`: mean step times, decisions weighted by their shares, loops by their expected repeats;
 * - `critical`: stated step times, the longest branch of every decision, loops by their expected repeats;
 * - `nominal`: like `critical` but loops not repeated (what a published step table adds up to).
 * Parallel branches count once, the longest. Also: which steps lie on the longest path, and how often each
 * step is expected to run per dossier.
 */
import type { Block } from './blocks.ts';
import { runDeep } from './deep.ts';

export type EvalMode = 'expected' | 'critical' | 'nominal';

/** Above this repeat probability a loop is capped (a loop that never ends has no expected time). */
export const MAX_REPEAT_SHARE = 0.95;

/** Probability of going back to a loop header and the time spent before doing so. */
export interface BackMass {
  h: number;
  p: number;
  t: number;
}

/** The outcome of a block: probability `f` of leaving it forward after `x` hours, or going back (`backs`). */
export interface Outcome {
  f: number;
  x: number;
  backs: BackMass[];
}

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

  constructor(
    private readonly hours: ArrayLike<number>,
    readonly mode: EvalMode,
  ) {}

  /** The outcome of `block` (memoised), evaluated with an explicit stack: blocks nest as deep as decisions do. */
  outcome(block: Block): Outcome {
    return this.leaf(block) ?? this.memo.get(block) ?? runDeep(this.outcomeSteps, block);
  }

  /** Step node numbers along the longest forward path of `block` (uses the outcomes of this evaluator). */
  criticalSteps(block: Block, out: number[] = []): number[] {
    // depth first in order with an explicit stack (last on top); a sequence stays on it as a cursor over its
    // items rather than pushing them all, so the stack is as deep as the blocks nest, not as long as a chain
    const stack: Array<Block | SeqCursor> = [block];
    const visit = (b: Block): void => {
      switch (b.k) {
        case 'step':
          out.push(b.node);
          break;
        case 'seq': {
          // the items up to the first one that does not go on
          let last = 0;
          while (last < b.items.length - 1 && this.forward(b.items[last] as Block) > 0) last++;
          stack.push(new SeqCursor(b.items, last + 1));
          break;
        }
        case 'xor':
        case 'and':
        case 'or': {
          const weights = b.k === 'and' ? b.branches.map(() => 1) : b.shares;
          const best = this.longestBranch(b.branches, weights);
          if (best) stack.push(best);
          break;
        }
        case 'loop':
          stack.push(b.body);
          break;
        default:
          break;
      }
    };
    while (stack.length) {
      const top = stack[stack.length - 1] as Block | SeqCursor;
      if (top instanceof SeqCursor) {
        if (top.next < top.count) visit(top.items[top.next++] as Block);
        else stack.pop();
        continue;
      }
      stack.pop();
      visit(top);
    }
    return out;
  }

  /** Expected runs of every step per dossier, added into `acc` (indexed by node). Needs `expected` mode. */
  visits(block: Block, rate: number, acc: Float64Array, budget = { left: 2_000_000 }): void {
    // depth first in order with an explicit stack of (block, rate), last on top; a sequence stays on it as a
    // cursor over its items (with the rate reaching each), as in `criticalSteps`
    const blocks: Array<Block | SeqCursor> = [block];
    const rates: number[] = [rate];
    const push = (b: Block, r: number): void => {
      blocks.push(b);
      rates.push(r);
    };
    const visit = (b: Block, r: number): void => {
      if (r <= 0 || --budget.left < 0) return;
      switch (b.k) {
        case 'step':
          acc[b.node] = (acc[b.node] ?? 0) + r;
          break;
        case 'seq': {
          // the rate reaching each item: what went on through the items before it
          const reach = new Float64Array(b.items.length);
          let count = 0;
          let q = r;
          for (let i = 0; i < b.items.length; i++) {
            const item = b.items[i] as Block;
            reach[count++] = q;
            q *= this.forward(item);
            if (q <= 0) break;
          }
          blocks.push(new SeqCursor(b.items, count, reach));
          rates.push(0);
          break;
        }
        case 'xor':
          for (let i = b.branches.length - 1; i >= 0; i--) push(b.branches[i] as Block, r * (b.shares[i] ?? 0));
          break;
        case 'and':
          for (let i = b.branches.length - 1; i >= 0; i--) push(b.branches[i] as Block, r);
          break;
        case 'or': {
          const none = b.shares.reduce((p, s) => p * (1 - s), 1);
          for (let i = b.branches.length - 1; i >= 0; i--)
            push(b.branches[i] as Block, r * ((b.shares[i] ?? 0) + (i === b.fallback ? none : 0)));
          break;
        }
        case 'loop': {
          const q = this.loops.get(b.header)?.repeatShare ?? 0;
          push(b.body, r / (1 - q));
          break;
        }
        default:
          break;
      }
    };
    while (blocks.length) {
      const top = blocks[blocks.length - 1] as Block | SeqCursor;
      if (top instanceof SeqCursor) {
        if (top.next < top.count) {
          const i = top.next++;
          visit(top.items[i] as Block, top.reach![i] as number);
        } else {
          blocks.pop();
          rates.pop();
        }
        continue;
      }
      blocks.pop();
      visit(top, rates.pop() as number);
    }
  }

  // helpers //////////////////////

  // The evaluation proper, as generators run by `runDeep`: `yield child` is the (memoised) outcome of `child`.
  private readonly outcomeSteps = (block: Block): Generator<Block, Outcome, Outcome> => this.memoised(block);

  /** The outcome of a block without parts (a step, an empty block, a go-back), computed on the spot: no memo entry or generator per step. */
  private leaf(block: Block): Outcome | undefined {
    switch (block.k) {
      case 'empty':
        return { f: 1, x: 0, backs: [] };
      case 'step':
        return { f: 1, x: this.hours[block.node] ?? 0, backs: [] };
      case 'back':
        return { f: 0, x: 0, backs: [{ h: block.header, p: 1, t: 0 }] };
      default:
        return undefined;
    }
  }

  /** The probability of leaving `block` forward, without an outcome object for a step or an empty block. */
  private forward(block: Block): number {
    return block.k === 'step' || block.k === 'empty' ? 1 : this.outcome(block).f;
  }

  private *memoised(block: Block): Generator<Block, Outcome, Outcome> {
    const known = this.memo.get(block);
    if (known) return known;
    const result = yield* this.compute(block);
    this.memo.set(block, result);
    return result;
  }

  private *compute(block: Block): Generator<Block, Outcome, Outcome> {
    switch (block.k) {
      case 'empty':
        return { f: 1, x: 0, backs: [] };
      case 'step':
        return { f: 1, x: this.hours[block.node] ?? 0, backs: [] };
      case 'back':
        return { f: 0, x: 0, backs: [{ h: block.header, p: 1, t: 0 }] };
      case 'seq':
        return yield* this.sequence(block.items);
      case 'xor':
        return yield* this.exclusive(block.branches, block.shares);
      case 'and':
        return yield* this.parallel(block.branches);
      case 'or':
        return yield* this.inclusive(block.branches, block.shares, block.fallback);
      case 'loop':
        return yield* this.loop(block.header, block.body);
    }
  }

  private *sequence(items: Block[]): Generator<Block, Outcome, Outcome> {
    let f = 1;
    let x = 0;
    const backs: BackMass[] = [];
    // an indexed loop: a generator's for-of makes an iterator result per item
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Block;
      // a step adds its hours and an empty block nothing: no outcome object for either (a chain is mostly steps)
      if (item.k === 'step') {
        x += this.hours[item.node] ?? 0;
        continue;
      }
      if (item.k === 'empty') continue;
      const o = this.leaf(item) ?? (yield item);
      for (const b of o.backs) this.addBack(backs, { h: b.h, p: f * b.p, t: x + b.t });
      x += o.x;
      f *= o.f;
      if (f <= 0) break;
    }
    return { f, x, backs };
  }

  private *exclusive(branches: Block[], shares: number[]): Generator<Block, Outcome, Outcome> {
    let f = 0;
    let weighted = 0;
    let longest = 0;
    // when no forward branch has a share (a loop whose exit has share 0), time the exit as if it were taken
    let anyLongest = 0;
    let anySum = 0;
    let anyCount = 0;
    const backs: BackMass[] = [];
    for (let i = 0; i < branches.length; i++) {
      const s = shares[i] ?? 0;
      const branch = branches[i] as Block;
      const o = this.leaf(branch) ?? (yield branch);
      if (s * o.f > 0) {
        f += s * o.f;
        weighted += s * o.f * o.x;
        longest = Math.max(longest, o.x);
      }
      if (o.f > 0) {
        anyLongest = Math.max(anyLongest, o.x);
        anySum += o.x;
        anyCount++;
      }
      for (const b of o.backs) if (s > 0) this.addBack(backs, { h: b.h, p: s * b.p, t: b.t });
    }
    if (f <= 0) return { f: 0, x: this.mode === 'expected' ? (anyCount ? anySum / anyCount : 0) : anyLongest, backs };
    const x = this.mode === 'expected' ? weighted / f : longest;
    return { f, x, backs };
  }

  private *parallel(branches: Block[]): Generator<Block, Outcome, Outcome> {
    let f = 1;
    let x = 0;
    const backs: BackMass[] = [];
    for (const branch of branches) {
      const o = this.leaf(branch) ?? (yield branch);
      f *= o.f;
      x = Math.max(x, o.x);
      for (const b of o.backs) this.addBack(backs, { ...b });
    }
    for (const b of backs) b.p = Math.min(1, b.p);
    return { f, x: f > 0 ? x : 0, backs };
  }

  private *inclusive(branches: Block[], shares: number[], fallback: number): Generator<Block, Outcome, Outcome> {
    const outcomes: Outcome[] = [];
    for (const b of branches) outcomes.push(this.leaf(b) ?? (yield b));
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
      const x = Math.max(0, ...outcomes.filter((o, i) => (shares[i] ?? 0) > 0 && o.f > 0).map((o) => o.x));
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

  private *loop(header: number, body: Block): Generator<Block, Outcome, Outcome> {
    const o = this.leaf(body) ?? (yield body);
    const own = o.backs.find((b) => b.h === header);
    const raw = own?.p ?? 0;
    const capped = raw > MAX_REPEAT_SHARE;
    const q = Math.min(raw, MAX_REPEAT_SHARE);
    const repeatHours = own?.t ?? 0;
    const k = this.mode === 'nominal' ? 0 : q / (1 - q);
    this.loops.set(header, { header, repeatShare: q, expectedRepeats: q / (1 - q), repeatHours, capped });
    const backs = o.backs
      .filter((b) => b.h !== header)
      .map((b) => ({ h: b.h, p: b.p / (1 - q), t: b.t + k * repeatHours }));
    return { f: Math.min(1, o.f / (1 - q)), x: o.x + k * repeatHours, backs };
  }

  private addBack(backs: BackMass[], b: BackMass): void {
    if (b.p <= 0) return;
    const same = backs.find((x) => x.h === b.h);
    if (!same) {
      backs.push(b);
      return;
    }
    if (this.mode === 'expected') same.t = (same.p * same.t + b.p * b.t) / (same.p + b.p);
    else same.t = Math.max(same.t, b.t);
    same.p += b.p;
  }

  private longestBranch(branches: Block[], weights: number[]): Block | undefined {
    let best: Block | undefined;
    let bestX = -1;
    branches.forEach((b, i) => {
      const o = this.outcome(b);
      if ((weights[i] ?? 0) > 0 && o.f > 0 && o.x > bestX) {
        best = b;
        bestX = o.x;
      }
    });
    return best;
  }
}

/** A sequence on a walk's stack: its first `count` items, visited one by one (`reach`: the rate reaching each). */
class SeqCursor {
  next = 0;
  constructor(
    readonly items: Block[],
    readonly count: number,
    readonly reach?: Float64Array,
  ) {}
}
