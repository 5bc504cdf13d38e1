/**
 * A map view framing a set of countries (pure): the union of their bounds,
 * fitted into a box of the given size in Web Mercator (512 px tiles, as MapLibre).
 */
import type { CountriesCollection, MapView } from '../../map/contract';
import { countryBounds, type Bounds } from '../../map/bounds';

export interface Size {
  width: number;
  height: number;
}

const TILE = 512;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const unMercY = (y: number) => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;

/** Smallest longitude interval covering all [west, east] pairs, wrapping past 180° when shorter. */
function lngRange(pairs: [number, number][]): [number, number] {
  const plain: [number, number] = [Math.min(...pairs.map((p) => p[0])), Math.max(...pairs.map((p) => p[1]))];
  const shift = (l: number) => (l < 0 ? l + 360 : l);
  const shifted = pairs.map(([w, e]) => [shift(w), e < w ? e + 360 : shift(w) + (e - w)] as [number, number]);
  const wrapped: [number, number] = [Math.min(...shifted.map((p) => p[0])), Math.max(...shifted.map((p) => p[1]))];
  return wrapped[1] - wrapped[0] < plain[1] - plain[0] ? wrapped : plain;
}

export function boundsOf(countries: CountriesCollection, iso2s: readonly string[]): Bounds | null {
  const wanted = new Set(iso2s);
  const all: Bounds[] = [];
  for (const f of countries.features) {
    if (!wanted.has(f.properties.iso2)) continue;
    const [lng, lat] = f.properties.point;
    // Shapeless places (Caribisch Nederland) get a small box around their anchor.
    all.push(countryBounds(f) ?? [[lng - 1.5, lat - 1.5], [lng + 1.5, lat + 1.5]]);
  }
  if (!all.length) return null;
  const [west, east] = lngRange(all.map((b) => [b[0][0], b[1][0]]));
  return [
    [west, Math.min(...all.map((b) => b[0][1]))],
    [east, Math.max(...all.map((b) => b[1][1]))],
  ];
}

export function frameBounds(b: Bounds, size: Size, opts: { padding?: number; minZoom?: number; maxZoom?: number } = {}): MapView {
  const { padding = 40, minZoom = 0.5, maxZoom = 5 } = opts;
  const w = Math.max(1, size.width - 2 * padding);
  const h = Math.max(1, size.height - 2 * padding);
  const lngSpan = Math.max(b[1][0] - b[0][0], 0.5);
  const [south, north] = [Math.max(b[0][1], -80), Math.min(b[1][1], 84)];
  const ySpan = Math.max(mercY(north) - mercY(south), 0.01);
  const zx = Math.log2((w * 360) / (TILE * lngSpan));
  const zy = Math.log2((h * 2 * Math.PI) / (TILE * ySpan));
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.min(zx, zy)));
  let lng = (b[0][0] + b[1][0]) / 2;
  if (lng > 180) lng -= 360;
  const lat = unMercY((mercY(north) + mercY(south)) / 2);
  return { lng: Math.round(lng * 100) / 100, lat: Math.round(lat * 100) / 100, zoom: Math.round(zoom * 10) / 10 };
}

export function frameCountries(countries: CountriesCollection, iso2s: readonly string[], size: Size): MapView | null {
  const b = boundsOf(countries, iso2s);
  return b ? frameBounds(b, size) : null;
}
