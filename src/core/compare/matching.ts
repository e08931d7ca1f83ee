/**
 * One-to-one matching of the elements of two variants: by id first (variants cloned from each other), then,
 * for elements drawn independently, by family + normalized name (case, diacritics and small edits ignored) +
 * diagram position; unnamed events and gateways by type, pool and lane, neighbours and place in their pool;
 * connections by their matched ends (or one matched end when the other was added or removed). Every pair says
 * which rule matched it.
 */
import type { ModelElement, ModelElements, ElementFamily } from './elements.ts';
import { nameSimilarity } from './similarity.ts';

/**
 * How a pair was matched: `id` same id; `name` same or similar name far apart; `name+position` same or similar
 * name nearby; `position` same type at nearly the same place (a renamed step), or the only one of its kind left;
 * `endpoints` a connection whose source and target are matched to each other; `neighbours` an unnamed event or
 * gateway of the same type in the matched pool and lane, next to matched elements or at the same place in it.
 */
export type MatchRule = 'id' | 'name' | 'name+position' | 'position' | 'endpoints' | 'neighbours';

export interface MatchPair {
  before: ModelElement;
  after: ModelElement;
  rule: MatchRule;
}

export interface Matching {
  pairs: MatchPair[];
  beforeToAfter: Map<string, string>;
  afterToBefore: Map<string, string>;
  unmatchedBefore: ModelElement[];
  unmatchedAfter: ModelElement[];
}

/** Thresholds of the matching: distance in diagram units, similarity in [0, 1]. */
export interface MatchOptions {
  /** Centres closer than this count as "the same place" (default 160). */
  near?: number;
  /** Names at least this similar count as the same name edited (default 0.75). */
  similarName?: number;
  /** Above this many candidate pairs in one family, far-apart fuzzy names are not tried (default 250,000). */
  maxFuzzyPairs?: number;
}

const CONNECTIONS = new Set<ElementFamily>(['sequenceFlow', 'messageFlow', 'association', 'dataAssociation']);

/** True for connection families (matched by their ends). */
export function isConnection(el: ModelElement): boolean {
  return CONNECTIONS.has(el.family);
}

