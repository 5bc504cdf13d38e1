/**
 * The live map's framing (src/map/framing/) for the SVG renderers: places framed in a box the
 * way the camera frames them in MapLibre (main bodies, context around a microstate, across the
 * antimeridian where that is nearer), as the lng/lat box an SVG map draws with
 * fitViewProjection. Pure, and free of maplibre-gl, so the build can bake with it.
 */
import type { CountriesCollection, MapView } from '../map/contract';
import { frameBox, frameCountries } from '../map/framing/frame';
import { constrain, NO_INSETS, WORLD, type Size } from '../map/framing/mercator';
import type { Rect } from '../map/framing/uncovered';
import { visibleBounds, type ViewBounds } from './project';

export interface FramedView {
  /** The camera MapLibre would end at in a box of this size. */
  view: MapView;
  /** What that camera shows: pass it to fitViewProjection with a frame of the same size. */
  bounds: ViewBounds;
}

export interface FrameOptions {
  /** Rectangles in the box's pixels that something is drawn over: the places land clear of them. */
  covers?: readonly Rect[];
  /**
   * Zoom levels to step back from the live map's framing, for more context around the
   * places (a link preview shows the neighbours a map user would pan to). 0: as the map.
   */
  zoomOut?: number;
  /** The closest zoom allowed (after stepping back): a microstate still shows its region. */
  maxZoom?: number;
}

/**
 * Frame `places` (iso2 codes: a country, a grouping's members; none, or none in the data:
 * the inhabited world) in a map box of `size`, as the live map would.
 */
export function frameView(countries: CountriesCollection, places: readonly string[], size: Size, options: FrameOptions = {}): FramedView {
  const { covers = [], zoomOut = 0, maxZoom = Infinity } = options;
  const wanted = new Set(places);
  const features = countries.features.filter((f) => wanted.has(f.properties.iso2));
  const frame = (features.length ? frameCountries(features, size, covers) : null) ?? frameBox(WORLD, size, covers);
  if (!frame) throw new Error(`cannot frame a map box of ${size.width}×${size.height}`);
  const zoom = Math.min(frame.view.zoom - zoomOut, maxZoom);
  // Stepping back keeps the centre; the pan limit still holds (no polar void), as on the map.
  const view = zoom < frame.view.zoom ? constrain({ ...frame.view, zoom }, size, NO_INSETS, zoom) : frame.view;
  return { view, bounds: visibleBounds(view, size) };
}
