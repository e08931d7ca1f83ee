/**
 * Struct-of-arrays storage for the simulation's moving parts (tokens, joins, waiting lines), reused slot by
 * slot, so that a year of 100,000 dossiers allocates no object per step or per event.
 */
import { widenFloat, widenInt } from './widen.ts';

/** A dossier's position on its route (or on one parallel branch of it). */
export class TokenTable {
  dossier = new Int32Array(256);
  pos = new Int32Array(256);
  end = new Int32Array(256);
  /** Join this token ends in (−1 for the dossier's main token). */
  join = new Int32Array(256);
  /** Role whose officer does the current step (−1 when none). */
  serving = new Int32Array(256);
  /** The step waited for or under way: its node and drawn hours (copied from the route, read at start and end). */
  node = new Int32Array(256);
  work = new Float64Array(256);
  /** 1 when `aheadEntry` and `aheadHours` hold a copy of the entry the token moves to when its step is done. */
  ahead = new Uint8Array(256);
  aheadEntry = new Int32Array(256);
  aheadHours = new Float64Array(256);
  time = new Float64Array(256);
  queuedAt = new Float64Array(256);
  startedAt = new Float64Array(256);
  private free: number[] = [];
  private used = 0;

  alloc(dossier: number, pos: number, end: number, time: number, join: number): number {
    let i = this.free.pop();
    if (i === undefined) {
      if (this.used === this.pos.length) this.grow();
      i = this.used++;
    }
    this.dossier[i] = dossier;
    this.pos[i] = pos;
    this.end[i] = end;
    this.time[i] = time;
    this.join[i] = join;
    this.serving[i] = -1;
    this.ahead[i] = 0;
    return i;
  }

  release(i: number): void {
    this.free.push(i);
  }

  /** Routes moved to the front: each token's positions shift by its dossier's move (see `PlanBuffer.move`). */
  shift(moved: Int32Array): void {
    // free slots shift too, harmlessly: they are written again when reused
    for (let i = 0; i < this.used; i++) {
      const by = moved[this.dossier[i]!]!;
      this.pos[i]! -= by;
      this.end[i]! -= by;
    }
  }

  private grow(): void {
    const n = this.pos.length * 2;
    this.dossier = widenInt(this.dossier, n);
    this.pos = widenInt(this.pos, n);
    this.end = widenInt(this.end, n);
    this.join = widenInt(this.join, n);
    this.serving = widenInt(this.serving, n);
    this.node = widenInt(this.node, n);
    this.work = widenFloat(this.work, n);
    const ahead = new Uint8Array(n);
    ahead.set(this.ahead);
    this.ahead = ahead;
    this.aheadEntry = widenInt(this.aheadEntry, n);
    this.aheadHours = widenFloat(this.aheadHours, n);
    this.time = widenFloat(this.time, n);
    this.queuedAt = widenFloat(this.queuedAt, n);
    this.startedAt = widenFloat(this.startedAt, n);
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
