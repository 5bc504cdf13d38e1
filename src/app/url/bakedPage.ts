/**
 * A baked page stands for a state (src/bake/: `/land/oekraine/` is `?country=UA&lang=nl`),
 * written on its <html data-atlas-page>. These pure functions merge that state into the
 * link's and decide the address the app writes: the page's own path while the view is the
 * page's subject, the site root with a query once it is something else.
 */
import type { Lang } from '../../pipeline/types';
import type { UrlState } from './state';

export interface PageState {
  lang: Lang | null;
  country: string | null;
  region: string | null;
}

const SUBJECT_KEYS = ['country', 'region'] as const;

export function parsePageState(query: string | null | undefined): PageState | null {
  if (query == null) return null;
  const p = new URLSearchParams(query);
  const lang = p.get('lang');
  return { lang: lang === 'nl' || lang === 'en' ? lang : null, country: p.get('country'), region: p.get('region') };
}

/** The page's state under the link's own query: a link that names a place or a language wins. */
export function mergeSearch(page: PageState | null, search: string): string {
  if (!page) return search;
  const own = new URLSearchParams(search);
  const out = new URLSearchParams();
  const namesPlace = SUBJECT_KEYS.some((k) => own.has(k));
  if (!namesPlace) for (const k of SUBJECT_KEYS) if (page[k]) out.set(k, page[k]);
  if (page.lang && !own.has('lang') && !own.has('taal')) out.set('lang', page.lang);
  for (const [k, v] of own) out.append(k, v);
  const s = out.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return s ? `?${s}` : '';
}

/** True when the state shows what the page stands for (its place, in its language). */
export function showsPage(s: Pick<UrlState, 'lang' | 'country' | 'region'>, page: PageState): boolean {
  return (s.country ?? null) === page.country && (s.country ? true : (s.region ?? null) === page.region) && (!page.lang || s.lang === page.lang);
}

/**
 * The address for a state: on the page it stands for, the page's path with only what
 * differs from the page in the query; elsewhere the site root with the full query.
 * `query` is the state serialized against the defaults (./serialize.ts).
 */
export function addressFor(s: Pick<UrlState, 'lang' | 'country' | 'region'>, query: string, page: PageState | null, here: string, root: string): string {
  if (!page) return `${here}${query}`;
  if (!showsPage(s, page)) return `${root}${query}`;
  const rest = new URLSearchParams(query);
  // Only what the page itself says goes: the Dutch home says nothing, so ?lang=en stays.
  for (const k of [...SUBJECT_KEYS, 'lang'] as const) if (page[k]) rest.delete(k);
  const r = rest.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return `${here}${r ? `?${r}` : ''}`;
}

/** The path this document was loaded at: the page's own, whatever the address bar says later. */
const LOADED_AT = typeof location === 'undefined' ? '' : location.pathname;
export const documentPath = (): string => LOADED_AT;

/** This document's page state, or null when it is not a baked page (the dev server, tests). */
export function documentPage(): PageState | null {
  if (typeof document === 'undefined') return null;
  const el = document.documentElement;
  return el.hasAttribute('data-atlas-page') ? parsePageState(el.getAttribute('data-atlas-page')) : null;
}

/** The site root's path: a baked page's <base href> points there. */
export function rootPath(): string {
  return new URL('./', document.baseURI).pathname;
}
