/**
 * Test hook for the e2e suite, which runs against the production build.
 *
 * Only installed when the page URL carries `debug=map` (query or hash query)
 * or sessionStorage['atlas-debug'] is 'map' (survives the app rewriting its
 * URL state; tests set it with addInitScript). Production users get no global
 * API unless they ask for it, and the tests need no special build. It exposes geometry, not state: projecting
 * lng/lat to page pixels lets a test click Malta the way a user would.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapView } from './contract';
import { nearestCopy, type LngLatBox } from './framing/mercator';
import type { Rect } from './framing/uncovered';
import { LAYER, SOURCE } from './style';

/** The camera's last framing (src/map/camera.ts). */
interface FramingRecord {
  places: string[];
  view: MapView;
  /** The union of the places' main bodies. */
  subject: LngLatBox;
  /** The uncovered rectangle it was framed into; map-box pixels in the record, page pixels from the hook. */
  area: Rect;
  /** Framings so far, re-framings (a cover changed) included. */
  count: number;
}

interface AtlasDebugHook {
  /** Page (client) coordinates of a lng/lat (in the copy of the world nearest the centre), for page.mouse.click. */
  project(lngLat: [number, number]): { x: number; y: number };
  view(): MapView;
  /** Resolves on the next 'idle' (or at once when nothing is pending). */
  idle(): Promise<void>;
  /** Country ids drawn at a client point, topmost first (dots, then shapes). */
  featuresAt(x: number, y: number): string[];
  /** Feature-state of a country as the map holds it (fill, viaOnly, hover, selected, key). */
  featureState(iso2: string): Record<string, unknown>;
  /** A layout property as the map's style holds it (e.g. the labels' text-size expression). */
  layout(layer: string, name: string): unknown;
  /**
   * Resolves with performance.now() at the first frame drawn after a setPaint
   * that happened at or after `since` (for the theme → repaint benchmark).
   */
  repaintedAfter(since: number): Promise<number>;
  /** The last framing, its area in page pixels; null before the first. */
  framing(): FramingRecord | null;
  /** Ids of the region outlines drawn on screen. */
  renderedRegions(): string[];
}

/** Written by the map: when fills last changed. */
export interface PaintProbe {
  paintedAt: number;
}

/** Written by the camera: what it framed last. */
export interface FramingProbe {
  framing: FramingRecord | null;
}

declare global {
  interface Window {
    __atlas?: AtlasDebugHook;
  }
}

function debugRequested(href: string, stored: string | null = null): boolean {
  const url = new URL(href);
  const hashQuery = new URLSearchParams(url.hash.split('?')[1] ?? '');
  return stored === 'map' || url.searchParams.get('debug') === 'map' || hashQuery.get('debug') === 'map';
}

function storedFlag(): string | null {
  try {
    return window.sessionStorage.getItem('atlas-debug');
  } catch {
    // Storage can throw in sandboxed iframes; the URL flag still works there.
    return null;
  }
}

export function installDebugHook(map: MapLibreMap, view: () => MapView, probe: PaintProbe & FramingProbe): () => void {
  if (typeof window === 'undefined' || !debugRequested(window.location.href, storedFlag())) return () => {};
  const rect = (): DOMRect => map.getCanvas().getBoundingClientRect();
  const hook: AtlasDebugHook = {
    project([lng, lat]) {
      // The copy of the world nearest the centre, which is where the map draws it.
      const p = map.project([nearestCopy(lng, map.getCenter().lng), lat]);
      const r = rect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    view,
    idle: () =>
      new Promise((resolve) => {
        if (map.loaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
    featuresAt(x, y) {
      const r = rect();
      return map
        .queryRenderedFeatures([x - r.left, y - r.top])
        .map((f) => String(f.id ?? f.properties['iso2']))
        .filter((id, i, all) => all.indexOf(id) === i);
    },
    featureState: (iso2) => ({ ...map.getFeatureState({ source: SOURCE.countries, id: iso2 }) }),
    layout: (layer, name) => map.getLayoutProperty(layer, name as Parameters<MapLibreMap['getLayoutProperty']>[1]) as unknown,
    repaintedAfter: (since) =>
      new Promise((resolve) => {
        const onRender = (): void => {
          if (probe.paintedAt < since) return;
          map.off('render', onRender);
          resolve(performance.now());
        };
        map.on('render', onRender);
      }),
    framing() {
      const f = probe.framing;
      if (!f) return null;
      const r = rect();
      const area = { left: f.area.left + r.left, top: f.area.top + r.top, right: f.area.right + r.left, bottom: f.area.bottom + r.top };
      return { ...f, places: [...f.places], area };
    },
    renderedRegions: () => [...new Set(map.queryRenderedFeatures({ layers: [LAYER.regions] }).map((f) => String(f.id ?? f.properties['id'])))],
  };
  window.__atlas = hook;
  return () => {
    if (window.__atlas === hook) delete window.__atlas;
  };
}
