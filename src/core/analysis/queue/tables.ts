/**
 * Struct-of-arrays storage for the simulation's moving parts (tokens, joins, waiting lines), reused slot by
 * slot, so that a year of 100,000 dossiers allocates no object per step or per event.
 */
import { widenFloat, widenInt } from './widen.ts';

/**
 * Tokens: a dossier's position on its route (or on one parallel branch of it), one 64-byte record each (one
 * cache line), so that an event reads and writes one line of the token table, not one line per field: with
 * thousands of dossiers in flight the table no longer fits the processor's caches.
 * Record k: as floats at 8k, time, work, aheadHours, queuedAt, startedAt; as integers at 16k + 10, dossier,
 * pos, end, join, the node (times 2, plus 1 while an officer serves it) and aheadEntry.
 */
export class TokenTable {
  private f = new Float64Array(8 * 256);
  private i = new Int32Array(this.f.buffer);
  private free: number[] = [];
  private used = 0;

  alloc(dossier: number, pos: number, end: number, time: number, join: number): number {
    let k = this.free.pop();
    if (k === undefined) {
      if (this.used === this.f.length >> 3) this.grow();
      k = this.used++;
    }
    const b = 16 * k;
    this.f[8 * k] = time;
    this.i[b + 10] = dossier;
    this.i[b + 11] = pos;
    this.i[b + 12] = end;
    this.i[b + 13] = join;
    this.i[b + 14] = 0;
    this.i[b + 15] = -1;
    return k;
  }

  release(k: number): void {
    this.free.push(k);
  }

  /** The token's clock: when it reached its position (or its step is due). */
  time(k: number): number {
    return this.f[8 * k]!;
  }
  setTime(k: number, v: number): void {
    this.f[8 * k] = v;
  }
  /** Drawn hours of the step waited for or under way (copied from the route). */
  work(k: number): number {
    return this.f[8 * k + 1]!;
  }
  queuedAt(k: number): number {
    return this.f[8 * k + 3]!;
  }
  startedAt(k: number): number {
    return this.f[8 * k + 4]!;
  }
  dossier(k: number): number {
    return this.i[16 * k + 10]!;
  }
  pos(k: number): number {
    return this.i[16 * k + 11]!;
  }
  setPos(k: number, v: number): void {
    this.i[16 * k + 11] = v;
  }
  end(k: number): number {
    return this.i[16 * k + 12]!;
  }
  /** Join this token ends in (−1 for the dossier's main token). */
  join(k: number): number {
    return this.i[16 * k + 13]!;
  }
  /** Node of the step waited for or under way. */
  node(k: number): number {
    return this.i[16 * k + 14]! >> 1;
  }
  /** Whether an officer is serving the token's step. */
  serving(k: number): boolean {
    return (this.i[16 * k + 14]! & 1) === 1;
  }

  /** The token waits for step `node` of `work` hours from `now`. */
  queue(k: number, node: number, work: number, now: number): void {
    this.i[16 * k + 14] = node << 1;
    this.f[8 * k + 1] = work;
    this.f[8 * k + 3] = now;
  }
  /** An officer starts the token's step at `at`. */
  serve(k: number, at: number): void {
    this.i[16 * k + 14]! |= 1;
    this.f[8 * k + 4] = at;
  }
  /** The officer is done with the token's step. */
  served(k: number): void {
    this.i[16 * k + 14]! &= ~1;
  }

  /** The copy of the entry the token moves to when its step is done (−1: none taken), and its hours. */
  aheadEntry(k: number): number {
    return this.i[16 * k + 15]!;
  }
  aheadHours(k: number): number {
    return this.f[8 * k + 2]!;
  }
  setAhead(k: number, entry: number, hours: number): void {
    this.i[16 * k + 15] = entry;
    this.f[8 * k + 2] = hours;
  }

  /** Routes moved to the front: each token's positions shift by its dossier's move (see `PlanBuffer.move`). */
  shift(moved: Int32Array): void {
    // free slots shift too, harmlessly: they are written again when reused
    for (let k = 0; k < this.used; k++) {
      const b = 16 * k;
      const by = moved[this.i[b + 10]!]!;
      this.i[b + 11]! -= by;
      this.i[b + 12]! -= by;
    }
  }

  private grow(): void {
    // copied as integers, so that every bit of the records moves unchanged
    this.i = widenInt(this.i, this.i.length * 2);
    this.f = new Float64Array(this.i.buffer);
  }
}

/** Parallel joins: branches still running, the latest branch end so far and the token that continues. */
export class JoinTable {
  remaining = new Int32Array(64);
  parent = new Int32Array(64);
  time = new Float64Array(64);
  private free: number[] = [];
  private used = 0;

  alloc(remaining: number, parent: number, time: number): number {
    let i = this.free.pop();
    if (i === undefined) {
      if (this.used === this.remaining.length) {
        const n = this.remaining.length * 2;
        this.remaining = widenInt(this.remaining, n);
        this.parent = widenInt(this.parent, n);
        this.time = widenFloat(this.time, n);
      }
      i = this.used++;
    }
    this.remaining[i] = remaining;
    this.parent[i] = parent;
    this.time[i] = time;
    return i;
  }

  release(i: number): void {
    this.free.push(i);
  }
}

/** A first-in, first-out line of token numbers (a growable ring buffer). */
export class Fifo {
  private buf = new Int32Array(64);
  private head = 0;
  size = 0;

  push(v: number): void {
    if (this.size === this.buf.length) {
      const next = new Int32Array(this.buf.length * 2);
      for (let i = 0; i < this.size; i++) next[i] = this.buf[(this.head + i) % this.buf.length] as number;
      this.buf = next;
      this.head = 0;
    }
    this.buf[(this.head + this.size++) % this.buf.length] = v;
  }

  shift(): number {
    const v = this.buf[this.head] as number;
    this.head = (this.head + 1) % this.buf.length;
    this.size--;
    return v;
  }
}

/** A growable list of numbers in one typed array (a `number[]` of 100,000 entries costs a copy per growth step). */
export class FloatList {
  private buf: Float64Array<ArrayBuffer>;
  length = 0;

  constructor(capacity = 64) {
    this.buf = new Float64Array(Math.max(16, capacity));
  }

  push(v: number): void {
    if (this.length === this.buf.length) this.buf = widenFloat(this.buf, this.buf.length * 2);
    this.buf[this.length++] = v;
  }

  /** The values pushed so far (a view, not a copy). */
  values(): Float64Array {
    return this.buf.subarray(0, this.length);
  }
}
