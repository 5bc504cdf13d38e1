/**
 * The camera: the view reported to the app and taken from it, the pan limit, and framing
 * places (src/map/framing/) in the measured map box clear of the overlays that cover it.
 *
 * A framing holds until the user moves the map or the app sets a view: while it holds, a
 * change of the box or of a cover (the phone sheet filling with the panel, a rotated phone,
 * full screen) frames the same places again, so they never end up under an overlay.
 */
import { LngLat, type TransformConstrainFunction } from 'maplibre-gl';
import type { MapContext } from './context';
import type { MapView } from './contract';
import type { FramingProbe } from './debug';
import type { Frame, Measured } from './framer';
import { constrain, NO_INSETS, WORLD, type Insets } from './framing/mercator';

type Framing = typeof import('./framer');
let framing: Promise<Framing> | null = null;
/**
 * The framing code loads with the first framing (a link with a country, a choice in the
 * search): the world view that most visits open with needs none of it. A failed load is
 * forgotten, so the next framing tries again.
 */
const loadFraming = (): Promise<Framing> =>
  (framing ??= import('./framer').catch((e: unknown) => {
    framing = null;
    throw e;
  }));

export { WORLD };
const EASE_MS = 700;

const round = (n: number, digits: number): number => Number(n.toFixed(digits));

function sameView(a: MapView, b: MapView, degrees = 1e-3, zooms = 1e-2): boolean {
  return Math.abs(a.lng - b.lng) < degrees && Math.abs(a.lat - b.lat) < degrees && Math.abs(a.zoom - b.zoom) < zooms;
}

/**
 * The app may round a view before handing it back (the URL keeps 2 decimals of
 * lng/lat and 1 of zoom); within that much of what the map reported, it is an echo.
 */
const isEcho = (view: MapView, reported: MapView): boolean => sameView(view, reported, 0.0051, 0.051);

const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface PanLimit {
  transformConstrain: TransformConstrainFunction;
  /** Where the map may run past the world's edge (under covers) and the least zoom a framing asked for. */
  set(insets: Insets, floor: number): void;
}

/** The pan limit as MapLibre's constrain function; made before the map, which takes it as an option. */
export function createPanLimit(container: HTMLElement, floor = Infinity): PanLimit {
  let insets = NO_INSETS;
  return {
    transformConstrain: (lngLat, zoom) => {
      const size = { width: container.clientWidth, height: container.clientHeight };
      const v = constrain({ lng: lngLat.lng, lat: lngLat.lat, zoom }, size, insets, floor);
      return { center: new LngLat(v.lng, v.lat), zoom: v.zoom };
    },
    set(nextInsets, nextFloor) {
      insets = nextInsets;
      floor = nextFloor;
    },
  };
}

export interface Camera {
  getView(): MapView;
  setView(view: MapView): void;
  /** Frame these countries (their main bodies; none: the world) and hold the framing. */
  frame(places: readonly string[]): void;
  /** The user moved the map, or something moved it for them: the framing no longer holds. */
  release(): void;
  destroy(): void;
}

export function createCamera({ map, container, byIso, options }: MapContext, limit: PanLimit, probe: FramingProbe): Camera {
  let lastView: MapView | null = null;
  let held: readonly string[] | null = null;
  let measured: Measured | null = null;
  let stopWatching: (() => void) | null = null;
  let shown = false;
  let lib: Framing | null = null;

  const getView = (): MapView => {
    const c = map.getCenter();
    return { lng: round(c.lng, 3), lat: round(c.lat, 3), zoom: round(map.getZoom(), 2) };
  };

  let loaded = false;
  /** The app has moved the camera (a frame, a view): its moves are reported like the user's. */
  let aimed = false;
  map.once('load', () => {
    loaded = true;
    lastView = getView();
  });
  map.once('idle', () => (shown = true));
  // A resize (the layout settling, a sheet or menu opening, a rotated phone) keeps or clamps the
  // camera: not a view anyone chose, so it is not reported (it would write `view=` into a link).
  map.on('resize', () => {
    if (loaded) lastView = getView();
  });
  map.on('moveend', () => {
    // Before 'load' the camera only settles into its container (fit, resize) unless the app aimed it:
    // reporting that would write `view=` into a fresh link.
    if (!loaded && !aimed) return;
    const view = getView();
    if (lastView && sameView(view, lastView)) return;
    lastView = view;
    options.onViewChange(view);
  });
  // A gesture (drag, wheel, pinch, keys, double-click) carries the DOM event that caused it.
  map.on('movestart', (e: { originalEvent?: unknown }) => {
    if (e.originalEvent) release();
  });

  function compute({ frameBox, frameCountries }: Framing, now: Measured, places: readonly string[]): Frame | null {
    if (!places.length) return frameBox(WORLD, now.size, now.covers);
    const features = places.flatMap((iso2) => byIso.get(iso2) ?? []);
    return features.length ? frameCountries(features, now.size, now.covers) : null;
  }

  function apply(animate: boolean): void {
    if (!held || !lib) return;
    const now = lib.measureCovers(container);
    const frame = compute(lib, now, held);
    // No size yet (a hidden map): the watcher tries again once the box has one.
    measured = frame ? now : null;
    if (!frame) return;
    const { view, insets, subject, area } = frame;
    limit.set(insets, view.zoom);
    const target = { center: [view.lng, view.lat] as [number, number], zoom: view.zoom };
    if (animate && !reducedMotion()) map.easeTo({ ...target, duration: EASE_MS });
    else map.jumpTo(target);
    probe.framing = { places: [...held], view, subject, area, count: (probe.framing?.count ?? 0) + 1 };
  }

  function release(): void {
    held = null;
    stopWatching?.();
    stopWatching = null;
  }

  return {
    getView,
    setView(view) {
      // An echo of what the map just reported (rounded, or from an ease that a second key
      // press interrupted) must not yank the camera back or snap it to the rounding.
      if (lastView && isEcho(view, lastView)) return;
      if (map.isMoving() || sameView(view, getView())) return;
      release();
      lastView = view;
      aimed = true;
      map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom });
    },
    frame(places) {
      if (places.length && !places.some((iso2) => byIso.has(iso2))) return;
      const request = (held = [...places]);
      aimed = true;
      const start = (f: Framing) => {
        stopWatching ??= f.watchCovers(container, () => {
          if (held && !(measured && f.sameMeasure(f.measureCovers(container), measured))) apply(shown && !!measured);
        });
        apply(shown);
      };
      if (lib) return start(lib);
      loadFraming().then(
        (loaded) => {
          lib = loaded;
          // Still the latest request, and the user has not moved the map meanwhile.
          if (held === request) start(loaded);
        },
        () => undefined,
      );
    },
    release,
    destroy: release,
  };
}
