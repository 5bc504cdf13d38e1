/**
 * App state → map, without rebuilding sources: fills, selection and hover as feature-state on
 * the country shapes and their dots, and the region outlines (the one source whose data
 * changes, as its contents depend on the selection).
 */
import type { GeoJSONSource } from 'maplibre-gl';
import type { MapContext } from './context';
import type { AtlasMap, CountryPaint, RegionsCollection } from './contract';
import type { PaintProbe } from './debug';
import { LAYER, SOURCE } from './style';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export type FeatureStateSync = Pick<AtlasMap, 'setPaint' | 'setSelected' | 'setHovered' | 'setRegions'> & {
  /** Another part's own state on a country (the keyboard's highlight), once the style is in. */
  mark(iso2: string, state: Record<string, unknown>): void;
  /** The selected country, else the highlighted region. */
  selection(): string | null;
};

export function createFeatureState({ map, byIso, whenLoaded }: MapContext, probe: PaintProbe): FeatureStateSync {
  const setState = (iso2: string, state: Record<string, unknown>): void => {
    if (!byIso.has(iso2)) return;
    map.setFeatureState({ source: SOURCE.countries, id: iso2 }, state);
    map.setFeatureState({ source: SOURCE.points, id: iso2 }, state);
  };

  let painted = new Set<string>();
  let selected: string | null = null;
  let hovered: string | null = null;
  let regions: RegionsCollection | null = null;
  let highlight: string | null = null;

  return {
    mark: (iso2, state) => whenLoaded(() => setState(iso2, state)),
    selection: () => selected ?? highlight,
    setPaint(paint: ReadonlyMap<string, CountryPaint>) {
      whenLoaded(() => {
        for (const iso2 of painted) if (!paint.has(iso2)) setState(iso2, { fill: null, viaOnly: false });
        for (const [iso2, p] of paint) setState(iso2, { fill: p.fill, viaOnly: p.viaOnly });
        painted = new Set(paint.keys());
        probe.paintedAt = performance.now();
      });
    },
    setSelected(iso2) {
      whenLoaded(() => {
        if (iso2 === selected) return;
        if (selected) setState(selected, { selected: false });
        if (iso2) setState(iso2, { selected: true });
        selected = iso2;
      });
    },
    setHovered(iso2) {
      whenLoaded(() => {
        if (iso2 === hovered) return;
        if (hovered) setState(hovered, { hover: false });
        if (iso2) setState(iso2, { hover: true });
        hovered = iso2;
      });
    },
    setRegions(next, nextHighlight) {
      whenLoaded(() => {
        if (next !== regions) {
          (map.getSource(SOURCE.regions) as GeoJSONSource).setData(next ?? EMPTY);
          map.setLayoutProperty(LAYER.regions, 'visibility', next ? 'visible' : 'none');
          regions = next;
        }
        if (nextHighlight === highlight) return;
        if (highlight) map.setFeatureState({ source: SOURCE.regions, id: highlight }, { highlight: false });
        if (nextHighlight) map.setFeatureState({ source: SOURCE.regions, id: nextHighlight }, { highlight: true });
        highlight = nextHighlight;
      });
    },
  };
}