/** Match the elements of `before` and `after` one to one. */
export function matchElements(before: ModelElements, after: ModelElements, options: MatchOptions = {}): Matching {
  const near = options.near ?? 160;
  const similar = options.similarName ?? 0.75;
  const maxFuzzy = options.maxFuzzyPairs ?? 250_000;
  const m: Matching = {
    pairs: [],
    beforeToAfter: new Map(),
    afterToBefore: new Map(),
    unmatchedBefore: [],
    unmatchedAfter: [],
  };
  const pair = (b: ModelElement, a: ModelElement, rule: MatchRule) => {
    m.pairs.push({ before: b, after: a, rule });
    m.beforeToAfter.set(b.id, a.id);
    m.afterToBefore.set(a.id, b.id);
  };
  const freeB = (e: ModelElement) => !m.beforeToAfter.has(e.id);
  const freeA = (e: ModelElement) => !m.afterToBefore.has(e.id);

  // 1. same id, same family
  for (const b of before.list) {
    const a = after.byId.get(b.id);
    if (a && a.family === b.family) pair(b, a, 'id');
  }

  // 2. shapes: same or similar names and nearby shapes first; then, for what is left, similar names anywhere
  // (unnamed events and gateways wait for step 4: their name says nothing and their place only means
  // something inside their pool, which is matched here)
  const shapes = (list: ModelElement[], free: (e: ModelElement) => boolean) =>
    groupBy(
      list.filter((e) => free(e) && !isConnection(e) && !e.viaId && !(byContext(e) && !e.key)),
      (e) => e.family,
    );
  for (const pass of ['near', 'far'] as const) {
    const shapesB = shapes(before.list, freeB);
    const shapesA = shapes(after.list, freeA);
    const candidates: Array<{ b: ModelElement; a: ModelElement; rule: MatchRule; score: number }> = [];
    for (const [family, listB] of shapesB) {
      const listA = shapesA.get(family);
      if (!listA) continue;
      const byKeyA = groupBy(
        listA.filter((e) => e.key),
        (e) => e.key,
      );
      const gridA = new Grid(near, listA);
      const fuzzy = pass === 'far' && listB.length * listA.length <= maxFuzzy;
      for (const b of listB) {
        const seen = new Set<ModelElement>();
        const consider = (a: ModelElement) => {
          if (seen.has(a)) return;
          seen.add(a);
          const d = distance(b, a);
          const close = d <= near;
          const sim = b.key && a.key ? nameSimilarity(b.key, a.key, similar) : 0;
          if (sim >= similar) {
            candidates.push({
              b,
              a,
              rule: close ? 'name+position' : 'name',
              score: (close ? 3 : 2) + sim - (close ? d / near : 0) / 10,
            });
          } else if (close && (b.type === a.type || sim >= 0.5)) {
            candidates.push({ b, a, rule: 'position', score: 1 + (1 - d / near) / 2 + sim / 2 });
          }
        };
        for (const a of (b.key && byKeyA.get(b.key)) || []) consider(a);
        for (const a of gridA.around(b)) consider(a);
        if (fuzzy && b.key) for (const a of listA) if (a.key && !seen.has(a)) consider(a);
      }
    }
    candidates.sort((x, y) => y.score - x.score);
    for (const c of candidates) if (freeB(c.b) && freeA(c.a)) pair(c.b, c.a, c.rule);
  }

  // 3. derived: a process through its participant, a data object through its reference
  for (const b of before.list) {
    if (!freeB(b) || !b.viaId) continue;
    const viaAfter = m.beforeToAfter.get(b.viaId);
    const a = after.list.find((x) => x.viaId === viaAfter && x.family === b.family && freeA(x));
    const via = m.pairs.find((p) => p.before.id === b.viaId);
    if (a && via) pair(b, a, via.rule);
  }
  // the only process left on each side
  const lonelyB = before.list.filter((e) => e.family === 'process' && freeB(e));
  const lonelyA = after.list.filter((e) => e.family === 'process' && freeA(e));
  if (lonelyB.length === 1 && lonelyA.length === 1)
    pair(lonelyB[0] as ModelElement, lonelyA[0] as ModelElement, 'position');
  // processes drawn without a pool: the one holding most of the matched elements of this one
  for (const b of before.list.filter((e) => e.family === 'process' && freeB(e))) {
    const votes = new Map<string, number>();
    for (const e of before.list) {
      const a = e.poolId === b.id ? after.byId.get(m.beforeToAfter.get(e.id) ?? '') : undefined;
      if (a?.poolId) votes.set(a.poolId, (votes.get(a.poolId) ?? 0) + 1);
    }
    const best = [...votes].filter(([id]) => !m.afterToBefore.has(id)).sort((x, y) => y[1] - x[1])[0];
    const a = best && after.byId.get(best[0]);
    if (a && a.family === 'process') pair(b, a, 'position');
  }

  // 4. unnamed events and gateways: same type, same pool and lane, matched neighbours or the same place in the pool
  matchByContext(before, after, m, pair, near);

  // 5. connections by their matched ends
  const endsKey = (e: ModelElement, source?: string, target?: string) => `${e.family}|${source ?? ''}|${target ?? ''}`;
  const connA = groupBy(
    after.list.filter((e) => freeA(e) && isConnection(e)),
    (e) => endsKey(e, e.sourceId, e.targetId),
  );
  for (const b of before.list) {
    if (!freeB(b) || !isConnection(b)) continue;
    const source = b.sourceId && m.beforeToAfter.get(b.sourceId);
    const target = b.targetId && m.beforeToAfter.get(b.targetId);
    if (!source || !target) continue;
    const options = (connA.get(endsKey(b, source, target)) ?? []).filter(freeA);
    const a = options.find((x) => x.key === b.key) ?? options[0];
    if (a) pair(b, a, 'endpoints');
  }

  // 6. a connection re-routed around an added or removed element: one end matched, the other end new or gone
  const freeConnA = after.list.filter((e) => freeA(e) && isConnection(e));
  for (const b of before.list) {
    if (!freeB(b) || !isConnection(b)) continue;
    const source = b.sourceId ? m.beforeToAfter.get(b.sourceId) : undefined;
    const target = b.targetId ? m.beforeToAfter.get(b.targetId) : undefined;
    const a = freeConnA.find(
      (x) =>
        freeA(x) &&
        x.family === b.family &&
        ((source !== undefined &&
          x.sourceId === source &&
          (target === undefined || !m.afterToBefore.has(x.targetId ?? ''))) ||
          (target !== undefined &&
            x.targetId === target &&
            (source === undefined || !m.afterToBefore.has(x.sourceId ?? '')))),
    );
    if (a) pair(b, a, 'endpoints');
  }

  m.unmatchedBefore = before.list.filter(freeB);
  m.unmatchedAfter = after.list.filter(freeA);
  return m;
}

// helpers //////////////////////

/** Families matched by their context (pool, lane, neighbours, place) when they have no name. */
function byContext(e: ModelElement): boolean {
  return e.family === 'event' || e.family === 'gateway';
}

/**
 * Pair the free events and gateways of which at least one has no name, in rounds (a matched gateway lends its
 * match to the next one): same type; same pool (matched processes) and, when both are in lanes, matched lanes;
 * scored by how many neighbours on each side are matched to each other, then by distance inside the pool.
 * A pair with no matched neighbour needs to sit at the same place in its pool or be the only one of its type there.
 */
