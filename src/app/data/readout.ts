/** What the map says about one country under the chosen themes: for the tooltip and the keyboard announcement. */
import type { Lang } from '../../pipeline/types';
import { countFor } from './counts';
import { countryName, regionName, type AtlasModel } from './model';

export interface Readout {
  name: string;
  /** As the choropleth paints it (src/app/choropleth/paint.ts): named, reached only through groupings, the author, or not at all. */
  kind: 'direct' | 'via' | 'home' | 'none';
  /** Direct mentions; for `via`, the mentions of the groupings it belongs to. */
  count: number;
  /** For `via`: the groupings mentioned under the themes, most mentioned first. */
  via: string[];
}

export function countryReadout(model: AtlasModel, iso2: string, themes: readonly string[], lang: Lang): Readout | null {
  const c = model.countryById.get(iso2);
  if (!c) return null;
  const name = countryName(c, lang);
  const direct = countFor(c.direct, themes);
  const via = countFor(c.via, themes);
  if (c.home || direct > 0 || via === 0) return { name, kind: c.home ? 'home' : direct > 0 ? 'direct' : 'none', count: direct, via: [] };
  const groups = c.regions
    .map((id) => model.regionById.get(id))
    .map((r) => ({ r, n: r ? countFor(r.direct, themes) : 0 }))
    .filter((g) => g.n > 0)
    .sort((a, b) => b.n - a.n);
  return { name, kind: 'via', count: via, via: groups.map((g) => regionName(g.r!, lang)) };
}
