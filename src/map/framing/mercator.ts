/**
 * Web Mercator as MapLibre draws it (512 px tiles, one world, no copies), so a camera can be
 * chosen and checked without a map: where a place lands on screen, and where MapLibre's pan
 * limit would push a camera. Pure.
 */
import type { MapView } from '../contract';

export interface Size {
  width: number;
  height: number;
}

/** A lng/lat box on the one world the map draws: west ≤ east, both within ±180. */
export interface LngLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export const TILE = 512;
/**
 * The map's pan limit (maxBounds): Antarctica and the polar void stay out of view. Not ±180:
 * MapLibre wraps 180 to -180, sees an empty lng range and zooms to infinity.
 */
export const PAN_LIMIT: LngLatBox = { west: -179.999, south: -72, east: 179.999, north: 85 };
export const MAP_MIN_ZOOM = -2;
export const MAP_MAX_ZOOM = 7;

/** Position on the world square, 0…1 from the west and from the north (MapLibre's MercatorCoordinate). */
export const mercX = (lng: number): number => (180 + lng) / 360;
export const mercY = (lat: number): number => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
export const lngOf = (x: number): number => x * 360 - 180;
export const latOf = (y: number): number => (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;

export const worldSize = (zoom: number): number => TILE * 2 ** zoom;

/** Where a lng/lat lands in a map box of `size` showing `view` (pixels from its top left). */
export function project(view: MapView, size: Size, [lng, lat]: readonly [number, number]): { x: number; y: number } {
  const ws = worldSize(view.zoom);
  return {
    x: size.width / 2 + (mercX(lng) - mercX(view.lng)) * ws,
    y: size.height / 2 + (mercY(lat) - mercY(view.lat)) * ws,
  };
}

/** Pixels at each side of the map box that overlays cover: the map may show beyond its pan limit there. */
export interface Insets {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const NO_INSETS: Insets = { left: 0, top: 0, right: 0, bottom: 0 };

/**
 * The map's pan limit as a camera constraint (MapLibre's transformConstrain; one world, no
 * copies). The uncovered part of the box (the box less `insets`) stays on the world: the
 * world fills its width at the least zoom, and it is panned no further than the world's
 * edge, so Antarctica and the polar void stay out of sight. Where the box is taller than the
 * world at that zoom (a phone held upright), the world is centred in it instead of zoomed in
 * until Europe alone fills the screen. Under covers the map may run past the edge (blank
 * sea), so a country at 180° can be framed clear of a panel on the right.
 */
export function constrain(view: MapView, size: Size, insets: Insets = NO_INSETS, limit: LngLatBox = PAN_LIMIT): MapView {
  const free = { width: Math.max(1, size.width - insets.left - insets.right), height: Math.max(1, size.height - insets.top - insets.bottom) };
  const [x0, x1] = [mercX(limit.west), mercX(limit.east)];
  const [y0, y1] = [mercY(limit.north), mercY(limit.south)];
  let zoom = Math.min(MAP_MAX_ZOOM, Math.max(MAP_MIN_ZOOM, view.zoom));
  const fill = free.width / ((x1 - x0) * worldSize(zoom));
  if (fill > 1) zoom += Math.log2(fill);
  const ws = worldSize(zoom);
  /** The centre of the box when its uncovered part, [lo, hi] px along an axis, stays within [a, b] of the world. */
  const clamp = (v: number, a: number, b: number, lo: number, hi: number, whole: number) => {
    const [min, max] = [a + (whole / 2 - lo) / ws, b - (hi - whole / 2) / ws];
    return min > max ? (a + b) / 2 + (whole / 2 - (lo + hi) / 2) / ws : Math.min(Math.max(v, min), max);
  };
  const x = clamp(mercX(view.lng), x0, x1, insets.left, size.width - insets.right, size.width);
  const y = clamp(mercY(view.lat), y0, y1, insets.top, size.height - insets.bottom, size.height);
  return { lng: lngOf(x), lat: latOf(y), zoom };
}
