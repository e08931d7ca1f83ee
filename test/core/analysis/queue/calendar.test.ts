import { describe, expect, it } from 'vitest';
import { mulberry32 } from '@/core/index.ts';
import { CalendarQueue } from '@/core/analysis/queue/calendar.ts';
import { EventHeap } from '@/core/analysis/queue/heap.ts';

/** Drive both queues as the simulation does: every push at or after the time of the event last taken. */
function drive(width: number, horizon: number, seed: number): { calendar: number[]; heap: number[] } {
  const random = mulberry32(seed);
  const calendar = new CalendarQueue(width, horizon);
  const heap = new EventHeap();
  const out = { calendar: [] as number[], heap: [] as number[] };
  let now = 0;
  let item = 0;
  const push = (time: number): void => {
    calendar.push(time, item);
    heap.push(time, item);
    item++;
  };
  for (let round = 0; round < 20_000; round++) {
    const u = random();
    // equal times (ties), short and long steps, now and then one far beyond the ring
    if (u < 0.15) push(now);
    else if (u < 0.3) push(Math.floor(now) + 1);
    else if (u < 0.6) push(now + random() * 3);
    else if (u < 0.63) push(now + 50 + random() * 500);
    // a peek turns the calendar to its earliest event; an event pushed after it may come before that one
    expect(calendar.peekTime()).toBe(heap.peekTime());
    if (u > 0.5 && calendar.size > 0) {
      const t = heap.peekTime();
      now = t === Infinity ? now : t;
      out.calendar.push(calendar.pop());
      out.heap.push(heap.pop());
    } else if (u > 0.45 && heap.size > 0) {
      // an arrival between now and the next event, whose own events may fall before it
      now += (heap.peekTime() - now) * random();
      push(now + random() * 0.01);
    }
  }
  while (heap.size > 0) {
    expect(calendar.peekTime()).toBe(heap.peekTime());
    out.calendar.push(calendar.pop());
    out.heap.push(heap.pop());
  }
  expect(calendar.size).toBe(0);
  expect(calendar.pop()).toBe(-1);
  expect(calendar.peekTime()).toBe(Infinity);
  return out;
}

describe('calendar event queue', () => {
  it('takes events out in the order of the event heap: by time, ties first in first out', () => {
    for (const [width, horizon, seed] of [
      [0.05, 16, 1],
      [1, 8, 2],
      [0.001, 1, 3],
      [10, 1000, 4],
    ] as const) {
      const { calendar, heap } = drive(width, horizon, seed);
      expect(heap.length).toBeGreaterThan(10_000);
      expect(calendar).toEqual(heap);
    }
  });

  it('starts again after running empty, and with a bucket width it cannot use', () => {
    const q = new CalendarQueue(Number.NaN, 10);
    q.push(5, 1);
    expect(q.pop()).toBe(1);
    q.push(5000, 2);
    q.push(7, 3);
    q.push(7, 4);
    expect([q.pop(), q.pop(), q.pop(), q.pop()]).toEqual([3, 4, 2, -1]);
  });
});
