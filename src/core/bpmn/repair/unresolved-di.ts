/** Drop diagram shapes and edges whose element reference did not resolve (GenMyModel writes such files). */
import { elementOf, type ModdleElement } from '../moddle-types.ts';
import { diagramsOf, list } from './model.ts';
import type { OpenNotice } from './notices.ts';

/** A parser warning as moddle reports it: an unresolved reference names the element and the id. */
export interface ParseWarning {
  message: string;
  element?: unknown;
  property?: string;
  value?: unknown;
}

/** The notice, and the parser warnings this repair answers (so they are not reported again). */
export function dropUnresolvedDi(
  definitions: ModdleElement,
  warnings: ParseWarning[],
): { notices: OpenNotice[]; handled: ParseWarning[] } {
  const named = new Map<unknown, string>();
  const warningOf = new Map<unknown, ParseWarning>();
  for (const w of warnings) {
    if (w.element && typeof w.value === 'string' && /bpmnElement$/.test(w.property ?? '')) {
      named.set(w.element, w.value);
      warningOf.set(w.element, w);
    }
  }
  const handled: ParseWarning[] = [];
  const refs: string[] = [];
  for (const diagram of diagramsOf(definitions)) {
    const plane = elementOf(diagram, 'plane');
    if (!plane) continue;
    const elements = list(plane, 'planeElement');
    // Only references that named a missing element; DI written without any reference is left to bpmn-js's warning.
    const dropped = elements.filter((di) => !di.get('bpmnElement') && named.has(di));
    if (!dropped.length) continue;
    const kept = elements.filter((di) => !dropped.includes(di));
    refs.push(...dropped.map((di) => named.get(di) as string));
    handled.push(...dropped.map((di) => warningOf.get(di) as ParseWarning));
    plane.set('planeElement', kept);
  }
  return { notices: refs.length ? [{ code: 'diDropped', count: refs.length, refs }] : [], handled };
}
