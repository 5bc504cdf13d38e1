/**
 * The only runtime import of maplibre-gl. The app loads this chunk lazily
 * (import('../map/atlasMap')), so the panel text can show before ~450 KiB of
 * map code arrives.
 */
import * as maplibregl from 'maplibre-gl';

// Without an explicit URL the bundled app has no worker file to start.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Lang } from '../pipeline/types';
import { countryBounds } from './bounds';
import type { AtlasMap, AtlasMapOptions, CountryPaint, MapView, RegionsCollection } from './contract';
import { installDebugHook, type PaintProbe } from './debug';
import { installKeyboardOnDemand } from './keyboardLazy';
import { installPointerFeed } from './pointer';
import { buildPoints } from './points';
import { buildStyle, defaultLabel, DEFERRED_LAYERS, HATCH_IMAGE, hatchImage, HIT_LAYERS, LABEL_FONT_FACE, LAYER, labelField, lightPalette, SOURCE } from './style';

maplibregl.setWorkerUrl(workerUrl);
// Start the worker (fetch + compile ~520 KB) as soon as this chunk runs, not when the map is built.
maplibregl.prewarm();

/*
 * The label font. The UI uses system fonts, so no text on the page makes the browser fetch
 * Noto Sans (a web font downloads only when something uses it). MapLibre would ask for it
 * only when it first lays out labels, after map:ready; ask now, in parallel with the worker
 * and the data, and switch the labels on once it is in (see `ready`), so they are never
 * drawn in a fallback font. No text argument: the latin subset, which the labels use.
 * A failed load still shows the labels, in the fallback font.
 */
const labelFont: Promise<unknown> =
  typeof document !== 'undefined' && document.fonts ? document.fonts.load(LABEL_FONT_FACE).catch(() => undefined) : Promise.resolve();

const WORLD: [[number, number], [number, number]] = [[-168, -56], [190, 78]];
/*
 * Keep Antarctica and the polar void out of view. Not ±180: MapLibre wraps 180 to
 * -180, sees an empty lng range and zooms to infinity (crash in _calcMatrices).
 */
const PAN_LIMIT: [[number, number], [number, number]] = [[-179.999, -72], [179.999, 85]];
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Dots are small; let a click a few pixels off still hit them. */
const DOT_SLOP = 6;
/** Over another country's shape, a dot is hit only this close to its centre (its drawn size plus a little). */
const ON_DOT_PX = 6;
/** Dots this much farther than the nearest one still count as "under the pointer". */
const OVERLAP_PX = 2;
const FOCUS_PADDING = 48;
/**
 * From this zoom on (≈0.2° a pixel) the overview's 0.1° grid and simplification would start
 * to show, so the detailed shapes are fetched and swapped in. The opening view is ≈0.8.
 */
const DETAIL_ZOOM = 1.6;
const DETAIL_RETRY_MS = 5_000;
/**
 * The legend sits over the map's lower edge on wide screens; the opening view leaves it
 * southern ocean to cover instead of South Africa or the Caribbean.
 */
const LEGEND_ROOM = 120;

const round = (n: number, digits: number): number => Number(n.toFixed(digits));

function sameView(a: MapView, b: MapView, degrees = 1e-3, zooms = 1e-2): boolean {
  return Math.abs(a.lng - b.lng) < degrees && Math.abs(a.lat - b.lat) < degrees && Math.abs(a.zoom - b.zoom) < zooms;
}

/**
 * The app may round a view before handing it back (the URL keeps 2 decimals of
 * lng/lat and 1 of zoom); within that much of what the map reported, it is an echo.
 */
const isEcho = (view: MapView, reported: MapView): boolean => sameView(view, reported, 0.0051, 0.051);

