/**
 * A 4-ary min-heap of integer payloads on (time, insertion order), so that events at the same time come out
 * first in, first out: the calendar queue (calendar.ts) keeps here the events beyond its ring. Written here
 * rather than taken from a library because it is short, keeps each entry's time, order and payload side by
 * side in one typed array (no object per event) and must break ties by insertion order. Four children per
 * node halve the depth of a binary heap.
 */
import { widenFloat } from './widen.ts';

const W = 3; // slots per entry: time, order, payload

export class EventHeap {
  private a = new Float64Array(64 * W);
  private n = 0;
  private counter = 0;

  get size(): number {
    return this.n;
  }

  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number {
    return this.n > 0 ? (this.a[0] as number) : Infinity;
  }

  push(time: number, item: number): void {
    if ((this.n + 1) * W > this.a.length) this.a = widenFloat(this.a, this.a.length * 2);
    const a = this.a;
    const seq = this.counter++;
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const tp = a[p * W] as number;
      if (time > tp || (time === tp && seq > (a[p * W + 1] as number))) break;
      a[i * W] = tp;
      a[i * W + 1] = a[p * W + 1] as number;
      a[i * W + 2] = a[p * W + 2] as number;
      i = p;
    }
    a[i * W] = time;
    a[i * W + 1] = seq;
    a[i * W + 2] = item;
  }

  /** Remove and return the earliest event's payload (−1 when empty). */
  pop(): number {
    if (this.n === 0) return -1;
    const a = this.a;
    const top = a[2] as number;
    const last = --this.n;
    if (last > 0) {
      const time = a[last * W] as number;
      const seq = a[last * W + 1] as number;
      const item = a[last * W + 2] as number;
      let i = 0;
      for (;;) {
        const first = 4 * i + 1;
        if (first >= last) break;
        // the earliest of up to four children
        let c = first;
        let tc = a[c * W] as number;
        let sc = a[c * W + 1] as number;
        const end = Math.min(first + 4, last);
        for (let j = first + 1; j < end; j++) {
          const tj = a[j * W] as number;
          if (tj < tc || (tj === tc && (a[j * W + 1] as number) < sc)) {
            c = j;
            tc = tj;
            sc = a[j * W + 1] as number;
          }
        }
        if (tc > time || (tc === time && sc > seq)) break;
        a[i * W] = tc;
        a[i * W + 1] = sc;
        a[i * W + 2] = a[c * W + 2] as number;
        i = c;
      }
      a[i * W] = time;
      a[i * W + 1] = seq;
      a[i * W + 2] = item;
    }
    return top;
  }
}
