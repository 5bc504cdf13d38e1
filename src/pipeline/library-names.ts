import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import type { Lang } from './types';

countries.registerLocale(nl);
countries.registerLocale(en);

/** Country names from i18n-iso-countries: iso2 → all names (official first), per language. */
export function libraryNames(): Record<Lang, Record<string, string[]>> {
  const out: Record<Lang, Record<string, string[]>> = { nl: {}, en: {} };
  for (const lang of ['nl', 'en'] as const) {
    for (const [iso2, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      out[lang][iso2] = [...new Set(names)];
    }
  }
  return out;
}

