/**
 * A small world map in the corner of a close-up card, with the card's view marked on it: Kiribati
 * or the Chagos Islands are a ring in an empty ocean, the Central African Republic a shape among
 * hatched neighbours, unless the card also says where on Earth that is. Pure.
 */
import { geoPath } from 'd3-geo';
import type { CountriesCollection } from '../map/contract';
import { nearestCopy, WORLD } from '../map/framing/mercator';
import type { MapPalette } from '../map/style';
import { fitViewProjection, type Frame, type ViewBounds } from '../render/project';

/** Views wider than this (degrees of longitude) need no locator: they show their continent. */
export const LOCATOR_SPAN = 90;
/** The smallest mark drawn (px): a microstate's view is still a visible box. */
const MIN_MARK = 10;

const landCache = new WeakMap<CountriesCollection, Map<string, string>>();

/** All land as one path, projected once per collection, frame and world (every card shares it). */
function land(countries: CountriesCollection, frame: Frame, world: ViewBounds): string {
  const key = `${frame.x},${frame.y},${frame.width},${frame.height},${world.west}`;
  const byFrame = landCache.get(countries) ?? new Map<string, string>();
  landCache.set(countries, byFrame);
  const hit = byFrame.get(key);
  if (hit !== undefined) return hit;
  const path = geoPath(fitViewProjection(world, frame)).digits(1);
  // Islands smaller than a pixel add bytes and nothing a reader could see at this size.
  const d = countries.features
    .filter((f) => f.geometry.type !== 'Point' && f.properties.iso2 !== 'AQ' && path.area(f) >= 1)
    .map((f) => path(f) ?? '')
    .join('');
  byFrame.set(key, d);
  return d;
}

export interface LocatorStyle {
  palette: MapPalette;
  /** Colour of the mark: the outline colour of the card's subject. */
  mark: string;
}

/** Degrees kept between the mark and the locator's side. */
const EDGE = 6;

/**
 * The world the locator shows: the map's overview (Alaska to New Zealand), turned east or west
 * just enough that the view's mark is whole (Fiji, Kiribati), in whole degrees so cards share it.
 */
function worldAround(view: ViewBounds): ViewBounds {
  const centre = (WORLD.west + WORLD.east) / 2;
  const half = (WORLD.east - WORLD.west) / 2;
  const mid = nearestCopy((view.west + view.east) / 2, centre);
  const [west, east] = [mid - (view.east - view.west) / 2, mid + (view.east - view.west) / 2];
  const shift = Math.ceil(Math.max(0, east + EDGE - (centre + half))) - Math.ceil(Math.max(0, centre - half - (west - EDGE)));
  return { ...WORLD, west: WORLD.west + shift, east: WORLD.east + shift };
}

/** The locator in `frame`, the box `view` marked. */
export function locatorSvg(countries: CountriesCollection, frame: Frame, view: ViewBounds, style: LocatorStyle): string {
  const { palette } = style;
  const world = worldAround(view);
  const projection = fitViewProjection(world, frame);
  // Degrees to pixels along the equator.
  const k = (projection.scale() * Math.PI) / 180;
  const centre = (view.west + view.east) / 2;
  const [cx] = projection([centre, 0])!;
  // Held inside the locator: a view past the world's edge (Chile down to Cape Horn) is still a whole box.
  const y0 = Math.max(frame.y + 2, projection([centre, Math.min(view.north, 85)])![1]);
  const y1 = Math.min(frame.y + frame.height - 2, projection([centre, Math.max(view.south, -85)])![1]);
  const w = Math.max(MIN_MARK, (view.east - view.west) * k);
  const h = Math.max(MIN_MARK, y1 - y0);
  const mark = `<rect x="${(cx - w / 2).toFixed(1)}" y="${((y0 + y1) / 2 - h / 2).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}"/>`;
  const box = `x="${frame.x}" y="${frame.y}" width="${frame.width}" height="${frame.height}"`;
  return [
    `<clipPath id="locator-clip"><rect ${box}/></clipPath>`,
    // A white edge sets the locator off from the map under it.
    `<rect ${box} fill="${palette.water}" stroke="#ffffff" stroke-width="6"/>`,
    `<g clip-path="url(#locator-clip)"><path d="${land(countries, frame, world)}" fill="${palette.border}"/>`,
    `<g fill="none" stroke="${style.mark}" stroke-width="3">${mark}</g></g>`,
    `<rect ${box} fill="none" stroke="${palette.border}" stroke-width="1"/>`,
  ].join('');
}
