import { describe, expect, it } from 'vitest';
import { mulberry32 } from '@/core/index.ts';
import { EventHeap } from '@/core/analysis/queue/heap.ts';

describe('event heap', () => {
  it('pops events in time order, ties first in first out, across growth', () => {
    // given 5,000 events with many equal times, pushed and popped in a mixed order
    const random = mulberry32(4);
    const heap = new EventHeap();
    const pushed: Array<{ time: number; item: number }> = [];
    const popped: Array<{ time: number; item: number }> = [];
    const times = new Map<number, number>();
    for (let item = 0; item < 5000; item++) {
      const time = Math.floor(random() * 300);
      heap.push(time, item);
      times.set(item, time);
      pushed.push({ time, item });
      if (random() < 0.3) {
        const x = heap.pop();
        popped.push({ time: times.get(x)!, item: x });
      }
    }
    while (heap.size > 0) {
      const x = heap.pop();
      popped.push({ time: times.get(x)!, item: x });
    }

    // then every event came out once, and between pops the order is by time, then by push order
    expect(popped.map((p) => p.item).sort((a, b) => a - b)).toEqual(pushed.map((p) => p.item));
    expect(heap.pop()).toBe(-1);
    const drained = new EventHeap();
    for (const p of pushed) drained.push(p.time, p.item);
    const order: number[] = [];
    while (drained.size > 0) order.push(drained.pop());
    const expected = [...pushed].sort((x, y) => x.time - y.time || x.item - y.item).map((p) => p.item);
    expect(order).toEqual(expected);
  });
});
