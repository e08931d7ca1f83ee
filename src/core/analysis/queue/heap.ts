/**
 * The event queue of the discrete-event simulation: a binary min-heap on (time, insertion order), so that
 * events at the same time come out first in, first out. Written here rather than taken from a library
 * because it is twenty lines, keeps times in a typed array and must break ties by insertion order.
 */
export class EventHeap<T> {
  private times = new Float64Array(64);
  private order = new Float64Array(64);
  private items: T[] = [];
  private n = 0;
  private counter = 0;

  get size(): number { return this.n; }

  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number { return this.n > 0 ? (this.times[0] as number) : Infinity; }

  push(time: number, item: T): void {
    if (this.n === this.times.length) this.grow();
    let i = this.n++;
    const seq = this.counter++;
    // sift up
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(time, seq, p)) break;
      this.move(p, i);
      i = p;
    }
    this.times[i] = time;
    this.order[i] = seq;
    this.items[i] = item;
  }

  /** Remove and return the earliest event (undefined when empty). */
  pop(): T | undefined {
    if (this.n === 0) return undefined;
    const top = this.items[0];
    const last = --this.n;
    if (last > 0) {
      const time = this.times[last] as number;
      const seq = this.order[last] as number;
      const item = this.items[last] as T;
      let i = 0;
      // sift down
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        const c = r < last && this.less(r, l) ? r : l;
        if (!this.isBefore(c, time, seq)) break;
        this.move(c, i);
        i = c;
      }
      this.times[i] = time;
      this.order[i] = seq;
      this.items[i] = item;
    }
    this.items[last] = undefined as T;
    return top;
  }

  private before(time: number, seq: number, j: number): boolean {
    const tj = this.times[j] as number;
    return time < tj || (time === tj && seq < (this.order[j] as number));
  }

  private isBefore(j: number, time: number, seq: number): boolean {
    const tj = this.times[j] as number;
    return tj < time || (tj === time && (this.order[j] as number) < seq);
  }

  private less(a: number, b: number): boolean {
    const ta = this.times[a] as number;
    const tb = this.times[b] as number;
    return ta < tb || (ta === tb && (this.order[a] as number) < (this.order[b] as number));
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from] as number;
    this.order[to] = this.order[from] as number;
    this.items[to] = this.items[from] as T;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    times.set(this.times);
    const order = new Float64Array(this.order.length * 2);
    order.set(this.order);
    this.times = times;
    this.order = order;
  }
}
