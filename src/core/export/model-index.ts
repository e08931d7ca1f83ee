/**
 * What an executable export looks up for every step, found once per export: an element's diagram shape, its
 * lane, its place in its container's and its lane's lists, and the boundary events attached to it. Each was a
 * scan of the whole model per step before, which made exporting a 2,000-step model take 20 seconds (and a
 * 20,000-step one hours). Kept true as the transforms replace elements (what they add is never looked up).
 */
import { elementOf, elementsOf, type ModdleElement } from '../bpmn/moddle-types.ts';

export class ExportIndex {
  private readonly shapes = new Map<ModdleElement, ModdleElement>();
  /** Per container (process or sub-process): the lane of each flow node its lane sets list. */
  private readonly lanes = new Map<ModdleElement, Map<ModdleElement, ModdleElement>>();
  private readonly positions = new Map<ModdleElement[], Map<ModdleElement, number>>();
  /** Per container: its boundary events by the activity they are attached to. */
  private readonly boundaries = new Map<ModdleElement, Map<ModdleElement, ModdleElement[]>>();

  constructor(definitions: ModdleElement) {
    // the first diagram's shape of an element wins, as a search through the diagrams in order finds it
    for (const diagram of elementsOf(definitions, 'diagrams'))
      for (const shape of elementsOf(elementOf(diagram, 'plane'), 'planeElement')) {
        const el = shape.get('bpmnElement') as ModdleElement | undefined;
        if (el && !this.shapes.has(el)) this.shapes.set(el, shape);
      }
  }

  /** The diagram shape (or edge) of `el`. */
  shapeOf(el: ModdleElement): ModdleElement | undefined {
    return this.shapes.get(el);
  }

  /** The lane `node` sits in (its own, or its enclosing sub-process's), as `laneOf` in model/facts.ts finds it. */
  laneOf(node: ModdleElement): ModdleElement | undefined {
    for (let current: ModdleElement | undefined = node; current?.$parent; current = current.$parent) {
      const lane = this.lanesOf(current.$parent).get(current);
      if (lane) return lane;
    }
    return undefined;
  }

  /** Put `next` where `old` is in its container, its lane and its diagram, and attach `old`'s boundary events to it. */
  replace(old: ModdleElement, next: ModdleElement): void {
    const container = old.$parent as ModdleElement;
    this.replaceIn(elementsOf(container, 'flowElements'), old, next);
    const lane = this.laneOf(old);
    if (lane) {
      this.replaceIn(elementsOf(lane, 'flowNodeRef'), old, next);
      const byNode = this.lanesOf(container);
      if (byNode.get(old) === lane) {
        byNode.delete(old);
        byNode.set(next, lane);
      }
    }
    const attached = this.boundariesOf(container);
    const list = attached.get(old);
    if (list) {
      for (const boundary of list) boundary.set('attachedToRef', next);
      attached.delete(old);
      attached.set(next, list);
    }
    const shape = this.shapes.get(old);
    if (shape) {
      shape.set('bpmnElement', next);
      this.shapes.delete(old);
      this.shapes.set(next, shape);
    }
  }

  // helpers //////////////////////

  /** Replace `old` by `next` in `list`, found by a map of positions made at the list's first use. */
  private replaceIn(list: ModdleElement[], old: ModdleElement, next: ModdleElement): void {
    let at = this.positions.get(list);
    if (!at) {
      at = new Map();
      for (let i = list.length - 1; i >= 0; i--) at.set(list[i] as ModdleElement, i);
      this.positions.set(list, at);
    }
    const i = at.get(old);
    // the map may predate elements appended since (never replaced): check the place before writing
    if (i === undefined || list[i] !== old) return;
    list[i] = next;
    at.delete(old);
    at.set(next, i);
  }

  private lanesOf(container: ModdleElement): Map<ModdleElement, ModdleElement> {
    let byNode = this.lanes.get(container);
    if (!byNode) {
      byNode = new Map();
      // the same order as a search of the lanes: a lane's nested lanes before its own references, the first
      // lane found wins; with an explicit stack, as lanes may nest deeper than the call stack
      const stack: Array<{ lane: ModdleElement; nested: boolean }> = [];
      const pushLanes = (set: ModdleElement | undefined): void => {
        const lanes = elementsOf(set, 'lanes');
        for (let i = lanes.length - 1; i >= 0; i--) stack.push({ lane: lanes[i] as ModdleElement, nested: false });
      };
      const sets = elementsOf(container, 'laneSets');
      for (let i = sets.length - 1; i >= 0; i--) pushLanes(sets[i]);
      while (stack.length) {
        const top = stack.pop() as { lane: ModdleElement; nested: boolean };
        if (!top.nested) {
          stack.push({ lane: top.lane, nested: true });
          pushLanes(elementOf(top.lane, 'childLaneSet'));
          continue;
        }
        for (const node of elementsOf(top.lane, 'flowNodeRef')) if (!byNode.has(node)) byNode.set(node, top.lane);
      }
      this.lanes.set(container, byNode);
    }
    return byNode;
  }

  private boundariesOf(container: ModdleElement): Map<ModdleElement, ModdleElement[]> {
    let byActivity = this.boundaries.get(container);
    if (!byActivity) {
      byActivity = new Map();
      for (const other of elementsOf(container, 'flowElements')) {
        const host = other.get?.('attachedToRef') as ModdleElement | undefined;
        if (!host) continue;
        const list = byActivity.get(host);
        if (list) list.push(other);
        else byActivity.set(host, [other]);
      }
      this.boundaries.set(container, byActivity);
    }
    return byActivity;
  }
}
