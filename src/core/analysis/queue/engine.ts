/**
 * The discrete-event simulation of one year: dossiers arrive, walk their drawn route, and each step waits for
 * a free officer of its role (first come, first served; one queue per role). Steps whose role has no stated
 * officer count never wait. Parallel branches run at once and join when all are done. The year's dossiers
 * are followed to the end, so that late ones count with their full time.
 */
import type { QueueModel } from './model.ts';
import { EventHeap } from './heap.ts';
import type { PlanItem, Planner } from './plan.ts';
import { availableBefore, finishAt, nextAvailable } from './timetable.ts';

/** Figures summed over the simulated years (only dossiers that arrived after the warm-up count). */
export class Tally {
  cycleHours: number[] = [];
  freeHours = 0;
  applicantHours = 0;
  arrived = 0;
  counted = 0;
  openAtEnd = 0;
  readonly waiting: Float64Array;
  readonly processing: Float64Array;
  readonly visits: Float64Array;
  /** Officer hours worked and available per role inside the counted window (after warm-up, within the year). */
  readonly busy: Float64Array;
  readonly capacity: Float64Array;

  constructor(nodes: number, roles: number) {
    this.waiting = new Float64Array(nodes);
    this.processing = new Float64Array(nodes);
    this.visits = new Float64Array(nodes);
    this.busy = new Float64Array(roles);
    this.capacity = new Float64Array(roles);
  }
}

interface Join { remaining: number; time: number; parent: Token }

class Token {
  pos = 0;
  /** Role whose officer is doing this token's current step (−1 when none). */
  serving = -1;
  queuedAt = 0;
  startedAt = 0;
  constructor(readonly dossier: number, readonly items: PlanItem[], public time: number, readonly join: Join | null) {}
}

/** One role's officers: how many are free and who waits, in order. */
class Pool {
  free: number;
  queue: Token[] = [];
  head = 0;
  constructor(readonly officers: number, readonly hours: number) { this.free = officers; }
}

export interface YearInput {
  model: QueueModel;
  planner: Planner;
  arrivals: Float64Array;
  warmUpHours: number;
  yearHours: number;
  tally: Tally;
}

/** Simulate one year into `tally`. */
export function runYear(input: YearInput): void {
  const { model, planner, arrivals, warmUpHours, yearHours, tally } = input;
  const roleOf = model.role;
  const pools: Array<Pool | null> = model.roles.map(r => (r.officers === null ? null : new Pool(r.officers, r.hoursPerDay)));
  const heap = new EventHeap<Token>();
  const arrivedAt = arrivals;
  const counts = (d: number): boolean => (arrivedAt[d] as number) >= warmUpHours;
  let now = 0;

  pools.forEach((pool, r) => {
    if (pool) tally.capacity[r]! += pool.officers * (availableBefore(yearHours, pool.hours) - availableBefore(warmUpHours, pool.hours));
  });

  const start = (token: Token, r: number, pool: Pool): void => {
    const begin = nextAvailable(now, pool.hours);
    const end = finishAt(begin, (token.items[token.pos] as PlanItem).hours, pool.hours);
    pool.free--;
    token.serving = r;
    token.startedAt = begin;
    heap.push(end, token);
  };

  const finish = (token: Token): void => {
    const join = token.join;
    if (join) {
      if (token.time > join.time) join.time = token.time;
      if (--join.remaining > 0) return;
      const parent = join.parent;
      parent.time = join.time;
      parent.pos++;
      advance(parent);
      return;
    }
    const d = token.dossier;
    if (!counts(d)) return;
    tally.cycleHours.push(token.time - (arrivedAt[d] as number));
    if (token.time > yearHours) tally.openAtEnd++;
  };

  // move a token through steps that need no officer, up to the next one that does (at its own time)
  const advance = (token: Token): void => {
    const items = token.items;
    const counted = counts(token.dossier);
    for (;;) {
      if (token.pos >= items.length) { finish(token); return; }
      const item = items[token.pos] as PlanItem;
      const branches = item.branches;
      if (branches !== null) {
        const join: Join = { remaining: branches.length, time: token.time, parent: token };
        for (const branch of branches) advance(new Token(token.dossier, branch, token.time, join));
        return;
      }
      const node = item.node;
      const r = roleOf[node] as number;
      const pool = r >= 0 ? pools[r] : null;
      if (pool) {
        if (token.time > now) { heap.push(token.time, token); return; }
        token.queuedAt = now;
        if (pool.free > 0 && pool.head === pool.queue.length) start(token, r, pool);
        else pool.queue.push(token);
        return;
      }
      const h = item.hours;
      if (counted) {
        tally.processing[node]! += h;
        tally.visits[node]!++;
      }
      token.time += h;
      token.pos++;
    }
  };

  const complete = (token: Token): void => {
    const r = token.serving;
    const pool = pools[r] as Pool;
    token.serving = -1;
    const node = (token.items[token.pos] as PlanItem).node;
    if (counts(token.dossier)) {
      tally.waiting[node]! += token.startedAt - token.queuedAt;
      tally.processing[node]! += now - token.startedAt;
      tally.visits[node]!++;
    }
    // officer hours inside the counted window
    const a0 = availableBefore(Math.max(token.startedAt, warmUpHours), pool.hours);
    const a1 = availableBefore(Math.min(now, yearHours), pool.hours);
    if (a1 > a0) tally.busy[r]! += a1 - a0;
    pool.free++;
    if (pool.head < pool.queue.length) {
      const next = pool.queue[pool.head] as Token;
      pool.queue[pool.head++] = undefined as unknown as Token;
      if (pool.head > 1024 && pool.head * 2 > pool.queue.length) { pool.queue = pool.queue.slice(pool.head); pool.head = 0; }
      start(next, r, pool);
    }
    token.time = now;
    token.pos++;
    advance(token);
  };

  let next = 0;
  for (;;) {
    const ta = next < arrivals.length ? (arrivals[next] as number) : Infinity;
    const te = heap.peekTime();
    if (ta === Infinity && te === Infinity) break;
    if (ta <= te) {
      now = ta;
      const d = next++;
      const items: PlanItem[] = [];
      const free = planner.draw(model.sim.root, items);
      tally.arrived++;
      if (counts(d)) {
        tally.counted++;
        tally.freeHours += free;
        tally.applicantHours += planner.applicant;
      }
      advance(new Token(d, items, now, null));
    } else {
      now = te;
      const token = heap.pop() as Token;
      if (token.serving >= 0) complete(token);
      else advance(token);
    }
  }
}
