/**
 * The camera of a bpmn-js diagram (modeler or viewer): fit the drawing to its canvas, zoom in steps, and
 * read where the drawing is on screen. The only place outside the modeler's modules that talks to its
 * canvas, so components and the session ask here instead of calling `diagram.get(...)` themselves.
 */
import type Diagram from 'diagram-js/lib/Diagram';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ZoomScroll from 'diagram-js/lib/navigation/zoomscroll/ZoomScroll';
import { fitViewbox, screenBox, type Fit, type FitOptions } from './fit.ts';

/** The part of diagram-js-minimap's service the app calls (the package ships no types). */
interface Minimap {
  toggle(open?: boolean): void;
  isOpen(): boolean;
}

export const canvasOf = (diagram: Diagram) => diagram.get<Canvas>('canvas');

/** What the app shows about the camera (zoom, whether the whole drawing is on screen, its box in pixels). */
export interface ViewState {
  zoom: number;
  /** The whole drawing is inside the canvas. */
  whole: boolean;
  /** The drawing's box in canvas pixels (left, top, right, bottom). */
  content: { left: number; top: number; right: number; bottom: number };
  canvas: { width: number; height: number };
}

export function viewState(diagram: Diagram): ViewState {
  const vb = canvasOf(diagram).viewbox();
  const content = screenBox(vb.inner, vb);
  const canvas = { width: vb.outer.width, height: vb.outer.height };
  const whole =
    vb.inner.width > 0 &&
    content.left >= -0.5 &&
    content.top >= -0.5 &&
    content.right <= canvas.width + 0.5 &&
    content.bottom <= canvas.height + 0.5;
  return { zoom: vb.scale, whole, content, canvas };
}

/** Fit the drawing to the canvas (see fit.ts); undefined when the canvas has no size or nothing is drawn. */
export function fitDiagram(diagram: Diagram, options: FitOptions): Fit | undefined {
  const canvas = canvasOf(diagram);
  const { inner, outer } = canvas.viewbox();
  if (!outer.width || !outer.height || !inner.width) return undefined;
  const fit = fitViewbox(inner, outer, options);
  canvas.viewbox(fit.viewbox);
  return fit;
}

/** Zoom one step in (+1) or out (-1) about the canvas centre, as Ctrl + / Ctrl − do. */
export function zoomStep(diagram: Diagram, direction: 1 | -1): void {
  const { outer } = canvasOf(diagram).viewbox();
  diagram.get<ZoomScroll>('zoomScroll').stepZoom(direction, { x: outer.width / 2, y: outer.height / 2 });
}

/** Open or close the minimap (when the diagram has one); returns whether it is open. */
export function toggleMinimap(diagram: Diagram, open?: boolean): boolean {
  const minimap = diagram.get<Minimap>('minimap', false);
  if (!minimap) return false;
  minimap.toggle(open);
  return minimap.isOpen();
}
