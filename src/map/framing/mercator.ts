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

/** A lng/lat box, west ≤ east; across the antimeridian one side runs past ±180 (Fiji: 177 to 180.1). */
export interface LngLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** What an overview frames: the inhabited world (Alaska to New Zealand, Cape Horn to Svalbard). */
export const WORLD: LngLatBox = { west: -168, south: -56, east: 180, north: 78 };

export const TILE = 512;
/** The map's pan limit north and south: Antarctica and the polar void stay out of view. */
export const PAN_LIMIT = { south: -72, north: 85 } as const;

const MAP_MIN_ZOOM = -2;
export const MAP_MAX_ZOOM = 7;

/** Position on the world square, 0…1 from the west and from the north (MapLibre's MercatorCoordinate). */
export const mercX = (lng: number): number => (180 + lng) / 360;
export const mercY = (lat: number): number => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
export const lngOf = (x: number): number => x * 360 - 180;
export const latOf = (y: number): number => (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;

export const worldSize = (zoom: number): number => TILE * 2 ** zoom;

/** A longitude moved by whole turns to within 180° of `centre`: the copy of it the map draws nearest. */
export const nearestCopy = (lng: number, centre: number): number => lng - 360 * Math.round((lng - centre) / 360);

/** Where a lng/lat lands in a map box of `size` showing `view` (pixels from its top left), in the copy of the world nearest the centre. */
export function project(view: MapView, size: Size, [lng, lat]: readonly [number, number]): { x: number; y: number } {
  const ws = worldSize(view.zoom);
  return {
    x: size.width / 2 + (mercX(nearestCopy(lng, view.lng)) - mercX(view.lng)) * ws,
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
 * The map's pan limit as a camera constraint (MapLibre's transformConstrain) on the part of
 * the box no overlay covers (the box less `insets`). North and south, the world fills that
 * part and is panned no further than its edge, so Antarctica and the polar void stay out of
 * sight, as MapLibre's maxBounds would; under covers the map may run past it. East and west
 * the world wraps (MapLibre draws copies), so a body across 180° (Fiji, Chukotka, the Bering
 * Strait between Russia and Alaska) is framed whole; the world is never narrower than the
 * uncovered part, and the centre comes back within ±180°.
 * The world need not fill the height down to `floor` (the zoom a framing asked for), so a
 * phone held upright can show NATO whole: the world is then centred in the height.
 */
export function constrain(view: MapView, size: Size, insets: Insets = NO_INSETS, floor = Infinity, limit: { south: number; north: number } = PAN_LIMIT): MapView {
  const free = { width: Math.max(1, size.width - insets.left - insets.right), height: Math.max(1, size.height - insets.top - insets.bottom) };
  const [y0, y1] = [mercY(limit.north), mercY(limit.south)];
  const fillWidth = Math.log2(free.width / TILE);
  const fillHeight = Math.log2(free.height / ((y1 - y0) * TILE));
  const zoom = Math.min(MAP_MAX_ZOOM, Math.max(MAP_MIN_ZOOM, view.zoom, fillWidth, Math.min(fillHeight, floor)));
  const ws = worldSize(zoom);
  // The uncovered rows stay within the world's, or, where the world is the smaller, it is centred in them.
  const min = y0 + (size.height / 2 - insets.top) / ws;
  const max = y1 - (size.height / 2 - insets.bottom) / ws;
  const y = min > max ? (min + max) / 2 : Math.min(Math.max(mercY(view.lat), min), max);
  return { lng: nearestCopy(view.lng, 0), lat: latOf(y), zoom };
}
