/**
 * Lay out what the file does not draw. When nothing has a shape, every collaboration and process gets a new
 * diagram; a collaboration or process drawn only in part (some pools, lanes or flow nodes have no shape) is
 * laid out again as a whole, since the missing shapes cannot be added without overlapping what is there.
 * A file with no diagram at all gets at least an empty one, so the editor can show it.
 */
import { elementOf, elementsOf, is, type ModdleElement, type ModdleFactory } from '../moddle-types.ts';
import { generateDi, type IdAllocator } from './generate-di.ts';
import { diElements, diagramsOf, label, list, shapedElements, topRoots } from './model.ts';
import type { OpenNotice } from './notices.ts';

export interface MissingDiResult {
  notices: OpenNotice[];
  created: ModdleElement[];
}

export function layOutMissingDi(definitions: ModdleElement, moddle: ModdleFactory, ids: IdAllocator): MissingDiResult {
  const result: MissingDiResult = { notices: [], created: [] };
  const drawn = new Set(diElements(definitions).map((di) => di.get('bpmnElement')));
  const diagrams = elementsOf(definitions, 'diagrams');
  // A root with no shape at all is laid out only when nothing is drawn: a file that draws its collaboration may
  // hold another process on purpose (a called process, say), and the editor shows one diagram anyway.
  const nothingDrawn = !drawn.size;
  for (const root of topRoots(definitions)) {
    const needed = shapedElements(root);
    const missing = needed.filter((el) => !drawn.has(el)).length;
    if (!needed.length || !missing || (missing === needed.length && !nothingDrawn)) continue;
    const own = planesFor(definitions, root);
    const generated = generateDi(root, moddle, ids);
    let plane = own[0];
    if (plane) {
      // Drawn in part: the old shapes of this root (and its sub-process planes) give way to the new layout.
      for (const other of own.slice(1)) removeDiagram(definitions, other.$parent);
      plane.set('bpmnElement', root);
      plane.set('planeElement', generated.planeElements);
    } else {
      plane = moddle.create('bpmndi:BPMNPlane', {
        id: ids.next(`${root.id ?? 'Process'}_plane`),
        bpmnElement: root,
        planeElement: generated.planeElements,
      });
      const diagram = moddle.create('bpmndi:BPMNDiagram', { id: ids.next(`${root.id ?? 'Process'}_diagram`), plane });
      plane.$parent = diagram;
      diagram.$parent = definitions;
      diagrams.push(diagram);
      result.created.push(plane, diagram);
    }
    generated.planeElements.forEach((el) => {
      el.$parent = plane;
    });
    for (const d of generated.diagrams) {
      d.$parent = definitions;
      diagrams.push(d);
    }
    result.created.push(...generated.created);
    result.notices.push({
      code: 'layoutGenerated',
      scope: label(root),
      reason: own.length && missing < needed.length ? 'partial' : 'noDiagram',
      missing,
      elements: generated.drawn,
    });
  }
  if (!diagrams.length) {
    // Nothing to draw, but bpmn-js needs a plane to show an empty canvas rather than fail.
    const root = topRoots(definitions)[0];
    if (root) {
      const plane = moddle.create('bpmndi:BPMNPlane', {
        id: ids.next(`${root.id ?? 'Process'}_plane`),
        bpmnElement: root,
        planeElement: [],
      });
      const diagram = moddle.create('bpmndi:BPMNDiagram', { id: ids.next(`${root.id ?? 'Process'}_diagram`), plane });
      plane.$parent = diagram;
      diagram.$parent = definitions;
      diagrams.push(diagram);
      result.created.push(plane, diagram);
    }
  }
  return result;
}

/** The planes that draw `root` or anything inside it (sub-process planes included), the root's own first. */
function planesFor(definitions: ModdleElement, root: ModdleElement): ModdleElement[] {
  const inside = (el: ModdleElement | undefined): boolean => {
    for (let e = el; e; e = e.$parent) if (e === root) return true;
    // A collaboration also holds its pools' processes.
    if (is(root, 'bpmn:Collaboration')) {
      const processes = new Set(list(root, 'participants').map((p) => p.get('processRef')));
      for (let e = el; e; e = e.$parent) if (processes.has(e)) return true;
    }
    return false;
  };
  const planes = diagramsOf(definitions)
    .map((d) => elementOf(d, 'plane'))
    .filter((p): p is ModdleElement => !!p);
  const own = planes.filter((p) => p.get('bpmnElement') === root);
  const nested = planes.filter((p) => p.get('bpmnElement') !== root && inside(elementOf(p, 'bpmnElement')));
  return [...own, ...nested];
}

function removeDiagram(definitions: ModdleElement, diagram: ModdleElement | undefined): void {
  const diagrams = elementsOf(definitions, 'diagrams');
  const i = diagram ? diagrams.indexOf(diagram) : -1;
  if (i >= 0) diagrams.splice(i, 1);
}
