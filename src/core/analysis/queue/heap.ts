/**
 * The event queue of the discrete-event simulation: a binary min-heap of integer payloads on (time,
 * insertion order), so that events at the same time come out first in, first out. Written here rather than
 * taken from a library because it is short, keeps everything in typed arrays (no object per event) and must
 * break ties by insertion order.
 */
export class EventHeap {
  private times = new Float64Array(64);
  private order = new Float64Array(64);
  private items = new Int32Array(64);
  private n = 0;
  private counter = 0;

  get size(): number { return this.n; }

  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number { return this.n > 0 ? (this.times[0] as number) : Infinity; }

  push(time: number, item: number): void {
    if (this.n === this.times.length) this.grow();
    const times = this.times;
    const order = this.order;
    const items = this.items;
    let i = this.n++;
    const seq = this.counter++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = times[p] as number;
      if (time > tp || (time === tp && seq > (order[p] as number))) break;
      times[i] = tp; order[i] = order[p] as number; items[i] = items[p] as number;
      i = p;
    }
    times[i] = time; order[i] = seq; items[i] = item;
  }

  /** Remove and return the earliest event's payload (−1 when empty). */
  pop(): number {
    if (this.n === 0) return -1;
    const times = this.times;
    const order = this.order;
    const items = this.items;
    const top = items[0] as number;
    const last = --this.n;
    if (last > 0) {
      const time = times[last] as number;
      const seq = order[last] as number;
      const item = items[last] as number;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= last) break;
        const r = c + 1;
        if (r < last) {
          const tr = times[r] as number;
          const tc = times[c] as number;
          if (tr < tc || (tr === tc && (order[r] as number) < (order[c] as number))) c = r;
        }
        const tc = times[c] as number;
        if (tc > time || (tc === time && (order[c] as number) > seq)) break;
        times[i] = tc; order[i] = order[c] as number; items[i] = items[c] as number;
        i = c;
      }
      times[i] = time; order[i] = seq; items[i] = item;
    }
    return top;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n); times.set(this.times); this.times = times;
    const order = new Float64Array(n); order.set(this.order); this.order = order;
    const items = new Int32Array(n); items.set(this.items); this.items = items;
  }
}
