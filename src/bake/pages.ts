/**
 * The baked pages and their addresses, shared by the baker (scripts/bake.ts) and the app
 * (canonical share links). Pure: the model in, paths out.
 *
 * Scheme (paths relative to the site root, always ending in a slash):
 *   home            nl `./`                 en `en/`
 *   country         nl `land/<slug>/`       en `en/country/<slug>/`
 *   region/organis. nl `regio/<slug>/`      en `en/region/<slug>/`
 * A slug is the place's name in that language, lower case, without diacritics, words joined
 * by hyphens (Oekraïne → oekraine, Côte d'Ivoire → ivoorkust). Names come from the pinned
 * i18n-iso-countries and data/regions.csv, so slugs only change when a name is edited there;
 * tests/unit/bake.test.ts pins a sample so such an edit is noticed.
 */
import type { Lang } from '../pipeline/types';
import { countryName, regionName, type AtlasModel } from '../app/data/model';
import type { Place } from '../app/panel/PlaceButton';

/** What a page is about: a place, or nothing (a home page). */
export type Subject = Place | null;

export interface PageRef {
  lang: Lang;
  subject: Subject;
  /** Relative to the site root: '' for the Dutch home, 'en/', 'land/oekraine/', … */
  path: string;
}

const LANGS: readonly Lang[] = ['nl', 'en'];

export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const SEGMENT = { nl: { country: 'land', region: 'regio' }, en: { country: 'en/country', region: 'en/region' } } as const;

const homePath = (lang: Lang): string => (lang === 'en' ? 'en/' : '');

/** The page of a place in a language, or null when the model does not know it. */
export function pagePath(model: AtlasModel, lang: Lang, subject: Subject): string | null {
  if (!subject) return homePath(lang);
  const name =
    subject.kind === 'country'
      ? (() => {
          const c = model.countryById.get(subject.id);
          return c ? countryName(c, lang) : null;
        })()
      : (() => {
          const r = model.regionById.get(subject.id);
          return r ? regionName(r, lang) : null;
        })();
  if (!name) return null;
  const slug = slugify(name) || subject.id.toLowerCase();
  return `${SEGMENT[lang][subject.kind]}/${slug}/`;
}

/**
 * Every page: the two homes, then each country the map colours (named directly or through a
 * region or organisation, and the Netherlands, the author) and each region/organisation the
 * letter names, in both languages: every place a panel links to.
 * Sorted, so the build output is the same on every run.
 */
export function allPages(model: AtlasModel): PageRef[] {
  const subjects: Subject[] = [
    null,
    ...[...model.countryById.values()].filter((c) => c.mentioned || c.home).map((c) => ({ kind: 'country' as const, id: c.iso2 })),
    ...[...model.regionById.values()].map((r) => ({ kind: 'region' as const, id: r.id })),
  ];
  const pages: PageRef[] = [];
  for (const lang of LANGS) {
    for (const subject of subjects) {
      const path = pagePath(model, lang, subject);
      if (path !== null) pages.push({ lang, subject, path });
    }
  }
  assertUnique(pages);
  return pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Two places with the same slug would overwrite each other's page: a data error worth stopping for. */
function assertUnique(pages: readonly PageRef[]): void {
  const seen = new Map<string, PageRef>();
  for (const p of pages) {
    const other = seen.get(p.path);
    if (other) throw new Error(`Two pages want ${p.path}: ${JSON.stringify(other.subject)} and ${JSON.stringify(p.subject)}`);
    seen.set(p.path, p);
  }
}

/** `../../` for `land/oekraine/`: how a page reaches the site root. */
export const rootFrom = (path: string): string => '../'.repeat(path.split('/').filter(Boolean).length) || './';

/** The same place in the other language (for hreflang links and the language link). */
export function otherLanguage(model: AtlasModel, page: PageRef): PageRef | null {
  const lang: Lang = page.lang === 'nl' ? 'en' : 'nl';
  const path = pagePath(model, lang, page.subject);
  return path === null ? null : { lang, subject: page.subject, path };
}
