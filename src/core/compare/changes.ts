/**
 * What changed between two variants: added and removed elements, and for matched pairs the changed name,
 * type, connection ends and `tthc` facts (step time, role, channel, dossier status…, dossier component source,
 * database, copy type, decision outcome shares, procedure facts), each as field, old → new.
 */
import { elementOf, type ModdleElement } from '../bpmn/moddle-types.ts';
import { effectiveRole, factsKindOf, readFacts } from '../model/facts.ts';
import { collectElements, type ModelElement, type ModelElements } from './elements.ts';
import { isConnection, matchElements, type MatchOptions, type MatchRule, type Matching } from './matching.ts';

export type FieldValue = string | number | boolean | null;

/** One changed field: `name`, `type`, `source`, `target`, `condition` or `<kind>.<fact>` (e.g. `step.duration`). */
export interface FieldChange {
  field: string;
  old: FieldValue;
  new: FieldValue;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface ElementChange {
  kind: ChangeKind;
  /** Id in the before variant (removed, changed) and in the after variant (added, changed). */
  beforeId?: string;
  afterId?: string;
  type: string;
  name: string;
  /** True for sequence flows, message flows and associations. */
  connection: boolean;
  /** How a changed pair was matched. */
  rule?: MatchRule;
  fields: FieldChange[];
  /**
   * For connections: the added or removed element this change follows from (a flow removed with its step),
   * so that lists can show the step alone.
   */
  impliedBy?: string;
}

export interface MatchedPairSummary {
  before: string;
  after: string;
  type: string;
  name: string;
  rule: MatchRule;
}

export interface ModelComparison {
  matched: MatchedPairSummary[];
  added: ElementChange[];
  removed: ElementChange[];
  changed: ElementChange[];
  /** All changes in diagram order: removed, then changed and added as they come. */
  changes: ElementChange[];
}

/** Facts not compared: they name the variant itself and always differ between variants. */
const IGNORED_FACTS = new Set(['procedure.variantName', 'procedure.variantStatus']);

/** Compare two parsed variants: match their elements, then list what was added, removed and changed. */
export function compareModels(
  before: ModdleElement,
  after: ModdleElement,
  options: MatchOptions = {},
): ModelComparison {
  const b = collectElements(before);
  const a = collectElements(after);
  return describeChanges(b, a, matchElements(b, a, options));
}

/** The change list of a matching. */
export function describeChanges(before: ModelElements, after: ModelElements, m: Matching): ModelComparison {
  const removed: ElementChange[] = m.unmatchedBefore.map((e) => ({
    kind: 'removed',
    beforeId: e.id,
    type: e.type,
    name: e.name,
    connection: isConnection(e),
    fields: [],
  }));
  const added: ElementChange[] = m.unmatchedAfter.map((e) => ({
    kind: 'added',
    afterId: e.id,
    type: e.type,
    name: e.name,
    connection: isConnection(e),
    fields: [],
  }));
  const removedIds = new Set(m.unmatchedBefore.map((e) => e.id));
  const addedIds = new Set(m.unmatchedAfter.map((e) => e.id));
  for (const c of removed) {
    const e = before.byId.get(c.beforeId as string) as ModelElement;
    c.impliedBy = [e.sourceId, e.targetId].find((id) => id && removedIds.has(id));
  }
  for (const c of added) {
    const e = after.byId.get(c.afterId as string) as ModelElement;
    c.impliedBy = [e.sourceId, e.targetId].find((id) => id && addedIds.has(id));
  }
  const changed: ElementChange[] = [];
  for (const p of m.pairs) {
    const fields = compareFields(p.before, p.after, m);
    if (!fields.length) continue;
    const change: ElementChange = {
      kind: 'changed',
      beforeId: p.before.id,
      afterId: p.after.id,
      type: p.after.type,
      name: p.after.name || p.before.name,
      connection: isConnection(p.after),
      rule: p.rule,
      fields,
    };
    const ends = fields.filter((f) => f.field === 'source' || f.field === 'target');
    if (ends.length && ends.length === fields.length) {
      const end = ends
        .flatMap((f) => [f.old, f.new])
        .find((v) => typeof v === 'string' && (removedIds.has(v) || addedIds.has(v)));
      if (typeof end === 'string') change.impliedBy = end;
    }
    changed.push(change);
  }
  const order = new Map<string, number>();
  before.list.forEach((e, i) => order.set('b:' + e.id, i));
  after.list.forEach((e, i) => order.set('a:' + e.id, i));
  const rank = (c: ElementChange) =>
    c.afterId !== undefined ? (order.get('a:' + c.afterId) ?? 0) : (order.get('b:' + c.beforeId) ?? 0);
  const changes = [...removed, ...changed, ...added].sort(
    (x, y) => rank(x) - rank(y) || (x.kind === 'removed' ? -1 : 1),
  );
  return {
    matched: m.pairs.map((p) => ({
      before: p.before.id,
      after: p.after.id,
      type: p.after.type,
      name: p.after.name || p.before.name,
      rule: p.rule,
    })),
    added,
    removed,
    changed,
    changes,
  };
}

/** The facts of an element flattened into `kind.field` → value (lists joined as text). */
export function flattenFacts(bo: ModdleElement): Record<string, FieldValue> {
  const kind = factsKindOf(bo);
  if (!kind) return {};
  const out: Record<string, FieldValue> = {};
  const facts = readFacts(bo, kind) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(facts)) {
    const field = `${kind}.${key}`;
    if (IGNORED_FACTS.has(field)) continue;
    const v = flatValue(value);
    if (v !== null) out[field] = v;
  }
  if (kind === 'step') out['step.role'] = effectiveRole(bo) ?? null;
  return out;
}

// helpers //////////////////////

function compareFields(b: ModelElement, a: ModelElement, m: Matching): FieldChange[] {
  const fields: FieldChange[] = [];
  const push = (field: string, old: FieldValue, now: FieldValue) => {
    if (old !== now) fields.push({ field, old, new: now });
  };
  push('name', b.name || null, a.name || null);
  push('type', b.type, a.type);
  if (isConnection(b)) {
    if (b.sourceId && m.beforeToAfter.get(b.sourceId) !== a.sourceId)
      push('source', b.sourceId ?? null, a.sourceId ?? null);
    if (b.targetId && m.beforeToAfter.get(b.targetId) !== a.targetId)
      push('target', b.targetId ?? null, a.targetId ?? null);
    push('condition', conditionOf(b.bo), conditionOf(a.bo));
  }
  const fb = flattenFacts(b.bo);
  const fa = flattenFacts(a.bo);
  for (const key of new Set([...Object.keys(fb), ...Object.keys(fa)])) push(key, fb[key] ?? null, fa[key] ?? null);
  return fields;
}

function conditionOf(bo: ModdleElement): FieldValue {
  const c = elementOf(bo, 'conditionExpression');
  const body = c?.get?.('body');
  return typeof body === 'string' && body.trim() ? body.trim() : null;
}

function flatValue(value: unknown): FieldValue {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    if (!value.length) return null;
    return value
      .map((v) =>
        typeof v === 'object' && v
          ? Object.values(v as Record<string, unknown>)
              .filter((x) => x !== undefined && x !== '')
              .join(' · ')
          : String(v),
      )
      .join('; ');
  }
  return JSON.stringify(value);
}
