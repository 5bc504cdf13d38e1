/**
 * From the baked page to the app, in the browser. The page paints with its map as SVG
 * (src/bake/bakedMap.ts); main.tsx mounts the app over the page's markup once the data is in,
 * in one synchronous commit, and this module keeps the SVG map on screen through it: taken out
 * of the old markup, put into the new map box in the same task (no frame without a map), and
 * removed when MapLibre has drawn (AtlasMapView calls releaseBakedMap). Meanwhile the SVG
 * answers clicks and follows the theme filter, so what the visitor does before the live map
 * is ready is kept.
 */
import { computeChoropleth } from '../app/choropleth/paint';
import type { AtlasModel } from '../app/data/model';
import type { AtlasStore } from '../app/store/store';
import type { MapView } from '../map/contract';
import { cameraFromBaked, parseBakedView } from './bakedView';

let held: HTMLElement | null = null;
let framesLink = false;
let pendingClick: string | null = null;
let stopWatching: (() => void) | null = null;

/**
 * Keys of a link that show another place or view than the page's picture: with one of them
 * the picture still stands in until the map is drawn, but the map frames the link itself.
 */
const OWN_VIEW = /[?&](country|region|passage|view|present|compare|list|embed)=/;

/** The baked map of this document, if it is a baked page. Clicks are kept from now on. */
export function holdBakedMap(doc: Document, search: string): boolean {
  held = doc.querySelector<HTMLElement>('[data-baked-map]');
  framesLink = !!held && !OWN_VIEW.test(search);
  // A click before this script ran is marked by src/bake/boot.js.
  pendingClick = isoAt(held?.querySelector('[data-early-click]') ?? null);
  held?.addEventListener('click', onEarlyClick);
  return !!held;
}

/** Does the baked picture already frame what the link shows (so the map need not frame it)? */
export const bakedMapFramesLink = (): boolean => !!held && framesLink;

function isoAt(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest('[data-iso]') : null;
  return el?.getAttribute('data-iso') ?? null;
}

function onEarlyClick(e: Event): void {
  pendingClick = isoAt(e.target);
}

/**
 * Right after the app's first commit (same task): put the SVG into the app's map box and
 * let it stand in for the map. Without a map box (the list view, a presentation) it goes.
 */
export function adoptBakedMap(doc: Document, store: AtlasStore, model: AtlasModel): void {
  // The page is the app's now: styles for the baked page alone stop applying.
  doc.documentElement.removeAttribute('data-baked');
  const map = held;
  if (!map) return;
  map.removeEventListener('click', onEarlyClick);
  const box = doc.querySelector('.map-area');
  const live = box?.querySelector('.map');
  if (!box || !live || !store.getState().webgl || store.getState().embed) {
    releaseBakedMap();
    return;
  }
  box.insertBefore(map, live);
  const select = (e: Event) => {
    const iso = isoAt(e.target);
    if (iso && model.countryById.has(iso)) store.getState().selectCountry(iso);
    else store.getState().clearSelection();
  };
  map.addEventListener('click', select);
  if (pendingClick && model.countryById.has(pendingClick)) store.getState().selectCountry(pendingClick);
  pendingClick = null;

  // The theme filter recolours the picture as it will the map (a link's themes at once).
  let themes = store.getState().themes;
  if (themes.length) recolour(map, computeChoropleth(model, themes).paint);
  const unsubscribe = store.subscribe((s) => {
    if (s.themes === themes) return;
    themes = s.themes;
    recolour(map, computeChoropleth(model, themes).paint);
  });
  stopWatching = () => {
    unsubscribe();
    map.removeEventListener('click', select);
  };
}

function recolour(map: HTMLElement, paint: ReturnType<typeof computeChoropleth>['paint']): void {
  const land = map.querySelector('svg')?.getAttribute('data-land') ?? '#f4f2ee';
  const hatches = map.querySelector('.baked-hatches');
  const hatchOf = new Map([...map.querySelectorAll<SVGElement>('[data-via]')].map((el) => [el.getAttribute('data-via')!, el]));
  for (const el of map.querySelectorAll<SVGElement>('[data-iso]')) {
    const iso = el.getAttribute('data-iso')!;
    if (el.hasAttribute('data-home')) continue;
    const p = paint.get(iso);
    el.setAttribute('fill', p?.fill ?? land);
    let hatch = hatchOf.get(iso);
    // A country the new choice reaches only through a region gets the hatch its shape gives.
    if (p?.viaOnly && !hatch && hatches && el.hasAttribute('d')) {
      hatch = el.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'path');
      hatch.setAttribute('data-via', iso);
      hatch.setAttribute('d', el.getAttribute('d')!);
      hatches.append(hatch);
    }
    if (p?.viaOnly) hatch?.removeAttribute('display');
    else hatch?.setAttribute('display', 'none');
  }
}

/** The live map has drawn (or will not be drawn here): the picture goes, and the page is the app's. */
export function releaseBakedMap(doc: Document | undefined = globalThis.document): void {
  stopWatching?.();
  stopWatching = null;
  held?.remove();
  held = null;
  doc?.documentElement.removeAttribute('data-baked');
}

