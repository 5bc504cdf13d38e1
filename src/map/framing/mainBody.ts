/**
 * A country's main body (pure): the parts a reader means by the name. France without French
 * Guiana and Réunion, Norway without Svalbard, the Netherlands without the Caribbean; the
 * United States with Alaska when it costs little room, without the Aleutians beyond 180°.
 *
 * The largest part is the core. Another part joins when the room it costs (how much the
 * camera must zoom out to take it in) is small for its size: a part with a tenth of the core's
 * area may cost up to a zoom level, a small one little (Kaliningrad joins Russia, Hawaii the
 * United States only beside Alaska, Svalbard never Norway). The cost is measured in
 * a square as wide as the framed area is short, so what fits decides. Parts are joined across the
 * antimeridian where that is nearer (the shapes are cut at ±180°).
 */
import type { Position } from 'geojson';
import type { CountriesCollection } from '../contract';
import type { LngLatBox } from './mercator';

export type CountryFeature = CountriesCollection['features'][number];

interface Part {
  box: LngLatBox;
  /** Relative size (outer ring, degrees² shrunk by latitude). */
  area: number;
}

/** Zoom levels a part as large as FULL_SHARE of the core may cost; smaller parts pro rata. */
const MAX_COST = 1;
const FULL_SHARE = 0.1;
/** What any part may cost (Kaliningrad beside Russia). */
const FREE_COST = 0.15;
/** Parts under this share of the core never move the camera (rocks, reefs). */
const MIN_SHARE = 0.0005;

/** Area of a ring in degrees², shrunk by the cosine of its latitude (parts are only compared). */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return (Math.abs(sum) / 2) * Math.cos(((ring[0]![1] ?? 0) * Math.PI) / 180);
}

function ringBox(ring: Position[]): LngLatBox {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const [lng, lat] of ring) {
    box.west = Math.min(box.west, lng!);
    box.east = Math.max(box.east, lng!);
    box.south = Math.min(box.south, lat!);
    box.north = Math.max(box.north, lat!);
  }
  return box;
}

const plainUnion = (a: LngLatBox, b: LngLatBox): LngLatBox => ({
  west: Math.min(a.west, b.west),
  south: Math.min(a.south, b.south),
  east: Math.max(a.east, b.east),
  north: Math.max(a.north, b.north),
});

/** The smallest box holding both, `b` taken from whichever side of the antimeridian is nearer (the map wraps). */
export function union(a: LngLatBox, b: LngLatBox): LngLatBox {
  let best = plainUnion(a, b);
  for (const turn of [-360, 360]) {
    const u = plainUnion(a, { ...b, west: b.west + turn, east: b.east + turn });
    if (u.east - u.west < best.east - best.west) best = u;
  }
  return best;
}

const cache = new WeakMap<object, Part[]>();

/** The feature's parts, largest first; a shapeless place (a point) is one part of no size. */
export function partsOf(feature: CountryFeature): Part[] {
  const g = feature.geometry;
  const hit = cache.get(g);
  if (hit) return hit;
  const polygons = g.type === 'Point' ? [] : g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const parts = polygons
    .filter((p) => (p[0]?.length ?? 0) > 0)
    .map((p) => ({ box: ringBox(p[0]!), area: ringArea(p[0]!) }))
    .sort((a, b) => b.area - a.area);
  if (!parts.length) {
    const [lng, lat] = g.type === 'Point' ? g.coordinates : feature.properties.point;
    parts.push({ box: { west: lng!, south: lat!, east: lng!, north: lat! }, area: 0 });
  }
  cache.set(g, parts);
  return parts;
}

/** The box of the feature's main body. `zoomFor` is the zoom a box would be framed at (higher is closer). */
export function mainBody(feature: CountryFeature, zoomFor: (box: LngLatBox) => number): LngLatBox {
  const [core, ...others] = partsOf(feature);
  let box = core!.box;
  let zoom = zoomFor(box);
  const rest = others.filter((p) => p.area >= core!.area * MIN_SHARE);
  for (;;) {
    let best: { i: number; box: LngLatBox; cost: number } | null = null;
    rest.forEach((p, i) => {
      const joined = union(box, p.box);
      const cost = zoom - zoomFor(joined);
      const allowed = Math.max(FREE_COST, MAX_COST * Math.min(1, p.area / (core!.area * FULL_SHARE)));
      if (cost <= allowed + 1e-9 && (!best || cost < best.cost)) best = { i, box: joined, cost };
    });
    if (!best) return box;
    const chosen: { i: number; box: LngLatBox } = best;
    box = chosen.box;
    zoom = zoomFor(box);
    rest.splice(chosen.i, 1);
  }
}
