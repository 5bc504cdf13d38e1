/** What the print handout lists (pure): countries under the current filter/selection and the passages they cite. */
import { countFor, matchesThemes } from '../data/counts';
import { passagesFor, type AtlasModel, type PassageEntry } from '../data/model';
import type { CountryProperties } from '../../pipeline/types';

interface HandoutRow {
  country: CountryProperties;
  mentions: number;
  passages: PassageEntry[];
}

export interface Handout {
  rows: HandoutRow[];
  /** Each cited passage once, in letter order. */
  passages: PassageEntry[];
}

export function buildHandout(model: AtlasModel, themes: readonly string[], selected: string | null): Handout {
  const pick = selected && model.countryById.has(selected) ? [model.countryById.get(selected)!] : [...model.countryById.values()];
  const rows = pick
    .filter((c) => !c.home || c.iso2 === selected)
    .map((c) => ({
      country: c,
      mentions: countFor(c.direct, themes),
      passages: passagesFor(model, c.passages).filter((e) => matchesThemes(e.passage.themes, themes)),
    }))
    .filter((r) => r.passages.length > 0)
    .sort((a, b) => b.mentions - a.mentions || a.country.iso2.localeCompare(b.country.iso2));
  const cited = new Map<string, PassageEntry>();
  for (const r of rows) for (const p of r.passages) cited.set(p.ref, p);
  return { rows, passages: [...cited.values()].sort((a, b) => a.order - b.order) };
}
