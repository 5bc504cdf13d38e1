/**
 * On a baked page the map can start before the app mounts: main.tsx asks for it once MapLibre
 * and the data are in, so the worker tiles while React renders, and AtlasMapView takes it over
 * in its first effect (claimEarlyMap) and then treats it as a map it made. Until then it lies
 * in the page's own map box under the baked picture (src/bake/handover.ts), inert: out of the
 * tab order and of the accessibility tree, where the picture stands for it.
 */
import type { AtlasMap, AtlasMapOptions, CountriesCollection, CountryPaint } from './contract';
import { loadedMapModule, loadMapModule } from './preload';

export type MapCallbacks = Pick<AtlasMapOptions, 'onHover' | 'onSelect' | 'onPointer' | 'onHighlight' | 'onViewChange'>;

/** What the early map shows: the app's first render, in the default palette and labels. */
export interface EarlyMapStart extends Omit<AtlasMapOptions, keyof MapCallbacks | 'interactive' | 'palette' | 'labels' | 'label'> {
  paint: ReadonlyMap<string, CountryPaint>;
  selected: string | null;
}

type Create = (container: HTMLElement, options: AtlasMapOptions) => AtlasMap;

interface Early {
  map: AtlasMap;
  element: HTMLElement;
  countries: CountriesCollection;
  /** Whoever has claimed it; nobody yet: its events go nowhere (it cannot be reached anyway). */
  to: Partial<MapCallbacks>;
}

let held: Early | null = null;
let asked = false;
let closed = false;

/**
 * Starts the map in `box` as soon as MapLibre is in (in this task if it already is), unless the
 * app has mounted by then. `start` is asked at that moment, so the camera is measured then
 * (against `box`); null: not on this page.
 */
export function startEarlyMap(box: HTMLElement | null, start: (box: HTMLElement) => EarlyMapStart | null): void {
  if (!box || asked || closed) return;
  asked = true;
  const loaded = loadedMapModule();
  if (loaded) holdEarlyMap(box, start, loaded.createAtlasMap);
  // A failed load is AtlasMapView's to report.
  else loadMapModule().then(({ createAtlasMap }) => holdEarlyMap(box, start, createAtlasMap), () => undefined);
}

/** startEarlyMap with the map's maker given (the module is in). Never throws: it runs just before the mount. */
export function holdEarlyMap(box: HTMLElement, start: (box: HTMLElement) => EarlyMapStart | null, create: Create): void {
  if (closed || held) return;
  const element = box.ownerDocument.createElement('div');
  try {
    const o = start(box);
    if (!o) return;
    const { paint, selected, ...options } = o;
    element.style.cssText = 'position:absolute;inset:0';
    element.setAttribute('inert', '');
    box.append(element);
    const early: Early = {
      element,
      countries: options.countries,
      to: {},
      map: create(element, {
        ...options,
        onHover: (iso2) => early.to.onHover?.(iso2),
        onSelect: (iso2) => early.to.onSelect?.(iso2),
        onPointer: (p) => early.to.onPointer?.(p),
        onHighlight: (iso2) => early.to.onHighlight?.(iso2),
        onViewChange: (v) => early.to.onViewChange?.(v),
      }),
    };
    // Queued until the style is in, so the first idle (map:ready) already shows the app's colours.
    early.map.setPaint(paint);
    early.map.setSelected(selected);
    // Canvas out of the tab order until claimed (the view turns it on again).
    early.map.setInteractive(false);
    held = early;
  } catch {
    // No early map then: AtlasMapView makes its own, and reports what fails.
    element.remove();
  }
}

/**
 * The early map, if it was made for these shapes: moved into `container`, its events to `to`;
 * the caller owns it from now on. Until main.tsx has called discardEarlyMap, its destroy()
 * puts it back for the next claim: React's StrictMode runs a new effect twice (development).
 */
export function claimEarlyMap(countries: CountriesCollection, container: HTMLElement, to: MapCallbacks): AtlasMap | null {
  const early = held;
  if (!early || early.countries !== countries) return null;
  held = null;
  early.to = to;
  container.append(early.element);
  early.element.removeAttribute('inert');
  return {
    ...early.map,
    destroy() {
      early.to = {};
      if (closed) drop(early);
      else held = early;
    },
  };
}

/**
 * Resolves once a map started early has taken in its style and data (MapLibre does that in the
 * frame after it is made), so its worker is tiling before the app's mount takes the main
 * thread; at once without one. A hidden tab paints no frames: then after 100 ms.
 */
export function earlyMapLoading(): Promise<void> {
  if (!held) return Promise.resolve();
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** After the app's first commit: a map no view took over goes, and none starts any more. */
export function discardEarlyMap(): void {
  closed = true;
  if (held) drop(held);
  held = null;
}

function drop(early: Early): void {
  early.map.destroy();
  early.element.remove();
}
