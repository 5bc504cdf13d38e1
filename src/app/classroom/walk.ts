/**
 * Walking the letter passage by passage (pure). The map follows each passage:
 * the first country it names is selected (the panel opens on it) and the map frames every
 * country it names; a passage naming only groupings selects the first of those and frames
 * its members; one naming nothing clears the selection and leaves the map where it is.
 */
import { regionPlaces, type AtlasModel, type PassageEntry } from '../data/model';
import { passageCountries, passageRegions } from './steps';

export interface WalkTarget {
  country: string | null;
  region: string | null;
  /** The countries for the map to frame; empty: leave the map where it is. */
  frame: string[];
  countries: string[];
  regions: string[];
}

/** Passages in letter order (across documents, as the reader meets them). */
export function letterOrder(model: AtlasModel): PassageEntry[] {
  return [...model.passageByRef.values()].sort((a, b) => a.order - b.order);
}

export { findPassage } from '../data/model';

export function neighbour(model: AtlasModel, key: string, delta: number): PassageEntry | null {
  const order = letterOrder(model);
  const i = order.findIndex((e) => e.ref === key);
  if (i < 0) return null;
  return order[Math.min(order.length - 1, Math.max(0, i + delta))] ?? null;
}

export function walkTarget(model: AtlasModel, entry: PassageEntry): WalkTarget {
  const countries = passageCountries(entry.passage).filter((c) => model.countryById.has(c));
  const regions = passageRegions(entry.passage).filter((r) => model.regionById.has(r));
  if (countries.length) return { country: countries[0]!, region: null, frame: countries, countries, regions };
  if (regions.length) return { country: null, region: regions[0]!, frame: regionPlaces(model, regions[0]!), countries, regions };
  return { country: null, region: null, frame: [], countries, regions };
}
