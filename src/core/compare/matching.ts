/**
 * One-to-one matching of the elements of two variants: by id first (variants cloned from each other), then,
 * for elements drawn independently, by family + normalized name (case, diacritics and small edits ignored) +
 * diagram position; connections by their matched ends (or one matched end when the other was added or removed). Every pair says which rule matched it.
 */
import type { ModelElement, ModelElements, ElementFamily } from './elements.ts';
import { nameSimilarity } from './similarity.ts';

/**
 * How a pair was matched: `id` same id; `name` same or similar name far apart; `name+position` same or similar
 * name nearby; `position` same type at nearly the same place (a renamed step), or the only one of its kind left;
 * `endpoints` a connection whose source and target are matched to each other.
 */
export type MatchRule = 'id' | 'name' | 'name+position' | 'position' | 'endpoints';

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
  const m: Matching = { pairs: [], beforeToAfter: new Map(), afterToBefore: new Map(), unmatchedBefore: [], unmatchedAfter: [] };
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
  const shapes = (list: ModelElement[], free: (e: ModelElement) => boolean) =>
    groupBy(list.filter(e => free(e) && !isConnection(e) && !e.viaId), e => e.family);
  for (const pass of ['near', 'far'] as const) {
    const shapesB = shapes(before.list, freeB);
    const shapesA = shapes(after.list, freeA);
    const candidates: Array<{ b: ModelElement; a: ModelElement; rule: MatchRule; score: number }> = [];
    for (const [family, listB] of shapesB) {
      const listA = shapesA.get(family);
      if (!listA) continue;
      const byKeyA = groupBy(listA.filter(e => e.key), e => e.key);
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
            candidates.push({ b, a, rule: close ? 'name+position' : 'name', score: (close ? 3 : 2) + sim - (close ? d / near : 0) / 10 });
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
    const a = after.list.find(x => x.viaId === viaAfter && x.family === b.family && freeA(x));
    const via = m.pairs.find(p => p.before.id === b.viaId);
    if (a && via) pair(b, a, via.rule);
  }
  // the only process left on each side
  const lonelyB = before.list.filter(e => e.family === 'process' && freeB(e));
  const lonelyA = after.list.filter(e => e.family === 'process' && freeA(e));
  if (lonelyB.length === 1 && lonelyA.length === 1) pair(lonelyB[0] as ModelElement, lonelyA[0] as ModelElement, 'position');

  // 4. connections by their matched ends
  const endsKey = (e: ModelElement, source?: string, target?: string) => `${e.family}|${source ?? ''}|${target ?? ''}`;
  const connA = groupBy(after.list.filter(e => freeA(e) && isConnection(e)), e => endsKey(e, e.sourceId, e.targetId));
  for (const b of before.list) {
    if (!freeB(b) || !isConnection(b)) continue;
    const source = b.sourceId && m.beforeToAfter.get(b.sourceId);
    const target = b.targetId && m.beforeToAfter.get(b.targetId);
    if (!source || !target) continue;
    const options = (connA.get(endsKey(b, source, target)) ?? []).filter(freeA);
    const a = options.find(x => x.key === b.key) ?? options[0];
    if (a) pair(b, a, 'endpoints');
  }

  // 5. a connection re-routed around an added or removed element: one end matched, the other end new or gone
  const freeConnA = after.list.filter(e => freeA(e) && isConnection(e));
  for (const b of before.list) {
    if (!freeB(b) || !isConnection(b)) continue;
    const source = b.sourceId ? m.beforeToAfter.get(b.sourceId) : undefined;
    const target = b.targetId ? m.beforeToAfter.get(b.targetId) : undefined;
    const a = freeConnA.find(x => freeA(x) && x.family === b.family && (
      (source !== undefined && x.sourceId === source && (target === undefined || !m.afterToBefore.has(x.targetId ?? ''))) ||
      (target !== undefined && x.targetId === target && (source === undefined || !m.afterToBefore.has(x.sourceId ?? '')))));
    if (a) pair(b, a, 'endpoints');
  }

  m.unmatchedBefore = before.list.filter(freeB);
  m.unmatchedAfter = after.list.filter(freeA);
  return m;
}

// helpers //////////////////////

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
  constructor(private size: number, list: ModelElement[]) {
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
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) out.push(...(this.cells.get(`${cx + dx},${cy + dy}`) ?? []));
    return out;
  }

  private cell(x: number, y: number): string {
    return `${Math.floor(x / this.size)},${Math.floor(y / this.size)}`;
  }
}
