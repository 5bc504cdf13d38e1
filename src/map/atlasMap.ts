/**
 * The only runtime import of maplibre-gl. The app loads this chunk lazily
 * (import('../map/atlasMap')), so the panel text can show before ~450 KiB of
 * map code arrives.
 *
 * createAtlasMap builds the map and plugs its parts into one MapContext: pointer hit-testing
 * (hitTest.ts), the detailed shapes (detailShapes.ts), app state as feature-state
 * (featureState.ts) and the camera with its framing (camera.ts). A new part (keyboard, a
 * tooltip) is a function of the context installed next to them.
 */
import * as maplibregl from 'maplibre-gl';
// The worker's URL set and the worker started (maybe already, by a baked page's boot script).
import './warm';
import type { Lang } from '../pipeline/types';
import { createCamera, createPanLimit, WORLD } from './camera';
import type { MapContext } from './context';
import type { AtlasMap, AtlasMapOptions } from './contract';
import { installDebugHook, type FramingProbe, type PaintProbe } from './debug';
import { installDetailShapes } from './detailShapes';
import { createFeatureState } from './featureState';
import { MAP_MAX_ZOOM } from './framing/mercator';
import { createHitTest, installPointer } from './hitTest';
import { installKeyboardOnDemand } from './keyboardLazy';
import { installPointerFeed } from './pointer';
import { buildPoints } from './points';
import { buildStyle, defaultLabel, DEFERRED_LAYERS, HATCH_IMAGE, hatchImage, LABEL_FONT_FACE, LAYER, labelField, lightPalette, SOURCE } from './style';


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

/**
 * The legend sits over the map's lower edge on wide screens; the opening view leaves it
 * southern ocean to cover instead of South Africa or the Caribbean.
 */
const LEGEND_ROOM = 120;

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

  const limit = createPanLimit(container, initialView?.zoom);
  const map = new maplibregl.Map({
    container,
    style,
    interactive,
    validateStyle: false,
    attributionControl: false,
    // The world wraps at 180°, so Fiji, Chukotka or the Bering Strait can be framed whole;
    // the constraint keeps the map from showing less than one world (framing/mercator.ts).
    // Off for the first draw (software WebGL paints every copy: ~25 % of map:ready on two cores),
    // on once the map has shown its data (see `ready`).
    renderWorldCopies: false,
    transformConstrain: limit.transformConstrain,
    maxZoom: MAP_MAX_ZOOM,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // Labels appear at once: no 300 ms fade (which also holds back 'idle', hence map:ready).
    fadeDuration: 0,
    ...(initialView
      ? { center: [initialView.lng, initialView.lat] as [number, number], zoom: initialView.zoom }
      : {
          bounds: [[WORLD.west, WORLD.south], [WORLD.east, WORLD.north]] as [[number, number], [number, number]],
          fitBoundsOptions: { padding: { top: 8, left: 8, right: 8, bottom: LEGEND_ROOM } },
        }),
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();

  // Beyond the poles (a world lower than the box, see framing/mercator.ts) MapLibre draws
  // nothing: let it read as sea.
  container.style.backgroundColor = palette.water;
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', customLabel ?? defaultLabel(lang));

  // Generated, not fetched: the style has no sprite URL to keep everything same-origin.
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH_IMAGE && !map.hasImage(id)) map.addImage(id, hatchImage(palette.hatch), { pixelRatio: 2 });
  });

  /* Until the style has loaded, sources do not exist; calls queue and replay in order. */
  let loaded = false;
  let removed = false;
  const pending: (() => void)[] = [];
  const ctx: MapContext = {
    map,
    container,
    canvas,
    options,
    byIso: new Map(countries.features.map((f) => [f.properties.iso2, f])),
    // After destroy() a call is dropped: React runs the other effects of the commit that replaces
    // this map (another letter's counts) with it still in hand, and a removed map has no sources.
    whenLoaded: (fn) => (removed ? undefined : loaded ? fn() : void pending.push(fn)),
    removed: () => removed,
  };

  const probe: PaintProbe & FramingProbe = { paintedAt: 0, framing: null };
  const hit = createHitTest(ctx);
  installPointer(ctx, hit);
  installDetailShapes(ctx);
  const state = createFeatureState(ctx, probe);
  const camera = createCamera(ctx, limit, probe);
  installPointerFeed(map, hit, (p) => options.onPointer?.(p));
  const keys = installKeyboardOnDemand(map, countries, {
    mark: (iso2, on) => state.mark(iso2, { key: on }),
    // A selected region counts too, so Esc on the map clears it.
    selected: state.selection,
    select: (iso2) => options.onSelect(iso2),
    highlight: (iso2) => options.onHighlight?.(iso2),
  });
  const removeDebugHook = installDebugHook(map, camera.getView, probe);

  const ready = new Promise<void>((resolve) => {
    map.once('load', () => {
      loaded = true;
      pending.splice(0).forEach((fn) => fn());
      // First idle after load: every country is tiled and drawn with its fill.
      map.once('idle', () => {
        if (!performance.getEntriesByName('map:ready', 'mark').length) performance.mark('map:ready');
        resolve();
        map.setRenderWorldCopies(true);
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

  return {
    ...state,
    setPaint(paint) {
      keys.setPaint(paint);
      state.setPaint(paint);
    },
    setLang(next) {
      // A layout change makes MapLibre lay the source out again: never for the language the
      // map already shows (the first call, from mount, would hold back map:ready otherwise).
      if (next === lang) return;
      lang = next;
      if (!customLabel) canvas.setAttribute('aria-label', defaultLabel(lang));
      ctx.whenLoaded(() => map.setLayoutProperty(LAYER.labels, 'text-field', labelField(next)));
    },
    frame: camera.frame,
    focusCountry: (iso2) => camera.frame([iso2]),
    setView: camera.setView,
    getView: camera.getView,
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
      camera.destroy();
      removeDebugHook();
      keys.destroy();
      map.remove();
    },
  };
}
