/**
 * Bounds to zoom to for a country. Pure. Two things make naive bboxes useless:
 * overseas parts (France + French Guiana → half the globe), and shapes that
 * cross the antimeridian (Russia, Fiji → the whole world).
 */
import type { Position } from 'geojson';
import type { CountriesCollection } from './contract';

export type Bounds = [[number, number], [number, number]];

/** Parts smaller than this share of the largest part are left out of the focus. */
const MIN_PART_SHARE = 0.25;

function ringAreaDeg2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return Math.abs(sum) / 2;
}

/** Smallest lng span covering all longitudes, allowing it to wrap past 180°. */
function lngSpan(lngs: number[]): [number, number] {
  const plain: [number, number] = [Math.min(...lngs), Math.max(...lngs)];
  const shifted = lngs.map((l) => (l < 0 ? l + 360 : l));
  const wrapped: [number, number] = [Math.min(...shifted), Math.max(...shifted)];
  return wrapped[1] - wrapped[0] < plain[1] - plain[0] ? wrapped : plain;
}

export function countryBounds(feature: CountriesCollection['features'][number]): Bounds | null {
  const g = feature.geometry;
  if (!g || g.type === 'Point') return null;
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const sized = parts.map((p) => ({ outer: p[0] ?? [], area: ringAreaDeg2(p[0] ?? []) }));
  const largest = Math.max(...sized.map((s) => s.area));
  const kept = sized.filter((s) => s.area >= largest * MIN_PART_SHARE).flatMap((s) => s.outer);
  if (!kept.length) return null;
  const [west, east] = lngSpan(kept.map((p) => p[0]!));
  const lats = kept.map((p) => p[1]!);
  return [
    [west, Math.min(...lats)],
    [east, Math.max(...lats)],
  ];
}
