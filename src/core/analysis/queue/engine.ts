/**
 * The discrete-event simulation of one year: dossiers arrive, walk their drawn route, and each step waits for
 * a free officer of its role (first come, first served; one line per role). Steps whose role has no stated
 * officer count never wait. Parallel branches run at once and join when all are done. The year's dossiers
 * are followed to the end, so that late ones count with their full time.
 */
import { HOURS_PER_WORKING_DAY } from '../../model/time.ts';
import type { QueueModel } from './model.ts';
import { CalendarQueue } from './calendar.ts';
import { SPLIT, kindOf, nodeOf, type Planner } from './plan.ts';
import { Fifo, FloatList, JoinTable, TokenTable } from './tables.ts';
import { availableBefore, finishAt, nextAvailable } from './timetable.ts';

/** Figures summed over the simulated years (only dossiers that arrived after the warm-up count). */
export class Tally {
  readonly cycleHours = new FloatList();
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

/** One role's officers: how many are free and who waits, in order. */
interface Pool {
  officers: number;
  hours: number;
  free: number;
  line: Fifo;
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
  const plan = planner.buffer;
  plan.length = 0;

  const roleOf = model.role;
  const pools: Array<Pool | null> = model.roles.map((r) =>
    r.officers === null ? null : { officers: r.officers, hours: r.hoursPerDay, free: r.officers, line: new Fifo() },
  );
  // buckets of about a quarter of the time between two arrivals, a ring of eight working days ahead
  const heap = new CalendarQueue(yearHours / (4 * Math.max(1, arrivals.length)), 8 * HOURS_PER_WORKING_DAY);
  const tok = new TokenTable();
  const joins = new JoinTable();
  let now = 0;
  // where each dossier's route starts; the oldest dossier still open; entries of open routes
  const routeStart = new Int32Array(arrivals.length + 1);
  const done = new Uint8Array(arrivals.length + 1);
  const moved = new Int32Array(arrivals.length + 1);
  let oldest = 0;
  let next = 0;
  let live = 0;
  // between two routes (never while one is drawn: the planner holds positions), when the buffer is 3/4 full:
  // the open routes move to the front, in order, so that the routes read by events stay close together
  const reclaim = (): void => {
    while (oldest < next && done[oldest]) oldest++;
    // worth it only when it frees at least half of the buffer
    if (live * 2 > plan.length) return;
    let to = 0;
    for (let d = oldest; d < next; d++) {
      const from = routeStart[d]!;
      const end = d + 1 < next ? routeStart[d + 1]! : plan.length;
      routeStart[d] = to;
      moved[d] = from - to;
      if (done[d]) continue;
      plan.move(from, end, to);
      to += end - from;
    }
    plan.length = to;
    tok.shift(moved);
  };

  // dossiers arrived before the end of the warm-up do not count (arrival times are sorted)
  let firstCounted = 0;
  while (firstCounted < arrivals.length && arrivals[firstCounted]! < warmUpHours) firstCounted++;

  pools.forEach((pool, r) => {
    if (pool)
      tally.capacity[r]! +=
        pool.officers * (availableBefore(yearHours, pool.hours) - availableBefore(warmUpHours, pool.hours));
  });

  const start = (k: number, r: number, pool: Pool): void => {
    const begin = nextAvailable(now, pool.hours);
    const end = finishAt(begin, tok.work[k]!, pool.hours);
    pool.free--;
    tok.serving[k] = r;
    tok.startedAt[k] = begin;
    heap.push(end, k);
  };

  const finish = (k: number): void => {
    const j = tok.join[k]!;
    const time = tok.time[k]!;
    const d = tok.dossier[k]!;
    const end = tok.end[k]!;
    tok.release(k);
    if (j >= 0) {
      if (time > joins.time[j]!) joins.time[j] = time;
      if (--joins.remaining[j]! > 0) return;
      const parent = joins.parent[j]!;
      tok.time[parent] = joins.time[j]!;
      tok.pos[parent] = plan.link(tok.pos[parent]!);
      joins.release(j);
      advance(parent);
      return;
    }
    done[d] = 1;
    live -= end - routeStart[d]!;
    if (d < firstCounted) return;
    const arrived = arrivals[d]!;
    tally.cycleHours.push(time - arrived);
    if (time > yearHours) tally.openAtEnd++;
  };

