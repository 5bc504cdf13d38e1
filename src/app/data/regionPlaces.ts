import type { AtlasModel } from './model';

/**
 * The countries the map frames for a region or organisation: its members in the data. The
 * map frames them itself (src/map/framing/), in the box it has; open-ended groupings
 * (no members, e.g. "mondiale Zuiden") frame nothing.
 */
export function regionPlaces(model: AtlasModel, id: string): string[] {
  return (model.regionById.get(id)?.members ?? []).filter((code) => model.countryById.has(code));
}
