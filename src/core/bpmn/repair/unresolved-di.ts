/** Drop diagram shapes and edges whose element reference did not resolve (GenMyModel writes such files). */
import type { ModdleElement } from '../moddle-types.ts';
import { diagramsOf, list } from './model.ts';
import type { OpenNotice } from './notices.ts';

/** A parser warning as moddle reports it: an unresolved reference names the element and the id. */
export interface ParseWarning { message: string; element?: unknown; property?: string; value?: unknown }

export function dropUnresolvedDi(definitions: ModdleElement, warnings: ParseWarning[]): OpenNotice[] {
  const named = new Map<unknown, string>();
  for (const w of warnings) if (w.element && typeof w.value === 'string' && /bpmnElement$/.test(w.property ?? '')) named.set(w.element, w.value);
  const refs: string[] = [];
  for (const diagram of diagramsOf(definitions)) {
    const plane = diagram.get('plane') as ModdleElement | undefined;
    if (!plane) continue;
    const elements = list(plane, 'planeElement');
    // Only references that named a missing element; DI written without any reference is left to bpmn-js's warning.
    const dropped = elements.filter(di => !di.get('bpmnElement') && named.has(di));
    if (!dropped.length) continue;
    const kept = elements.filter(di => !dropped.includes(di));
    refs.push(...dropped.map(di => named.get(di) as string));
    plane.set('planeElement', kept);
  }
  return refs.length ? [{ code: 'diDropped', count: refs.length, refs }] : [];
}
