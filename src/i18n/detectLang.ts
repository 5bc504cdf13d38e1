import type { Lang } from '../pipeline/types';
import { parseLang } from '../app/url/parse';

/** The browser's preference: the first of navigator.languages that we have. */
export function browserLang(languages: readonly string[] | undefined): Lang {
  for (const tag of languages ?? []) {
    const primary = parseLang(tag.split('-')[0] ?? null);
    if (primary) return primary;
  }
  return 'nl';
}

/** ?lang= wins, then the browser, then Dutch. */
export function detectLang(search: string, languages: readonly string[] | undefined): Lang {
  const fromUrl = parseLang(new URLSearchParams(search).get('lang') ?? new URLSearchParams(search).get('taal'));
  return fromUrl ?? browserLang(languages);
}
