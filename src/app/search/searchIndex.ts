/**
 * Search over countries and regions in both languages, whatever the UI language:
 * a Dutch reader may type "Ukraine" and an English one "Oekraïne".
 */
import type { Lang } from '../../pipeline/types';
import type { AtlasModel } from '../data/model';
import { fold } from './normalize';

export interface SearchItem {
  kind: 'country' | 'region';
  id: string;
  names: Record<Lang, string>;
  mentions: number;
  keys: string[];
}

export interface SearchHit {
  item: SearchItem;
  /** The name that matched, when it is not the name in the UI language. */
  matchedName: string | null;
}

export function buildSearchItems(model: AtlasModel): SearchItem[] {
  const items: SearchItem[] = [];
  for (const c of model.countryById.values()) {
    const names = { nl: c.name_nl, en: c.name_en };
    items.push({ kind: 'country', id: c.iso2, names, mentions: c.direct.all ?? 0, keys: [fold(c.name_nl), fold(c.name_en), c.iso2.toLowerCase()] });
  }
  for (const r of model.regionById.values()) {
    items.push({ kind: 'region', id: r.id, names: { ...r.label }, mentions: r.direct.all ?? 0, keys: [fold(r.label.nl), fold(r.label.en)] });
  }
  return items;
}

/** Rank: exact, then prefix of the name, then prefix of a word, then substring; more mentions first. */
function rank(item: SearchItem, q: string): number {
  let best = Infinity;
  for (const key of item.keys) {
    if (key === q) best = Math.min(best, 0);
    else if (key.startsWith(q)) best = Math.min(best, 1);
    else if (key.split(' ').some((w) => w.startsWith(q))) best = Math.min(best, 2);
    else if (q.length >= 3 && key.includes(q)) best = Math.min(best, 3);
  }
  return best;
}

export function search(items: readonly SearchItem[], query: string, lang: Lang, limit = 8): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return items
    .map((item) => ({ item, r: rank(item, q) }))
    .filter((x) => x.r < Infinity)
    .sort((a, b) => a.r - b.r || b.item.mentions - a.item.mentions || a.item.names[lang].localeCompare(b.item.names[lang], lang))
    .slice(0, limit)
    .map(({ item }) => {
      const own = fold(item.names[lang]);
      const matchedOther = !own.includes(q) && fold(item.names[other]).includes(q);
      return { item, matchedName: matchedOther && item.names[other] !== item.names[lang] ? item.names[other] : null };
    });
}