/*
 * The baked page's controls look ready before the app behind them is: src/bake/boot.js marks
 * the last element clicked (data-early-click) until the app mounts, and the control it is in
 * (a button, a checkbox) gets the click again once the app is there. The app's first render
 * is the baked markup's, so the control is found by its place in the tree (the map picture,
 * which the handover moves, not counted) and checked by tag and class.
 */
const CONTROL = 'button, summary, [role="button"], input[type="checkbox"], input[type="radio"]';

const children = (el: Element): Element[] => [...el.children].filter((c) => !c.hasAttribute('data-baked-map'));

function placeOf(root: Element, el: Element): number[] {
  const path: number[] = [];
  for (let node = el; node !== root && node.parentElement; node = node.parentElement) path.unshift(children(node.parentElement).indexOf(node));
  return path;
}

function atPlace(root: Element, path: readonly number[]): Element | null {
  let node: Element | undefined = root;
  for (const i of path) node = node && children(node)[i];
  return node ?? null;
}

interface Place {
  path: number[];
  tag: string;
  className: string;
}

const placeIn = (root: Element, el: Element): Place => ({ path: placeOf(root, el), tag: el.tagName, className: el.getAttribute('class') ?? '' });

/** The app's element at a baked element's place, if it is the same kind of element. */
function samePlace(doc: Document, kept: Place): HTMLElement | null {
  const root = doc.getElementById('root');
  const el = root && atPlace(root, kept.path);
  return el instanceof HTMLElement && el.tagName === kept.tag && (el.getAttribute('class') ?? '') === kept.className ? el : null;
}

/** Before the app's first commit: which baked control was clicked last, to click it again after. */
export function earlyClick(doc: Document): { replay(): void } {
  const root = doc.getElementById('root');
  const el = doc.querySelector('[data-early-click]')?.closest(CONTROL);
  if (!root || !el || !root.contains(el) || el.closest('[data-baked-map]')) return { replay() {} };
  const kept = placeIn(root, el);
  return { replay: () => samePlace(doc, kept)?.click() };
}

const TEXT = 'textarea, input:not([type]), input[type="text"], input[type="search"]';

/**
 * Where the reader is on the baked page, to put back after the mount: window and panel scroll,
 * the focused element (by id, or by its place where the app has no element with that id) and
 * what they typed into a text box (the search), given to the app's box as typing is, so the
 * app answers it.
 */
export function readingPlace(doc: Document): { restore(): void } {
  const win = doc.defaultView!;
  const x = win.scrollX;
  const y = win.scrollY;
  const panel = doc.querySelector('.panel-body')?.scrollTop ?? 0;
  const root = doc.getElementById('root');
  const active = doc.activeElement;
  const focusedId = active?.id;
  // React's generated ids (useId) differ between the server's markup and the app's: the place too.
  const focusedPlace = root && active && active !== root && root.contains(active) ? placeIn(root, active) : null;
  const typed = root
    ? [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT)].filter((el) => el.value !== el.defaultValue).map((el) => ({ place: placeIn(root, el), value: el.value }))
    : [];
  return {
    restore() {
      if (x || y) win.scrollTo(x, y);
      const body = doc.querySelector('.panel-body');
      if (body && panel) body.scrollTop = panel;
      for (const { place, value } of typed) {
        const box = samePlace(doc, place);
        if (box instanceof win.HTMLInputElement || box instanceof win.HTMLTextAreaElement) typeInto(box, value);
      }
      const focus = (focusedId && doc.getElementById(focusedId)) || (focusedPlace && samePlace(doc, focusedPlace));
      focus?.focus({ preventScroll: true });
    },
  };
}

/** Set a box's value as typing does: through the element's own setter, then an input event (React listens to that). */
function typeInto(box: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box) as object, 'value')?.set;
  setter?.call(box, value);
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * A place page's <base href> (the site root, so its assets and data resolve) would send
 * in-page links (the skip link, footnote references) to the home page: they go to the
 * fragment of this document instead.
 */
export function followFragmentsHere(doc: Document): void {
  doc.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    doc.defaultView!.location.hash = a.getAttribute('href')!.slice(1);
  });
}

/**
 * The camera that shows exactly what the baked SVG shows in `container` (same box, same
 * centre, same scale), or null without a baked map.
 */
export function bakedCamera(container: HTMLElement): MapView | null {
  const svg = held?.querySelector('svg');
  const view = parseBakedView(svg?.getAttribute('data-view'));
  const ctm = svg?.getScreenCTM();
  if (!svg || !view || !ctm || !ctm.a) return null;
  const r = container.getBoundingClientRect();
  if (!r.width || !r.height) return null;
  const centre = new DOMPoint(r.left + r.width / 2, r.top + r.height / 2).matrixTransform(ctm.inverse());
  const { width, height } = svg.viewBox.baseVal;
  return cameraFromBaked(view, { width, height }, [centre.x, centre.y], ctm.a);
}
