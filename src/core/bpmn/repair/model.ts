/** Small read helpers over moddle definitions shared by the repairs: roots, diagrams and what a process holds. */
import { elementOf, elementsOf, is, type ModdleElement } from '../moddle-types.ts';

export function list(el: ModdleElement | undefined, property: string): ModdleElement[] {
  return elementsOf(el, property).filter(Boolean);
}

export function diagramsOf(definitions: ModdleElement): ModdleElement[] {
  return list(definitions, 'diagrams');
}

/** Shapes and edges of every diagram plane. */
export function diElements(definitions: ModdleElement): ModdleElement[] {
  return diagramsOf(definitions).flatMap((d) => list(elementOf(d, 'plane'), 'planeElement'));
}

/** The collaborations and processes at the top of the file. */
export function drawableRoots(definitions: ModdleElement): ModdleElement[] {
  return list(definitions, 'rootElements').filter((r) => is(r, 'bpmn:Collaboration') || is(r, 'bpmn:Process'));
}

/** The roots a diagram is drawn for: every collaboration, and every process no participant shows. */
export function topRoots(definitions: ModdleElement): ModdleElement[] {
  const roots = drawableRoots(definitions);
  const inPools = new Set(
    roots
      .filter((r) => is(r, 'bpmn:Collaboration'))
      .flatMap((c) => list(c, 'participants').map((p) => elementOf(p, 'processRef'))),
  );
  return roots.filter((r) => is(r, 'bpmn:Collaboration') || !inPools.has(r));
}

/** A human name for an element: its name, else its id. */
export function label(el: ModdleElement | undefined): string {
  const own = (el?.name as string | undefined)?.trim();
  if (own) return own;
  // A collaboration is rarely named: its first named pool says what it is.
  if (el && is(el, 'bpmn:Collaboration')) {
    const pool = list(el, 'participants').find((p) => (p.name as string | undefined)?.trim());
    if (pool) return (pool.name as string).trim();
  }
  return (el?.id as string | undefined) ?? '';
}

/** Every flow node in `container` and, recursively, in its sub-processes. */
export function flowNodesDeep(container: ModdleElement): ModdleElement[] {
  const out: ModdleElement[] = [];
  for (const el of list(container, 'flowElements')) {
    if (!is(el, 'bpmn:FlowNode')) continue;
    out.push(el);
    if (is(el, 'bpmn:SubProcess')) out.push(...flowNodesDeep(el));
  }
  return out;
}

/** Every lane of a process, nested ones included, parents before children. */
export function lanesDeep(process: ModdleElement | undefined): ModdleElement[] {
  const out: ModdleElement[] = [];
  const walk = (laneSet: ModdleElement | undefined) => {
    for (const lane of list(laneSet, 'lanes')) {
      out.push(lane);
      walk(elementOf(lane, 'childLaneSet'));
    }
  };
  for (const laneSet of list(process, 'laneSets')) walk(laneSet);
  return out;
}

/** The elements of `root` that need a shape to be drawn: pools, lanes and flow nodes, deep. */
export function shapedElements(root: ModdleElement): ModdleElement[] {
  if (is(root, 'bpmn:Collaboration')) {
    return list(root, 'participants').flatMap((p) => {
      const process = elementOf(p, 'processRef');
      return [p, ...(process ? [...lanesDeep(process), ...flowNodesDeep(process)] : [])];
    });
  }
  return [...lanesDeep(root), ...flowNodesDeep(root)];
}
