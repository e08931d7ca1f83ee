/**
 * Where to put the camera so a drawing fills its canvas: the largest zoom at which it fits inside the free
 * area (the canvas less the insets where the palette and controls float), kept between a readable floor and
 * a ceiling. Below the floor the drawing is shown from its top-left corner and the user scrolls for the rest.
 * Pure geometry, shared by the editor and the compare viewers.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export interface FitOptions {
  minZoom: number;
  maxZoom: number;
  insets: Insets;
}

/** Below this zoom the 12 px labels of bpmn-js drop under 9 px and stop being readable. */
export const READABLE_ZOOM = 0.75;
/** Small diagrams are not blown up past their natural size. */
export const MAX_FIT_ZOOM = 1;

/** The editor's canvas: the palette floats on the left, the zoom controls along the bottom. */
export const EDITOR_FIT: FitOptions = {
  minZoom: READABLE_ZOOM,
  maxZoom: MAX_FIT_ZOOM,
  insets: { top: 24, right: 24, bottom: 64, left: 72 },
};
/** A compare viewer: nothing floats over it. */
export const VIEWER_FIT: FitOptions = {
  minZoom: READABLE_ZOOM,
  maxZoom: MAX_FIT_ZOOM,
  insets: { top: 16, right: 16, bottom: 16, left: 16 },
};

export interface Fit {
  /** The viewbox to set, in diagram coordinates, covering the whole canvas. */
  viewbox: Box;
  scale: number;
  /** True when the whole drawing is visible (it fits at a readable zoom). */
  whole: boolean;
}

export function fitViewbox(content: Box, viewport: { width: number; height: number }, options: FitOptions): Fit {
  const { insets, minZoom, maxZoom } = options;
  const freeWidth = Math.max(1, viewport.width - insets.left - insets.right);
  const freeHeight = Math.max(1, viewport.height - insets.top - insets.bottom);
  const width = Math.max(1, content.width);
  const height = Math.max(1, content.height);
  const fitScale = Math.min(freeWidth / width, freeHeight / height);
  const scale = Math.min(maxZoom, Math.max(minZoom, fitScale));
  // On each axis: centred when the drawing fits at this zoom, else from its start (top-left).
  const start = (origin: number, size: number, free: number, before: number) =>
    size * scale <= free ? origin - (before + (free - size * scale) / 2) / scale : origin - before / scale;
  return {
    viewbox: {
      x: start(content.x, width, freeWidth, insets.left),
      y: start(content.y, height, freeHeight, insets.top),
      width: Math.max(1, viewport.width) / scale,
      height: Math.max(1, viewport.height) / scale,
    },
    scale,
    whole: fitScale >= minZoom,
  };
}

/** The drawing's box on screen, in canvas pixels, for a viewbox at `scale` whose top-left is (vx, vy). */
export function screenBox(
  content: Box,
  view: { x: number; y: number; scale: number },
): { left: number; top: number; right: number; bottom: number } {
  const left = (content.x - view.x) * view.scale;
  const top = (content.y - view.y) * view.scale;
  return { left, top, right: left + content.width * view.scale, bottom: top + content.height * view.scale };
}

/**
 * Apply one viewer's own pan and zoom (from `before` to `after`) to another viewer's viewbox, in screen terms:
 * the other zooms by the same factor about the same screen point and pans by the same pixels, so viewers
 * that were each fitted to a different diagram stay in step without losing their own fit.
 */
export function followViewbox(
  other: Box & { scale: number },
  before: { x: number; y: number; scale: number },
  after: { x: number; y: number; scale: number },
): Box {
  const scale = other.scale * (after.scale / before.scale);
  const x = other.x - ((before.x - after.x) * after.scale) / scale;
  const y = other.y - ((before.y - after.y) * after.scale) / scale;
  return { x, y, width: (other.width * other.scale) / scale, height: (other.height * other.scale) / scale };
}
