/**
 * What the parts of the map module share (hit-testing, detailed shapes, feature-state,
 * camera, and whatever else plugs into createAtlasMap): one MapLibre map and its options.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasMapOptions, CountriesCollection } from './contract';

export type CountryFeature = CountriesCollection['features'][number];

export interface MapContext {
  map: MapLibreMap;
  container: HTMLElement;
  canvas: HTMLCanvasElement;
  options: AtlasMapOptions;
  /** The overview features by iso2 (what the map opened with; ids and properties never change). */
  byIso: ReadonlyMap<string, CountryFeature>;
  /** Run now if the style has loaded, else once it has (sources exist only then); calls keep their order. */
  whenLoaded(fn: () => void): void;
  /** True once destroy() ran: late promises must not touch the map. */
  removed(): boolean;
}