  // move a token through steps that need no officer, up to the next one that does (at its own time)
  const advance = (k: number): void => {
    const counted = tok.dossier[k]! >= firstCounted;
    // the entry the token stands on: the copy it took when its last step was queued, or read from the route
    let entry = -1;
    let h = 0;
    if (tok.ahead[k]) {
      tok.ahead[k] = 0;
      entry = tok.aheadEntry[k]!;
      h = tok.aheadHours[k]!;
    }
    for (;;) {
      const pos = tok.pos[k]!;
      if (pos >= tok.end[k]!) {
        finish(k);
        return;
      }
      if (entry < 0) {
        entry = plan.entry(pos);
        h = plan.hours(pos);
      }
      if (kindOf(entry) === SPLIT) {
        const after = plan.link(pos);
        const j = joins.alloc(nodeOf(entry), k, tok.time[k]!);
        // branch headers follow one another: each links to the entry after its own steps
        for (let b = pos + 1; b < after; b = plan.link(b)) {
          advance(tok.alloc(tok.dossier[k]!, b + 1, plan.link(b), tok.time[k]!, j));
        }
        return;
      }
      const node = nodeOf(entry);
      const r = roleOf[node]!;
      const pool = r >= 0 ? pools[r] : null;
      if (pool) {
        if (tok.time[k]! > now) {
          heap.push(tok.time[k]!, k);
          return;
        }
        // the step's node and time go with the token, and so does the next entry (most often on the same cache
        // line, read now while it is there): the route is not read again until the step is done
        tok.queuedAt[k] = now;
        tok.node[k] = node;
        tok.work[k] = h;
        if (pos + 1 < tok.end[k]!) {
          tok.ahead[k] = 1;
          tok.aheadEntry[k] = plan.entry(pos + 1);
          tok.aheadHours[k] = plan.hours(pos + 1);
        }
        if (pool.free > 0) start(k, r, pool);
        else pool.line.push(k);
        return;
      }
      if (counted) {
        tally.processing[node]! += h;
        tally.visits[node]!++;
      }
      tok.time[k]! += h;
      tok.pos[k] = pos + 1;
      entry = -1;
    }
  };

  const complete = (k: number): void => {
    const r = tok.serving[k]!;
    const pool = pools[r]!;
    tok.serving[k] = -1;
    const pos = tok.pos[k]!;
    const node = tok.node[k]!;
    const startedAt = tok.startedAt[k]!;
    if (tok.dossier[k]! >= firstCounted) {
      tally.waiting[node]! += startedAt - tok.queuedAt[k]!;
      tally.processing[node]! += now - startedAt;
      tally.visits[node]!++;
    }
    // officer hours inside the counted window
    const a0 = availableBefore(Math.max(startedAt, warmUpHours), pool.hours);
    const a1 = availableBefore(Math.min(now, yearHours), pool.hours);
    if (a1 > a0) tally.busy[r]! += a1 - a0;
    pool.free++;
    if (pool.line.size > 0) start(pool.line.shift(), r, pool);
    tok.time[k] = now;
    tok.pos[k] = pos + 1;
    advance(k);
  };

  for (;;) {
    const ta = next < arrivals.length ? arrivals[next]! : Infinity;
    const te = heap.peekTime();
    if (ta === Infinity && te === Infinity) break;
    if (ta <= te) {
      now = ta;
      if (plan.length * 4 > plan.capacity * 3) reclaim();
      const d = next++;
      routeStart[d] = plan.length;
      const free = planner.draw(model.sim.root);
      live += plan.length - routeStart[d]!;
      tally.arrived++;
      if (ta >= warmUpHours) {
        tally.counted++;
        tally.freeHours += free;
        tally.applicantHours += planner.applicant;
      }
      advance(tok.alloc(d, routeStart[d]!, plan.length, now, -1));
    } else {
      now = te;
      const k = heap.pop();
      if (tok.serving[k]! >= 0) complete(k);
      else advance(k);
    }
  }
}
