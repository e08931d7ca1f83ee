/**
 * The event queue of the discrete-event simulation: a calendar queue (R. Brown, 1988) for event times that never
 * go below the time of the event last taken. Times fall into buckets of `width` hours on a ring; each bucket
 * keeps its events sorted by (time, insertion order), so events at the same time come out first in, first out,
 * exactly as from `EventHeap`. Events beyond the ring wait in an `EventHeap` and move in as the ring turns.
 * Pushing and popping cost about the same however many dossiers are in flight, where a heap grows a level for
 * every four times as many. Written here because it must break ties by insertion order and store no object per
 * event (typed arrays; nodes reused).
 */
import { EventHeap } from './heap.ts';
import { widenFloat, widenInt } from './widen.ts';

export class CalendarQueue {
  private readonly width: number;
  private readonly buckets: number;
  /** First node of each bucket (−1: empty). */
  private readonly head: Int32Array;
  // nodes: an event's time, insertion order, payload and the next node in its bucket (or in the free list)
  private time = new Float64Array(256);
  private seq = new Float64Array(256);
  private item = new Int32Array(256);
  private next = new Int32Array(256);
  private used = 0;
  private freeNode = -1;
  private counter = 0;
  /** Bucket number (time ÷ width, rounded down) the next event is looked for in; never above the earliest event's. */
  private cur = 0;
  private inRing = 0;
  private readonly overflow = new EventHeap();
  size = 0;

  /** `width`: hours per bucket; `horizon`: hours ahead kept on the ring (later events wait in a heap). */
  constructor(width: number, horizon: number) {
    this.width = width > 0 && Number.isFinite(width) ? width : 1;
    let n = 16;
    while (n * this.width < horizon && n < 1 << 16) n *= 2;
    this.buckets = n;
    this.head = new Int32Array(n).fill(-1);
  }

  push(time: number, item: number): void {
    let i = this.freeNode;
    if (i >= 0) this.freeNode = this.next[i]!;
    else {
      if (this.used === this.time.length) this.grow();
      i = this.used++;
    }
    this.time[i] = time;
    this.seq[i] = this.counter++;
    this.item[i] = item;
    this.size++;
    const b = Math.floor(time / this.width);
    // an event earlier than the bucket looked at (after a peek, before the next pop): look from its bucket on
    if (b < this.cur) this.cur = b;
    if (b >= this.cur + this.buckets) this.overflow.push(time, i);
    else this.insert(i, b);
  }

  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number {
    return this.size > 0 ? this.time[this.find()]! : Infinity;
  }

  /** Remove and return the earliest event's payload (−1 when empty). */
  pop(): number {
    if (this.size === 0) return -1;
    const i = this.find();
    this.head[this.cur & (this.buckets - 1)] = this.next[i]!;
    this.inRing--;
    this.size--;
    this.next[i] = this.freeNode;
    this.freeNode = i;
    return this.item[i]!;
  }

  /** The earliest node: the head of the current bucket, once the ring has turned to the earliest event. */
  private find(): number {
    for (;;) {
      if (this.inRing === 0) {
        this.cur = Math.floor(this.overflow.peekTime() / this.width);
        this.refill();
      }
      const h = this.head[this.cur & (this.buckets - 1)]!;
      // a bucket also holds events one or more turns ahead, after this turn's
      if (h >= 0 && Math.floor(this.time[h]! / this.width) === this.cur) return h;
      this.cur++;
      this.refill();
    }
  }

  /** Move the waiting events that now fall on the ring onto it. */
  private refill(): void {
    const o = this.overflow;
    while (o.size > 0 && Math.floor(o.peekTime() / this.width) < this.cur + this.buckets) {
      const i = o.pop();
      this.insert(i, Math.floor(this.time[i]! / this.width));
    }
  }

  /** Insert node `i` into bucket `b`'s list, after every event earlier than it or equal and pushed before. */
  private insert(i: number, b: number): void {
    const slot = b & (this.buckets - 1);
    const t = this.time[i]!;
    const s = this.seq[i]!;
    let prev = -1;
    let p = this.head[slot]!;
    while (p >= 0 && (this.time[p]! < t || (this.time[p] === t && this.seq[p]! < s))) {
      prev = p;
      p = this.next[p]!;
    }
    this.next[i] = p;
    if (prev < 0) this.head[slot] = i;
    else this.next[prev] = i;
    this.inRing++;
  }

  private grow(): void {
    const n = this.time.length * 2;
    this.time = widenFloat(this.time, n);
    this.seq = widenFloat(this.seq, n);
    this.item = widenInt(this.item, n);
    this.next = widenInt(this.next, n);
  }
}
