/**
 * Which baked pages start MapLibre before the app mounts (src/map/early.ts), and with what:
 * only where the app's first render shows the main map, in the default colours and labels, at
 * the picture's view; and then with the colours and selection that render will give it, so
 * the map AtlasMapView takes over is the one it would have made.
 */
import { computeChoropleth } from '../app/choropleth/paint';
import type { AtlasModel } from '../app/data/model';
import { parseUrlState } from '../app/url/parse';
import type { UrlState } from '../app/url/state';
import { startEarlyMap, type EarlyMapStart } from '../map/early';
import { bakedCamera, bakedMapFramesLink } from './handover';

/**
 * What the map shows for the page's link (`search`, the page's state under the link's own
 * keys), or null where the first render shows no plain map. Until the mount the store holds
 * only what needs no ids (useUrlSync applies the rest), so the link is read here as it will be.
 */
export function earlyMapStart(model: AtlasModel, search: string, defaults: UrlState, webgl: boolean): Omit<EarlyMapStart, 'initialView'> | null {
  const link = { ...defaults, ...parseUrlState(search, model.known) };
  const { embed, list, present, compare, read, walk, passage, view } = link;
  if (!webgl || embed || list || present !== null || compare || read || walk || passage || view) return null;
  return {
    countries: model.data.countries,
    detail: model.data.detail,
    lang: link.lang,
    paint: computeChoropleth(model, link.themes).paint,
    selected: link.country,
  };
}

/**
 * main.tsx, on a baked page: start the map in the page's own (empty) map box when the picture
 * frames what the link shows. Safe to call again; it starts at most once, never after the mount.
 */
export function startBakedMapEarly(doc: Document, model: AtlasModel, search: string, defaults: UrlState, webgl: boolean): void {
  startEarlyMap(doc.querySelector<HTMLElement>('#root .map'), (box) => {
    const start = bakedMapFramesLink() ? earlyMapStart(model, search, defaults, webgl) : null;
    const initialView = start && bakedCamera(box);
    return start && initialView ? { ...start, initialView } : null;
  });
}
