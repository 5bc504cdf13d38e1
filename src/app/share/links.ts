/**
 * Absolute links built from the URL contract: the current view, the same view as an embed,
 * the full view behind an embed, and a passage permalink. Pure: page URL and state in.
 */
import type { EmbedUrlState } from '../url/embed';
import type { Persistence } from '../url/state';
import { URL_FIELDS, URL_TABLE } from '../url/table';
import { addressFor, documentPage, documentPath, rootPath, type PageState } from '../url/bakedPage';
import { serializeUrlState } from '../url/serialize';
import type { UrlState } from '../url/state';

/** `s` with every field not persisted in `where` (a shared link, an embed's code) set back to its default. */
export function onlyIn(where: Persistence, s: UrlState, d: UrlState): UrlState {
  return Object.fromEntries(URL_FIELDS.map((k) => [k, URL_TABLE[k].persistence.includes(where) ? s[k] : d[k]])) as unknown as UrlState;
}

/** The page itself (origin + path), without query or hash; the full view of the embed page (`embed/`) is the site it sits in. */
const pageOf = (href: string): string => {
  const u = new URL(href);
  return `${u.origin}${u.pathname.replace(/\/embed\/$/, '/')}`;
};

/**
 * The view as a shared link carries it (never the embed keys): what a reader opens in a new tab.
 * On a baked page showing its own place, that is the page's own (canonical) address.
 */
export function viewUrl(href: string, state: UrlState, defaults: UrlState, extra: Partial<UrlState> = {}, page: BakedPage | null = bakedPageHere()): string {
  const s = onlyIn('link', { ...state, ...extra }, defaults);
  const query = serializeUrlState(s, defaults);
  const u = new URL(href);
  if (!page || u.pathname !== page.path) return `${pageOf(href)}${query}`;
  return `${u.origin}${addressFor(s, query, page.state, page.path, page.root)}`;
}

export interface BakedPage {
  state: PageState;
  /** The page's path and the site root's, e.g. '/land/oekraine/' and '/'. */
  path: string;
  root: string;
}

/** This document as a baked page, or null (the dev server, tests). */
function bakedPageHere(): BakedPage | null {
  const state = documentPage();
  return state ? { state, path: documentPath(), root: rootPath() } : null;
}

/** Link to the current view (what "copy link" copies). */
export const shareUrl = (href: string, state: UrlState, defaults: UrlState): string => viewUrl(href, state, defaults);

/** Link to one passage within the current view. */
export const passageUrl = (href: string, state: UrlState, defaults: UrlState, passage: string): string =>
  viewUrl(href, state, defaults, { passage });

export type EmbedOptions = Pick<EmbedUrlState, 'controls' | 'interactive' | 'scheme'>;

/**
 * The current view as an embed. The language is always written: an embed should read the
 * same on every reader's browser, whatever the journalist's own default was.
 */
export function embedUrl(href: string, state: UrlState, defaults: UrlState, options: EmbedOptions, page: BakedPage | null = bakedPageHere()): string {
  const query = serializeUrlState(onlyIn('embed', { ...state, ...options, embed: true }, defaults), { ...defaults, lang: state.lang === 'nl' ? 'en' : 'nl' });
  // A built site has an unbaked page for embeds (scripts/bake): an article's reader never sees
  // the full atlas's baked page flash by inside the frame before the embed draws.
  if (page) return `${new URL(href).origin}${page.root}embed/${query}`;
  return `${pageOf(href)}${query}`;
}
