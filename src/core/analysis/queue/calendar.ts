/**
 * The event queue of the discrete-event simulation: a calendar queue (R. Brown, 1988) for event times that never
 * go below the time of the event last taken. Times fall into buckets of `width` hours on a ring; each bucket
 * keeps its events sorted by (time, insertion order), so events at the same time come out first in, first out,
 * exactly as from `EventHeap`. Events beyond the ring wait in an `EventHeap` and move in as the ring turns.
 * Insertion order needs no counter: an event pushed onto the ring is the latest pushed, and an event moved in
 * from the heap is later than every event of its time on the ring (the heap holds only events beyond the ring,
 * and moves them in as soon as the ring reaches them, before anything else is pushed at their time), so a new
 * node goes after every node of its time.
 * Pushing and popping cost about the same however many dossiers are in flight, where a heap grows a level for
 * every four times as many. Written here because it must break ties by insertion order and store no object per
 * event (typed arrays; nodes reused).
 */
import { EventHeap } from './heap.ts';
import { widenInt } from './widen.ts';

export class CalendarQueue {
  private readonly width: number;
  private readonly buckets: number;
  /** First node of each bucket (−1: empty). */
  private readonly head: Int32Array;
  // nodes of 16 bytes, four to a cache line: as a float at 2i, the event's time; as integers at 4i + 2, its
  // payload and the next node in its bucket (or in the free list)
  private f = new Float64Array(2 * 256);
  private ints = new Int32Array(this.f.buffer);
  private used = 0;
  private freeNode = -1;
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
    if (i >= 0) this.freeNode = this.ints[4 * i + 3]!;
    else {
      if (this.used === this.f.length >> 1) this.grow();
      i = this.used++;
    }
    this.f[2 * i] = time;
    this.ints[4 * i + 2] = item;
    this.size++;
    const b = Math.floor(time / this.width);
    // an event earlier than the bucket looked at (after a peek, before the next pop): look from its bucket on
    if (b < this.cur) this.cur = b;
    if (b >= this.cur + this.buckets) this.overflow.push(time, i);
    else this.insert(i, b);
  }

  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number {
    return this.size > 0 ? this.f[2 * this.find()]! : Infinity;
  }

  /** Remove and return the earliest event's payload (−1 when empty). */
  pop(): number {
    if (this.size === 0) return -1;
    const i = this.find();
    this.head[this.cur & (this.buckets - 1)] = this.ints[4 * i + 3]!;
    this.inRing--;
    this.size--;
    this.ints[4 * i + 3] = this.freeNode;
    this.freeNode = i;
    return this.ints[4 * i + 2]!;
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
      if (h >= 0 && Math.floor(this.f[2 * h]! / this.width) === this.cur) return h;
      this.cur++;
      this.refill();
    }
  }

  /** Move the waiting events that now fall on the ring onto it. */
  private refill(): void {
    const o = this.overflow;
    while (o.size > 0 && Math.floor(o.peekTime() / this.width) < this.cur + this.buckets) {
      const i = o.pop();
      this.insert(i, Math.floor(this.f[2 * i]! / this.width));
    }
  }

  /** Insert node `i` into bucket `b`'s list, after every event earlier than it or at the same time. */
  private insert(i: number, b: number): void {
    const slot = b & (this.buckets - 1);
    const f = this.f;
    const t = f[2 * i]!;
    let prev = -1;
    let p = this.head[slot]!;
    while (p >= 0 && f[2 * p]! <= t) {
      prev = p;
      p = this.ints[4 * p + 3]!;
    }
    this.ints[4 * i + 3] = p;
    if (prev < 0) this.head[slot] = i;
    else this.ints[4 * prev + 3] = i;
    this.inRing++;
  }

  private grow(): void {
    // copied as integers, so that every bit of the nodes moves unchanged
    this.ints = widenInt(this.ints, this.ints.length * 2);
    this.f = new Float64Array(this.ints.buffer);
  }
}
