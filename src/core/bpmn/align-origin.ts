/**
 * Keep diagrams from drifting: move every diagram's drawing so its top-left corner sits at a fixed offset
 * from the origin, the way `@bpmn-io/align-to-origin` does. That plugin moves the shapes through an undoable
 * command on each save; with the studio's autosave it would put an invisible step on the undo stack after
 * every edit, so the parsed diagram interchange (DI) is shifted once, at import, before anything is drawn.
 */

interface Point {
  x: number;
  y: number;
}
interface Bounds extends Point {
  width: number;
  height: number;
}
interface DiElement {
  bounds?: Bounds;
  waypoint?: Point[];
  label?: { bounds?: Bounds };
}
interface DiagramsHolder {
  diagrams?: Array<{ plane?: { planeElement?: DiElement[] } }>;
}

/** Where the drawing's top-left corner goes, and how far it may be from there before it is moved. */
export const ORIGIN_OFFSET: Point = { x: 150, y: 75 };
export const ORIGIN_TOLERANCE = 50;

/** The top-left corner of one diagram's drawing (shapes, edges and labels), or undefined when it is empty. */
export function drawingOrigin(elements: DiElement[]): Point | undefined {
  let x = Infinity;
  let y = Infinity;
  const add = (p: Point) => {
    if (Number.isFinite(p.x) && Number.isFinite(p.y)) {
      x = Math.min(x, p.x);
      y = Math.min(y, p.y);
    }
  };
  for (const el of elements) {
    if (el.bounds) add(el.bounds);
    if (el.label?.bounds) add(el.label.bounds);
    for (const p of el.waypoint ?? []) add(p);
  }
  return Number.isFinite(x) ? { x, y } : undefined;
}

/**
 * Shift each diagram of `definitions` (bpmn-moddle's parsed `bpmn:Definitions`) so its drawing starts at
 * ORIGIN_OFFSET; an axis already within ORIGIN_TOLERANCE is left alone. Returns how many diagrams moved.
 */
export function alignDiagramsToOrigin(definitions: unknown): number {
  let moved = 0;
  for (const diagram of (definitions as DiagramsHolder | undefined)?.diagrams ?? []) {
    const elements = diagram.plane?.planeElement ?? [];
    const origin = drawingOrigin(elements);
    if (!origin) continue;
    const shift = (axis: 'x' | 'y') => {
      const delta = ORIGIN_OFFSET[axis] - origin[axis];
      return Math.abs(delta) < ORIGIN_TOLERANCE ? 0 : Math.round(delta);
    };
    const dx = shift('x');
    const dy = shift('y');
    if (!dx && !dy) continue;
    const move = (p: Point) => {
      p.x += dx;
      p.y += dy;
    };
    for (const el of elements) {
      if (el.bounds) move(el.bounds);
      if (el.label?.bounds) move(el.label.bounds);
      for (const p of el.waypoint ?? []) move(p);
    }
    moved++;
  }
  return moved;
}
