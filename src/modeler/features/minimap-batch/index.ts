/**
 * Fills an open minimap once per opened diagram instead of once per drawn element. diagram-js-minimap
 * (5.5) copies each shape as bpmn-js draws it, looking its parent's copy up in the document each time,
 * and measures its own layout when the root is set, forcing a layout in the middle of the import (an
 * open minimap made opening a large diagram 1.7× a bare import). Here the minimap sits out the drawing
 * and, in the next animation frame (before that frame is painted, so the diagram and its minimap still
 * appear together), the drawn diagram is copied in one pass into one fragment, with the ids, nesting and
 * offsets the minimap gives its copies, so its own updates on later edits work on them unchanged. The
 * one pass is written here because the minimap has no batch fill; it does nothing (leaving the
 * minimap as it is) when a later version lacks the internals used.
 */
import { getVisual } from 'diagram-js/lib/util/GraphicsUtil';

interface Element {
  id: string;
  x?: number;
  y?: number;
  hidden?: boolean;
  waypoints?: unknown;
  parent?: Element | null;
  children?: Element[];
}
interface EventBus {
  on(events: string | string[], priority: number, callback: () => void): void;
}
interface Canvas {
  getRootElement(): Element;
}
interface ElementRegistry {
  getGraphics(element: Element): SVGElement | undefined;
}
interface MinimapInternals {
  isOpen(): boolean;
  isOnActivePlane?: (element: Element) => boolean;
  _elementsGroup?: SVGGElement;
  _prefixId?: (id: string) => string;
  _update?: () => void;
  _dirty?: boolean;
}

const FIRST = 5000;

function MinimapBatch(
  eventBus: EventBus,
  canvas: Canvas,
  elementRegistry: ElementRegistry,
  minimap: MinimapInternals,
): void {
  const { _elementsGroup: group, _prefixId: prefixId, _update: update, isOnActivePlane } = minimap;
  if (!group || !prefixId || !update || !isOnActivePlane) return;
  const isOpen = minimap.isOpen.bind(minimap);
  let drawing = false;
  let frame = 0;

  /** The minimap's copy of `element` and its descendants, as its `_addElement` makes them. */
  function copy(element: Element, nested: boolean): SVGElement | null {
    if (element.hidden || !isOnActivePlane!.call(minimap, element)) return null;
    const gfx = elementRegistry.getGraphics(element);
    const visual = gfx && (getVisual(gfx) as SVGElement | undefined);
    if (!visual) return null;
    const out = visual.cloneNode(true) as SVGElement;
    for (const withId of out.querySelectorAll('[id]')) withId.remove();
    out.setAttribute('id', prefixId!.call(minimap, element.id));
    const parent = element.parent;
    const [x, y] = element.waypoints
      ? parent && parent.x !== undefined && parent.y !== undefined
        ? [-parent.x, -parent.y]
        : [0, 0]
      : nested
        ? [(element.x ?? 0) - (parent?.x ?? 0), (element.y ?? 0) - (parent?.y ?? 0)]
        : [element.x ?? 0, element.y ?? 0];
    out.setAttribute('transform', `translate(${x} ${y})`);
    for (const child of element.children ?? []) {
      const c = copy(child, true);
      if (c) out.appendChild(c);
    }
    return out;
  }

  function fill(): void {
    const fragment = document.createDocumentFragment();
    for (const child of canvas.getRootElement()?.children ?? []) {
      const c = copy(child, false);
      if (c) fragment.appendChild(c);
    }
    group!.replaceChildren(fragment);
    minimap._dirty = false;
    update!.call(minimap);
  }

  /** The drawing is over: fill the open minimap in the next frame. */
  function endDrawing(): void {
    if (!drawing) return;
    drawing = false;
    if (isOpen()) frame = requestAnimationFrame(() => isOpen() && minimap._dirty && fill());
  }

  // the minimap's listeners ask `isOpen()` before copying or removing an element; while the old drawing is
  // cleared and the new one drawn they only mark it dirty
  minimap.isOpen = () => !drawing && isOpen();
  let renders = 0;
  eventBus.on('diagram.clear', FIRST, () => {
    drawing = true;
    cancelAnimationFrame(frame);
    // bpmn-js draws right after clearing, in the same run; a clear with nothing drawn after it ends here
    const seen = renders;
    queueMicrotask(() => {
      if (renders === seen) endDrawing();
    });
  });
  eventBus.on('import.render.start', FIRST, () => {
    renders++;
    drawing = true;
    cancelAnimationFrame(frame);
  });
  eventBus.on(['import.render.complete', 'import.done'], FIRST, endDrawing);
  eventBus.on('diagram.destroy', FIRST, () => cancelAnimationFrame(frame));
}
MinimapBatch.$inject = ['eventBus', 'canvas', 'elementRegistry', 'minimap'];

export default {
  __init__: ['minimapBatch'],
  minimapBatch: ['type', MinimapBatch],
};
