/**
 * Walking the letter passage by passage (pure). The map follows each passage:
 * the first country it names is selected (the panel opens on it) and the view
 * frames every country it names; a passage naming only groupings selects the
 * first of those; one naming nothing clears the selection and keeps the view.
 */
import type { MapView } from '../../map/contract';
import type { AtlasModel, PassageEntry } from '../data/model';
import { regionView } from '../data/regionView';
import { frameCountries, type Size } from './frame';
import { passageCountries, passageRegions } from './steps';

export interface WalkTarget {
  country: string | null;
  region: string | null;
  /** null: leave the map where it is. */
  view: MapView | null;
  countries: string[];
  regions: string[];
}

/** Passages in letter order (across documents, as the reader meets them). */
export function letterOrder(model: AtlasModel): PassageEntry[] {
  return [...model.passageByRef.values()].sort((a, b) => a.order - b.order);
}

export { findPassage } from '../data/model';

export function neighbour(model: AtlasModel, id: string, delta: number): PassageEntry | null {
  const order = letterOrder(model);
  const i = order.findIndex((e) => e.passage.id === id);
  if (i < 0) return null;
  return order[Math.min(order.length - 1, Math.max(0, i + delta))] ?? null;
}

export function walkTarget(model: AtlasModel, entry: PassageEntry, size: Size): WalkTarget {
  const countries = passageCountries(entry.passage).filter((c) => model.countryById.has(c));
  const regions = passageRegions(entry.passage).filter((r) => model.regionById.has(r));
  if (countries.length) {
    return { country: countries[0]!, region: null, view: frameCountries(model.data.countries, countries, size), countries, regions };
  }
  if (regions.length) {
    return { country: null, region: regions[0]!, view: regionView(model, regions[0]!), countries, regions };
  }
  return { country: null, region: null, view: null, countries, regions };
}
