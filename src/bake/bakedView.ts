/**
 * Reading a baked map back (client side, tiny): the SVG's `data-view` is the lng/lat/zoom of
 * its viewBox centre, its user units are pixels at that zoom. Given where the SVG sits on
 * screen, this is the MapLibre camera that shows exactly what it shows.
 */
import type { MapView } from '../map/contract';
import { latOf, lngOf, mercX, mercY, worldSize } from '../map/framing/mercator';

export function parseBakedView(value: string | null | undefined): MapView | null {
  const parts = (value ?? '').split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lng, lat, zoom] = parts as [number, number, number];
  return { lng, lat, zoom };
}

/**
 * The camera for a map box whose centre is at user-space point `centre` of the SVG, drawn at
 * `scale` screen px per user unit; `size` is the SVG's viewBox size.
 */
export function cameraFromBaked(view: MapView, size: { width: number; height: number }, centre: readonly [number, number], scale: number): MapView {
  const ws = worldSize(view.zoom);
  const x = mercX(view.lng) + (centre[0] - size.width / 2) / ws;
  const y = mercY(view.lat) + (centre[1] - size.height / 2) / ws;
  return { lng: lngOf(x - Math.floor(x)), lat: latOf(y), zoom: view.zoom + Math.log2(scale) };
}
