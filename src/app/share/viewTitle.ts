import type { Lang } from '../../pipeline/types';
import { countryName, type AtlasModel } from '../data/model';
import type { UrlState } from '../url/state';

/** The selection's name, or null for the whole world. */
export function selectionName(model: AtlasModel, s: Pick<UrlState, 'country' | 'region'>, lang: Lang): string | null {
  const c = s.country ? model.countryById.get(s.country) : undefined;
  if (c) return countryName(c, lang);
  const r = s.region ? model.regionById.get(s.region) : undefined;
  return r ? r.label[lang] : null;
}

/** Theme labels of the filter, or null when every theme counts. */
export function themeNames(model: AtlasModel, themes: readonly string[], lang: Lang): string[] | null {
  if (themes.length === 0) return null;
  return themes.map((id) => model.themeById.get(id)?.label[lang] ?? id);
}
