/**
 * Re-point diagram planes that name something bpmn-js cannot draw (the definitions, as Modelio writes, or
 * nothing) at the process or collaboration whose elements the plane's shapes show.
 */
import { elementOf, is, type ModdleElement } from '../moddle-types.ts';
import { diagramsOf, drawableRoots, label, list } from './model.ts';
import type { OpenNotice } from './notices.ts';

export function repointPlanes(definitions: ModdleElement): OpenNotice[] {
  const notices: OpenNotice[] = [];
  for (const diagram of diagramsOf(definitions)) {
    const plane = elementOf(diagram, 'plane');
    if (!plane) continue;
    const target = elementOf(plane, 'bpmnElement');
    if (is(target, 'bpmn:Process') || is(target, 'bpmn:Collaboration') || is(target, 'bpmn:SubProcess')) continue;
    const best = bestRoot(definitions, plane);
    if (!best) continue;
    plane.set('bpmnElement', best);
    notices.push({
      code: 'planeRepointed',
      diagram: label(diagram) || label(plane),
      from: label(target),
      to: label(best),
    });
  }
  return notices;
}

/** The root holding most of the plane's shapes (a collaboration counts its pools' processes too). */
function bestRoot(definitions: ModdleElement, plane: ModdleElement): ModdleElement | undefined {
  const roots = drawableRoots(definitions);
  const score = new Map<ModdleElement, number>(roots.map((r) => [r, 0]));
  const owner = new Map<ModdleElement, ModdleElement>();
  for (const c of roots.filter((r) => is(r, 'bpmn:Collaboration'))) {
    for (const p of list(c, 'participants')) {
      const process = elementOf(p, 'processRef');
      if (process && !owner.has(process)) owner.set(process, c);
    }
  }
  for (const di of list(plane, 'planeElement')) {
    let el = elementOf(di, 'bpmnElement');
    while (el?.$parent && !is(el.$parent, 'bpmn:Definitions')) el = el.$parent;
    if (!el || !score.has(el)) continue;
    score.set(el, (score.get(el) ?? 0) + 1);
    const collaboration = owner.get(el);
    if (collaboration) score.set(collaboration, (score.get(collaboration) ?? 0) + 1);
  }
  // Collaborations first, so a tie goes to the pool view that shows the processes as well.
  const ordered = [
    ...roots.filter((r) => is(r, 'bpmn:Collaboration')),
    ...roots.filter((r) => !is(r, 'bpmn:Collaboration')),
  ];
  return ordered.reduce<ModdleElement | undefined>(
    (best, r) => (!best || (score.get(r) ?? 0) > (score.get(best) ?? 0) ? r : best),
    undefined,
  );
}
