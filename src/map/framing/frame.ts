/**
 * The one framing path (pure): places (a country, a grouping's members, the countries a
 * passage names) + the map box + the rectangles overlays cover → the camera. The subject
 * (the union of the places' main bodies) lands inside an uncovered rectangle, with a margin;
 * of the uncovered rectangles, the one that shows it largest wins. A microstate keeps some
 * context around it, and the result is the camera MapLibre really ends at (its pan limit
 * applied), so a subject at the edge of the world is checked where it will be.
 */
import type { MapView } from '../contract';
import { mainBody, union, type CountryFeature } from './mainBody';
import { constrain, latOf, lngOf, mercX, mercY, PAN_LIMIT, project, TILE, worldSize, type Insets, type LngLatBox, type Size } from './mercator';
import { rectArea, rectHeight, rectWidth, uncoveredRects, type Rect } from './uncovered';

export interface Frame {
  view: MapView;
  /** The uncovered rectangle the subject was framed into. */
  area: Rect;
  /** The box's margins outside `area`: the map may run past its pan limit under them (see constrain). */
  insets: Insets;
  /** The framed box: the union of the places' main bodies. */
  subject: LngLatBox;
}

/** Closest framing: the map goes to 7, but a place alone at 7 is a blob without a neighbour. */
export const MAX_FRAME_ZOOM = 6;
/** The smallest span framed, as a share of the world's width (8° of longitude): Malta shows Sicily. */
export const CONTEXT = 8 / 360;
/** An uncovered rectangle narrower or lower than this (after its margin) is not worth framing into. */
const MIN_SIDE = 48;

const margin = (r: Rect): number => Math.round(Math.min(32, Math.max(8, Math.min(rectWidth(r), rectHeight(r)) * 0.06)));

/** The zoom at which `box` (at least CONTEXT wide and high) fills `inner`. */
function fitZoom(box: LngLatBox, inner: Size): number {
  const dx = Math.max(mercX(box.east) - mercX(box.west), CONTEXT);
  const dy = Math.max(mercY(box.south) - mercY(box.north), CONTEXT);
  return Math.min(MAX_FRAME_ZOOM, Math.log2(inner.width / (dx * TILE)), Math.log2(inner.height / (dy * TILE)));
}

/** Pixels of the box at `view`, in the copy of the world nearest the centre. */
function boxOnScreen(view: MapView, size: Size, box: LngLatBox): Rect {
  const mid = project(view, size, [(box.west + box.east) / 2, box.north]);
  const half = ((box.east - box.west) / 360) * worldSize(view.zoom) / 2;
  return { left: mid.x - half, top: mid.y, right: mid.x + half, bottom: project(view, size, [box.west, box.south]).y };
}

const shown = (box: Rect, area: Rect): number => {
  const w = Math.min(box.right, area.right) - Math.max(box.left, area.left);
  const h = Math.min(box.bottom, area.bottom) - Math.max(box.top, area.top);
  const own = Math.max(1e-9, rectArea(box));
  return Math.max(0, w) * Math.max(0, h) / own;
};

/** What the map can show of a box: nothing beyond its pan limit. */
const reachable = (b: LngLatBox): LngLatBox => ({
  ...b,
  south: Math.min(Math.max(b.south, PAN_LIMIT.south), PAN_LIMIT.north),
  north: Math.max(Math.min(b.north, PAN_LIMIT.north), PAN_LIMIT.south),
});

/**
 * The union of the places' main bodies, each decided alone: a grouping's members are their
 * main bodies (NATO does not reach to French Guiana because France's box is wide anyway).
 */
function subjectOf(places: readonly CountryFeature[], zoomFor: (box: LngLatBox) => number): LngLatBox | null {
  return places.length ? reachable(places.map((f) => mainBody(f, zoomFor)).reduce(union)) : null;
}

function frameWith(subjectFor: (zoomFor: (box: LngLatBox) => number) => LngLatBox | null, size: Size, covers: readonly Rect[]): Frame | null {
  if (size.width < 1 || size.height < 1) return null;
  const full: Rect = { left: 0, top: 0, right: size.width, bottom: size.height };
  const roomy = (r: Rect) => rectWidth(r) - 2 * margin(r) >= MIN_SIDE && rectHeight(r) - 2 * margin(r) >= MIN_SIDE;
  const areas = uncoveredRects(size, covers).filter(roomy);
  // Covered all over (a sheet pulled up over the whole map): frame as if nothing covered it.
  if (!areas.length) areas.push(full);
  let best: (Frame & { score: number[] }) | null = null;
  for (const area of areas) {
    const m = margin(area);
    const inner = { width: rectWidth(area) - 2 * m, height: rectHeight(area) - 2 * m };
    // Parts join a main body by the room they cost in a square of the area's short side, so a
    // tall phone map that has room to spare above Norway still frames Norway, not Svalbard.
    const side = Math.min(inner.width, inner.height);
    const subject = subjectFor((box) => fitZoom(box, { width: side, height: side }));
    if (!subject) return null;
    const fit = fitZoom(subject, inner);
    const insets = { left: area.left, top: area.top, right: size.width - area.right, bottom: size.height - area.bottom };
    // The zoom the map will end at (never less than one world across the area).
    const { zoom } = constrain({ lng: 0, lat: 0, zoom: fit }, size, insets, fit);
    // The subject's centre goes to the area's centre, which is off the map's centre by this much.
    const ws = worldSize(zoom);
    const x = (mercX(subject.west) + mercX(subject.east)) / 2 - ((area.left + area.right) / 2 - size.width / 2) / ws;
    const y = (mercY(subject.north) + mercY(subject.south)) / 2 - ((area.top + area.bottom) / 2 - size.height / 2) / ws;
    const view = constrain({ lng: lngOf(x), lat: latOf(y), zoom }, size, insets, fit);
    const fraction = shown(boxOnScreen(view, size, subject), { left: area.left - 1, top: area.top - 1, right: area.right + 1, bottom: area.bottom + 1 });
    // Wholly shown first, then the closest view, then the roomiest area.
    const score = [fraction >= 0.999 ? 1 : fraction, view.zoom, rectArea(area)];
    if (!best || greater(score, best.score)) best = { view, area, insets, subject, score };
  }
  if (!best) return null;
  const { view, area, insets, subject } = best;
  return { view, area, insets, subject };
}

function greater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (Math.abs(a[i]! - b[i]!) > 1e-6) return a[i]! > b[i]!;
  }
  return false;
}

/** Frame countries (their main bodies) in the map box, clear of the covers. Null without places. */
export function frameCountries(places: readonly CountryFeature[], size: Size, covers: readonly Rect[] = []): Frame | null {
  return frameWith((zoomFor) => subjectOf(places, zoomFor), size, covers);
}

/** Frame a lng/lat box as it is (the world for an overview). */
export function frameBox(box: LngLatBox, size: Size, covers: readonly Rect[] = []): Frame | null {
  return frameWith(() => reachable(box), size, covers);
}
