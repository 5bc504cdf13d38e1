/**
 * The boundary between React and MapLibre. Only src/map/ imports maplibre-gl;
 * components talk to the map through this interface (cf. visgl/react-map-gl).
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { CountryProperties, Lang, RegionOutlineProperties } from '../pipeline/types';
import type { LabelSize, MapPalette } from './style';

export interface MapView {
  lng: number;
  lat: number;
  zoom: number;
}

/** Paint state for one country, computed by pure helpers in the app (scale, classes, colours). */
export interface CountryPaint {
  /** Fill colour (CSS hex) for the current theme selection. */
  fill: string;
  /** Reached only through a region/organisation: drawn hatched/outlined instead of filled. */
  viaOnly: boolean;
}

/** A mouse or pen over a country (never touch): where, in the map box's pixels, for a tooltip. */
export interface MapPointer {
  iso2: string;
  x: number;
  y: number;
  /** The map box's size, so the tooltip can stay inside it. */
  width: number;
  height: number;
}

export type CountriesCollection = FeatureCollection<Polygon | MultiPolygon | Point, CountryProperties>;
export type RegionsCollection = FeatureCollection<Polygon | MultiPolygon, RegionOutlineProperties>;

export interface AtlasMapOptions {
  /** The overview shapes, drawn first. */
  countries: CountriesCollection;
  /** The same countries in detailed shapes (same ids and properties), fetched when the view first zooms in. */
  detail?: () => Promise<CountriesCollection>;
  lang: Lang;
  initialView?: MapView;
  /** Whether the user may pan/zoom (embeds can turn it off). */
  interactive?: boolean;
  /** Colours of the base map (light by default; embeds may ask for dark). Fixed for the map's life. */
  palette?: MapPalette;
  /** Country label size; `large` (≥ 16 px) for the presentation. Fixed for the map's life. */
  labels?: LabelSize;
  onHover(iso2: string | null): void;
  onSelect(iso2: string | null): void;
  /** The pointer over a country, on every move; null when it leaves a country or the map, or on touch. */
  onPointer?(pointer: MapPointer | null): void;
  /** The keyboard highlight moved (src/map/keyboard.ts); null when it is cleared. */
  onHighlight?(iso2: string | null): void;
  /** Fired after the user moved the map (debounced by the caller if needed). */
  onViewChange(view: MapView): void;
  /** Accessible name of the map canvas; a default per lang is used when absent. */
  label?: string;
}

export interface AtlasMap {
  /** Update fills without rebuilding sources (feature-state). Countries absent from the map get the base colour. */
  setPaint(paint: ReadonlyMap<string, CountryPaint>): void;
  setSelected(iso2: string | null): void;
  setHovered(iso2: string | null): void;
  setLang(lang: Lang): void;
  /** Show/hide dissolved region outlines; highlight one region id. */
  setRegions(regions: RegionsCollection | null, highlight: string | null): void;
  /**
   * Frame places (iso2 codes: a country, a grouping's members, the countries a passage names;
   * none: the world): their main bodies, in the part of the map no `data-map-cover` overlay
   * covers. The framing holds, following the covers, until the user moves the map or a view is set.
   */
  frame(places: readonly string[]): void;
  /** frame([iso2]). */
  focusCountry(iso2: string): void;
  setView(view: MapView): void;
  getView(): MapView;
  /** Turn pan/zoom/keyboard handlers on or off without rebuilding the map. */
  setInteractive(interactive: boolean): void;
  /** Replace the canvas' accessible name (e.g. after a language switch). */
  setLabel(label: string): void;
  /** Resolves when the map has first shown its data; also sets performance.mark('map:ready'). */
  ready: Promise<void>;
  destroy(): void;
}

/**
 * Ask the map to frame places once (see AtlasMap.frame): the map measures its box and the
 * overlays over it and picks the camera. A new `key` re-triggers the same places, so
 * "focus Peru" twice in a row still moves the map.
 */
export interface FocusRequest {
  /** iso2 codes; empty frames the world. */
  places: readonly string[];
  key: number;
}

/** Props of the default export of src/map/AtlasMapView.tsx (lazy-loadable). */
export interface AtlasMapViewProps {
  countries: CountriesCollection;
  /** See AtlasMapOptions.detail. */
  detail?: () => Promise<CountriesCollection>;
  lang: Lang;
  paint: ReadonlyMap<string, CountryPaint>;
  selected: string | null;
  hovered: string | null;
  /** Dissolved outlines to show (null hides the layer). */
  regions: RegionsCollection | null;
  highlightRegion: string | null;
  /** Controlled view (e.g. from the URL); ignored while it equals the map's own view. */
  view?: MapView;
  interactive?: boolean;
  /** Base-map colours; a new palette object rebuilds the map, so pass a constant. */
  palette?: MapPalette;
  /** See AtlasMapOptions.labels; a new value rebuilds the map. */
  labels?: LabelSize;
  /** Accessible name of the canvas; defaults to a per-lang description. */
  label?: string;
  className?: string;
  onHover(iso2: string | null): void;
  onSelect(iso2: string | null): void;
  onPointer?(pointer: MapPointer | null): void;
  onHighlight?(iso2: string | null): void;
  onViewChange(view: MapView): void;
  focusRequest?: FocusRequest | null;
  /** Called once when the map has first shown its data. */
  onReady?(): void;
}
