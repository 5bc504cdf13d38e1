/** The table behind the list view: the text alternative to the map. */
import type { Lang, Theme, ThemeCounts } from '../../pipeline/types';
import type { SortDir } from '../components/SortHeader';
import { countFor } from '../data/counts';
import { countryName, type AtlasModel } from '../data/model';

export interface ListRow {
  kind: 'country' | 'region' | 'organisation';
  id: string;
  name: string;
  mentions: number;
  /** Mentions of regions/organisations that include this country. */
  via: number;
  topTheme: Theme | null;
  home: boolean;
}

export type SortKey = 'name' | 'mentions' | 'theme';

function topTheme(counts: ThemeCounts, model: AtlasModel, themes: readonly string[]): Theme | null {
  let best: Theme | null = null;
  let bestN = 0;
  for (const th of model.themes) {
    if (themes.length > 0 && !themes.includes(th.id)) continue;
    const n = counts[th.id] ?? 0;
    if (n > bestN) [best, bestN] = [th, n];
  }
  return best;
}

export function buildRows(model: AtlasModel, themes: readonly string[], lang: Lang): ListRow[] {
  const rows: ListRow[] = [];
  for (const c of model.countryById.values()) {
    const mentions = countFor(c.direct, themes);
    const via = countFor(c.via, themes);
    if (mentions === 0 && via === 0) continue;
    rows.push({ kind: 'country', id: c.iso2, name: countryName(c, lang), mentions, via, topTheme: topTheme(c.direct, model, themes), home: c.home });
  }
  for (const r of model.regionById.values()) {
    const mentions = countFor(r.direct, themes);
    if (mentions === 0) continue;
    rows.push({ kind: r.type, id: r.id, name: r.label[lang], mentions, via: 0, topTheme: topTheme(r.direct, model, themes), home: false });
  }
  return rows;
}

export function sortRows(rows: readonly ListRow[], key: SortKey, dir: SortDir, lang: Lang): ListRow[] {
  const byName = (a: ListRow, b: ListRow) => a.name.localeCompare(b.name, lang);
  const cmp: Record<SortKey, (a: ListRow, b: ListRow) => number> = {
    name: byName,
    mentions: (a, b) => a.mentions - b.mentions || b.via - a.via || -byName(a, b),
    theme: (a, b) =>
      (a.topTheme?.label[lang] ?? '\uffff').localeCompare(b.topTheme?.label[lang] ?? '\uffff', lang) || b.mentions - a.mentions || byName(a, b),
  };
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * cmp[key](a, b));
}
