/** A plain snapshot of what the properties panel shows for one element. */
import type { ModdleElement } from '../bpmn/moddle-types.ts';
import { effectiveRole, factsKindOf, laneOf, readFacts } from './facts.ts';
import type { FactsByKind, FactsKind } from './types.ts';

export interface ElementSnapshot<K extends FactsKind = FactsKind> {
  id: string;
  type: string;
  name: string;
  kind?: K;
  facts?: FactsByKind[K];
  /** Name of the lane the element sits in (the default performer of a step). */
  laneName?: string;
  /** Performer after defaulting from the lane (steps only). */
  role?: string;
}

export function snapshotElement(bo: ModdleElement): ElementSnapshot {
  const kind = factsKindOf(bo);
  const lane = kind === 'step' ? laneOf(bo) : undefined;
  return {
    id: String(bo.id ?? ''),
    type: bo.$type,
    name: String(bo.get('name') ?? ''),
    kind,
    facts: kind ? readFacts(bo, kind) : undefined,
    laneName: (lane?.get('name') as string | undefined) ?? undefined,
    role: kind === 'step' ? effectiveRole(bo) : undefined,
  };
}