export function createAtlasMap(container: HTMLElement, options: AtlasMapOptions): AtlasMap {
  performance.mark('map:create'); // start-up diagnostics, see bench/run.ts
  const { countries, initialView, interactive = true } = options;
  let lang: Lang = options.lang;
  let customLabel = options.label;
  const palette = options.palette ?? lightPalette;

  const style = buildStyle({ lang, palette, labels: options.labels });
  // Data goes in with the style so the worker starts tiling at once, with no extra round trip.
  Object.assign(style.sources[SOURCE.countries]!, { data: countries });
  Object.assign(style.sources[SOURCE.points]!, { data: buildPoints(countries) });

  const map = new maplibregl.Map({
    container,
    style,
    interactive,
    validateStyle: false,
    attributionControl: false,
    renderWorldCopies: false,
    maxBounds: PAN_LIMIT,
    maxZoom: 7,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // Labels appear at once: no 300 ms fade (which also holds back 'idle', hence map:ready).
    fadeDuration: 0,
    ...(initialView
      ? { center: [initialView.lng, initialView.lat] as [number, number], zoom: initialView.zoom }
      : { bounds: WORLD, fitBoundsOptions: { padding: { top: 8, left: 8, right: 8, bottom: LEGEND_ROOM } } }),
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();

  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', customLabel ?? defaultLabel(lang));

  // Generated, not fetched: the style has no sprite URL to keep everything same-origin.
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH_IMAGE && !map.hasImage(id)) map.addImage(id, hatchImage(palette.hatch), { pixelRatio: 2 });
  });

  const byIso = new Map(countries.features.map((f) => [f.properties.iso2, f]));

  /* Until the style has loaded, sources do not exist; calls queue and replay in order. */
  let loaded = false;
  let removed = false;
  const pending: (() => void)[] = [];
  const whenLoaded = (fn: () => void): void => {
    if (loaded) fn();
    else pending.push(fn);
  };

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
  let lastView: MapView | null = null;
  /** The app has moved the camera (focus, view): its moves are reported like the user's. */
  let aimed = false;

  const getView = (): MapView => {
    const c = map.getCenter();
    return { lng: round(c.lng, 3), lat: round(c.lat, 3), zoom: round(map.getZoom(), 2) };
  };

  /* ---------- pointer → app ---------- */

  const hit = (point: maplibregl.PointLike & { x: number; y: number }): string | null => {
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [point.x - DOT_SLOP, point.y - DOT_SLOP],
      [point.x + DOT_SLOP, point.y + DOT_SLOP],
    ];
    const shape = map.queryRenderedFeatures(point, { layers: HIT_LAYERS.filter((l) => l !== LAYER.dots) })[0];
    // Neighbouring micro-states can sit within a pixel of each other at world zoom
    // (Sint Maarten / Saint-Martin): of the dots nearest the pointer, take the one drawn on top.
    // The slop helps at sea (islands are hard to hit); over a shape, the dot must be under the
    // pointer, or a click on France at world zoom would pick Jersey's dot beside it.
    const dots = map.queryRenderedFeatures(box, { layers: [LAYER.dots] }).flatMap((f) => {
      if (f.geometry.type !== 'Point') return [];
      const p = map.project(f.geometry.coordinates as [number, number]);
      const d = Math.hypot(p.x - point.x, p.y - point.y);
      const iso2 = String(f.id ?? f.properties['iso2']);
      return shape && d > ON_DOT_PX && String(shape.id ?? shape.properties['iso2']) !== iso2 ? [] : [{ iso2, d }];
    });
    const nearest = Math.min(...dots.map((d) => d.d));
    // Of dots that overlap, the one the letter says most about wins (Sint Maarten, part of
    // the Kingdom, over Saint-Martin); render order only breaks what is still a tie.
    const weight = (iso2: string) => {
      const p = byIso.get(iso2)?.properties;
      return p ? (p.direct.all ?? 0) * 1000 + (p.via.all ?? 0) : 0;
    };
    const top = dots.filter((d) => d.d <= nearest + OVERLAP_PX).sort((a, b) => weight(b.iso2) - weight(a.iso2))[0];
    if (top) return top.iso2;
    return shape ? String(shape.id ?? shape.properties['iso2']) : null;
  };

  let pointerIso: string | null = null;
  const reportHover = (iso2: string | null): void => {
    if (iso2 === pointerIso) return;
    pointerIso = iso2;
    canvas.style.cursor = iso2 ? 'pointer' : '';
    options.onHover(iso2);
  };
  map.on('mousemove', (e) => reportHover(hit(e.point)));
  map.on('mouseout', () => reportHover(null));
  map.on('click', (e) => options.onSelect(hit(e.point)));
  installPointerFeed(map, hit, (p) => options.onPointer?.(p));
  const keys = installKeyboardOnDemand(map, countries, {
    mark: (iso2, on) => whenLoaded(() => setState(iso2, { key: on })),
    // A selected region counts too, so Esc on the map clears it.
    selected: () => selected ?? highlight,
    select: (iso2) => options.onSelect(iso2),
    highlight: (iso2) => options.onHighlight?.(iso2),
  });

  // A resize (the layout settling, a sheet opening) keeps or clamps the camera: that is not a
  // view the user chose, so it is not reported (it would write `view=` into a fresh link).
  map.on('resize', () => {
    if (loaded) lastView = getView();
  });
  map.on('moveend', () => {
    // Before 'load' the camera only settles into the container (fit, resize) unless the app aimed it.
    if (!loaded && !aimed) return;
    const view = getView();
    if (lastView && sameView(view, lastView)) return;
    lastView = view;
    options.onViewChange(view);
  });

  const ready = new Promise<void>((resolve) => {
    map.once('load', () => {
      loaded = true;
      lastView = getView();
      pending.splice(0).forEach((fn) => fn());
      // First idle after load: every country is tiled and drawn with its fill.
      map.once('idle', () => {
        if (!performance.getEntriesByName('map:ready', 'mark').length) performance.mark('map:ready');
        resolve();
        /*
         * Labels and hover/selection outlines come one step later (rasterising glyphs and
         * tessellating every border cost ~0.5 s before the first complete map). The
         * choropleth is the content; names are also in the panel, list and canvas label.
         * The label font is normally in long before this (see labelFont).
         */
        void labelFont.then(() => {
          if (removed) return;
          for (const id of DEFERRED_LAYERS) map.setLayoutProperty(id, 'visibility', 'visible');
          map.once('idle', () => performance.mark('map:complete'));
        });
      });
    });
  });

  /* ---------- detailed shapes on zoom-in (feature-state is kept across setData) ---------- */
  let detail: 'overview' | 'loading' | 'detailed' = 'overview';
  let failedAt = -Infinity;
  const needDetail = (): void => {
    if (!options.detail || detail !== 'overview' || map.getZoom() < DETAIL_ZOOM) return;
    // Offline: 'zoom' fires many times a second; try again after a pause, not on every frame.
    if (performance.now() - failedAt < DETAIL_RETRY_MS) return;
    detail = 'loading';
    options.detail().then(
      (fine) => {
        if (removed) return;
        detail = 'detailed';
        whenLoaded(() => (map.getSource(SOURCE.countries) as maplibregl.GeoJSONSource).setData(fine));
      },
      // Offline or a broken file: keep the overview and try again on the next zoom.
      () => {
        detail = 'overview';
        failedAt = performance.now();
      },
    );
  };
  map.on('zoom', needDetail);
  needDetail();

  const probe: PaintProbe = { paintedAt: 0 };
  const removeDebugHook = installDebugHook(map, getView, probe);

  /* ---------- app → map: feature-state and properties only ---------- */

  const api: AtlasMap = {
    setPaint(paint: ReadonlyMap<string, CountryPaint>) {
      keys.setPaint(paint);
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
    setLang(next) {
      // A layout change makes MapLibre lay the source out again: never for the language the
      // map already shows (the first call, from mount, would hold back map:ready otherwise).
      if (next === lang) return;
      lang = next;
      if (!customLabel) canvas.setAttribute('aria-label', defaultLabel(lang));
      whenLoaded(() => map.setLayoutProperty(LAYER.labels, 'text-field', labelField(next)));
    },
    setRegions(next, nextHighlight) {
      whenLoaded(() => {
        if (next !== regions) {
          // The outline source is the one source that changes data: its contents depend on the selection.
          (map.getSource(SOURCE.regions) as maplibregl.GeoJSONSource).setData(next ?? EMPTY);
          map.setLayoutProperty(LAYER.regions, 'visibility', next ? 'visible' : 'none');
          regions = next;
        }
        if (nextHighlight === highlight) return;
        if (highlight) map.setFeatureState({ source: SOURCE.regions, id: highlight }, { highlight: false });
        if (nextHighlight) map.setFeatureState({ source: SOURCE.regions, id: nextHighlight }, { highlight: true });
        highlight = nextHighlight;
      });
    },
    focusCountry(iso2) {
      const feature = byIso.get(iso2);
      if (!feature) return;
      aimed = true;
      const bounds = countryBounds(feature);
      if (bounds) map.fitBounds(bounds, { padding: FOCUS_PADDING, maxZoom: 5.5 });
      else map.easeTo({ center: feature.properties.point, zoom: Math.max(map.getZoom(), 4.5) });
    },
    setView(view) {
      // An echo of what the map just reported (rounded, or from an ease that a second key
      // press interrupted) must not yank the camera back or snap it to the rounding.
      if (lastView && isEcho(view, lastView)) return;
      if (map.isMoving() || sameView(view, getView())) return;
      lastView = view;
      map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom });
    },
    getView,
    setInteractive(on) {
      const handlers = [map.scrollZoom, map.boxZoom, map.dragPan, map.keyboard, map.doubleClickZoom, map.touchZoomRotate];
      for (const h of handlers) {
        if (on) h.enable();
        else h.disable();
      }
      canvas.setAttribute('tabindex', on ? '0' : '-1');
    },
    setLabel(label) {
      customLabel = label;
      canvas.setAttribute('aria-label', label);
    },
    ready,
    destroy() {
      removed = true;
      removeDebugHook();
      keys.destroy();
      map.remove();
    },
  };
  return api;
}
