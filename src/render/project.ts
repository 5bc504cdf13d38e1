/**
 * d3-geo projection of the same country layer MapLibre draws, for the SVG renderers
 * (image export, and the map where WebGL is missing). Pure: data in, path strings out.
 */
import { geoEqualEarth, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import type { CountriesCollection } from '../map/contract';

export interface ProjectedCountry {
  iso2: string;
  /** SVG path data for a shape; empty for point-only countries. */
  d: string;
  /** Projected anchor [x, y] for dots and labels. */
  point: [number, number];
  /** Projected area in px², to decide when a country is too small to see and needs a dot. */
  area: number;
}

export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Antarctica takes a fifth of an Equal Earth map and the letter never names it. */
const OMIT = new Set(['AQ']);

export function fitProjection(countries: CountriesCollection, frame: Frame): GeoProjection {
  const shown = { ...countries, features: countries.features.filter((f) => !OMIT.has(f.properties.iso2)) };
  return geoEqualEarth().fitExtent(
    [
      [frame.x, frame.y],
      [frame.x + frame.width, frame.y + frame.height],
    ],
    shown,
  );
}

/**
 * Paths rounded to 0.1 px: plenty for screens and prints, and a third of the bytes.
 * `within`: a lng/lat box around the view; a shape wholly outside it is skipped before it is
 * projected (clipping would drop it anyway), so a close view costs what it shows.
 */
export function projectCountries(countries: CountriesCollection, projection: GeoProjection, within?: ViewBounds): ProjectedCountry[] {
  const path = geoPath(projection).digits(1);
  const out: ProjectedCountry[] = [];
  for (const f of countries.features) {
    const iso2 = f.properties.iso2;
    if (OMIT.has(iso2)) continue;
    if (within && !overlaps(boxOf(f), within)) continue;
    const p = projection(f.properties.point);
    if (!p) continue;
    const isShape = f.geometry.type !== 'Point';
    const d = isShape ? (path(f) ?? '') : '';
    // Cropped to a view: what lies wholly outside it is left out, not drawn as a dot.
    if (isShape ? !d : !inExtent(projection, p)) continue;
    out.push({ iso2, d, point: [round(p[0]), round(p[1])], area: isShape ? path.area(f) : 0 });
  }
  return out;
}

const round = (n: number) => Math.round(n * 10) / 10;

type CountryFeature = CountriesCollection['features'][number];
const boxes = new WeakMap<object, ViewBounds>();

/** The feature's lng/lat box (its label point too, which the dot is drawn at). */
function boxOf(f: CountryFeature): ViewBounds {
  const hit = boxes.get(f.geometry);
  if (hit) return hit;
  const [px, py] = f.properties.point;
  const box = { west: px, south: py, east: px, north: py };
  const add = ([x, y]: Position) => {
    box.west = Math.min(box.west, x!);
    box.east = Math.max(box.east, x!);
    box.south = Math.min(box.south, y!);
    box.north = Math.max(box.north, y!);
  };
  const g = f.geometry;
  if (g.type === 'Point') add(g.coordinates);
  else for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) polygon[0]?.forEach(add);
  boxes.set(f.geometry, box);
  return box;
}

/** Whether two boxes meet, on any turn of the world (a view may run past ±180°). */
function overlaps(a: ViewBounds, b: ViewBounds): boolean {
  if (a.north < b.south || a.south > b.north) return false;
  return [-360, 0, 360].some((turn) => a.west + turn <= b.east && a.east + turn >= b.west);
}

/** A lng/lat box; west may be less than -180 or east more than 180 when it crosses the antimeridian. */
export interface ViewBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** MapLibre draws the world 512 px wide at zoom 0, twice as wide per zoom level. */
const WORLD_PX = 512;
const MAX_LAT = 85.0511;
const FIT_LAT = 85;

const mercatorY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const mercatorLat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/**
 * What a Web Mercator map `size` CSS px large shows at a centre and zoom (the store's `view`):
 * the box an export of "what you see" must hold.
 */
export function visibleBounds(view: { lng: number; lat: number; zoom: number }, size: { width: number; height: number }): ViewBounds {
  const world = WORLD_PX * 2 ** view.zoom;
  // Just under a full turn: a box of exactly 360° has the same meridian on both sides.
  const span = Math.min(359, (size.width / world) * 360);
  const y = mercatorY(Math.max(-MAX_LAT, Math.min(MAX_LAT, view.lat)));
  const half = size.height / world / 2;
  return {
    west: view.lng - span / 2,
    east: view.lng + span / 2,
    north: mercatorLat(Math.max(0, y - half)),
    south: mercatorLat(Math.min(1, y + half)),
  };
}

/**
 * A Mercator projection (what the live map uses) that fits `bounds` into `frame` and clips
 * every shape to the frame, so nothing outside the view is drawn or shipped in the file.
 */
export function fitViewProjection(bounds: ViewBounds, frame: Frame): GeoProjection {
  const { west, east } = bounds;
  // Mercator's own clip ends at ±85.0511°: a corner on it may be dropped from the fit, so the
  // corners stay just inside (a view taller than the world reaches it).
  const [south, north] = [Math.max(bounds.south, -FIT_LAT), Math.min(bounds.north, FIT_LAT)];
  const extent: [[number, number], [number, number]] = [
    [frame.x, frame.y],
    [frame.x + frame.width, frame.y + frame.height],
  ];
  const corners = { type: 'MultiPoint' as const, coordinates: [[west, south], [east, north], [west, north], [east, south]] };
  // Centred on the view, so a box across the antimeridian stays in one piece.
  return geoMercator().rotate([-(west + east) / 2, 0]).fitExtent(extent, corners).clipExtent(extent);
}

/** Inside the projection's clip extent, or anywhere when it has none. */
export function inExtent(projection: GeoProjection, [x, y]: [number, number]): boolean {
  const e = projection.clipExtent();
  return !e || (x >= e[0][0] && x <= e[1][0] && y >= e[0][1] && y <= e[1][1]);
}