function matchByContext(
  before: ModelElements,
  after: ModelElements,
  m: Matching,
  pair: (b: ModelElement, a: ModelElement, rule: MatchRule) => void,
  near: number,
): void {
  const same = (b: string | undefined, a: string | undefined, optional: boolean) =>
    b === undefined || a === undefined ? optional || b === a : m.beforeToAfter.get(b) === a;
  const agreement = (b: string[] = [], a: string[] = []) =>
    b.filter((id) => a.includes(m.beforeToAfter.get(id) ?? '')).length;
  for (let round = 0; round < 5; round++) {
    const freeB = before.list.filter((e) => byContext(e) && !m.beforeToAfter.has(e.id));
    const freeA = after.list.filter((e) => byContext(e) && !m.afterToBefore.has(e.id));
    if (!freeB.length || !freeA.length) return;
    const countB = groupBy(freeB, (e) => `${e.type}|${e.poolId ?? ''}`);
    const countA = groupBy(freeA, (e) => `${e.type}|${e.poolId ?? ''}`);
    const candidates: Array<{ b: ModelElement; a: ModelElement; score: number }> = [];
    for (const b of freeB) {
      for (const a of freeA) {
        if (a.type !== b.type || (b.key && a.key)) continue;
        if (!same(b.poolId, a.poolId, false) || !same(b.laneId, a.laneId, true)) continue;
        const agree = agreement(b.incoming, a.incoming) + agreement(b.outgoing, a.outgoing);
        const d =
          b.rx === undefined || b.ry === undefined || a.rx === undefined || a.ry === undefined
            ? Infinity
            : Math.hypot(b.rx - a.rx, b.ry - a.ry);
        const alone =
          countB.get(`${b.type}|${b.poolId ?? ''}`)?.length === 1 &&
          countA.get(`${a.type}|${a.poolId ?? ''}`)?.length === 1;
        if (!agree && d > near && !alone) continue;
        candidates.push({ b, a, score: agree * 2 + 1 / (1 + d / near) });
      }
    }
    candidates.sort((x, y) => y.score - x.score);
    let added = 0;
    for (const c of candidates) {
      if (m.beforeToAfter.has(c.b.id) || m.afterToBefore.has(c.a.id)) continue;
      pair(c.b, c.a, 'neighbours');
      added++;
    }
    if (!added) break;
  }
  // what is left with no neighbour to go by (e.g. events drawn side by side): when a pool holds as many free
  // elements of a type on each side, pair them in their order across and down the pool
  const key = (e: ModelElement, pool: string | undefined) => `${e.type}|${pool ?? ''}`;
  const leftB = groupBy(
    before.list.filter((e) => byContext(e) && !m.beforeToAfter.has(e.id) && e.rx !== undefined),
    (e) => key(e, e.poolId && m.beforeToAfter.get(e.poolId)),
  );
  const leftA = groupBy(
    after.list.filter((e) => byContext(e) && !m.afterToBefore.has(e.id) && e.rx !== undefined),
    (e) => key(e, e.poolId),
  );
  const order = (x: ModelElement, y: ModelElement) =>
    (x.rx as number) - (y.rx as number) || (x.ry as number) - (y.ry as number);
  for (const [k, listB] of leftB) {
    const listA = leftA.get(k);
    if (!listA || listA.length !== listB.length || (listB.some((b) => b.key) && listA.some((a) => a.key))) continue;
    listB.sort(order);
    listA.sort(order);
    listB.forEach((b, i) => pair(b, listA[i] as ModelElement, 'position'));
  }
}

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const bucket = out.get(k);
    if (bucket) bucket.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function distance(a: ModelElement, b: ModelElement): number {
  if (a.x === undefined || a.y === undefined || b.x === undefined || b.y === undefined) return Infinity;
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** A uniform grid of positioned elements, for "what lies near this point". */
class Grid {
  private cells = new Map<string, ModelElement[]>();
  constructor(
    private size: number,
    list: ModelElement[],
  ) {
    for (const e of list) {
      if (e.x === undefined || e.y === undefined) continue;
      const k = this.cell(e.x, e.y);
      const bucket = this.cells.get(k);
      if (bucket) bucket.push(e);
      else this.cells.set(k, [e]);
    }
  }

  around(e: ModelElement): ModelElement[] {
    if (e.x === undefined || e.y === undefined) return [];
    const cx = Math.floor(e.x / this.size);
    const cy = Math.floor(e.y / this.size);
    const out: ModelElement[] = [];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) out.push(...(this.cells.get(`${cx + dx},${cy + dy}`) ?? []));
    return out;
  }

  private cell(x: number, y: number): string {
    return `${Math.floor(x / this.size)},${Math.floor(y / this.size)}`;
  }
}
