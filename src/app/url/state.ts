import type { MapView } from '../../map/contract';
import type { Lang } from '../../pipeline/types';

/** The part of the app state that a link can carry. */
export interface UrlState {
  lang: Lang;
  /** Selected theme ids in filter order; empty = all themes. */
  themes: string[];
  country: string | null;
  region: string | null;
  /** null = the map's own initial view. */
  view: MapView | null;
  list: boolean;
}

export type Persistence = 'url' | 'embed' | 'storage';

/**
 * Where each piece of state lives beyond the page. Embeds (an iframe showing one
 * view) get what fixes the picture; storage keeps only personal preferences, so a
 * shared link always shows the same thing.
 */
export const PERSISTENCE = {
  lang: ['url', 'embed'],
  themes: ['url', 'embed'],
  country: ['url', 'embed'],
  region: ['url', 'embed'],
  view: ['url', 'embed'],
  list: ['url'],
  outlines: ['storage'],
  hovered: [],
  focusRequest: [],
} as const satisfies Record<string, readonly Persistence[]>;

export type PersistedKey = keyof typeof PERSISTENCE;

export const URL_KEYS = ['lang', 'themes', 'country', 'region', 'view', 'list'] as const satisfies readonly PersistedKey[];

export const baseDefaults = (lang: Lang): UrlState => ({
  lang,
  themes: [],
  country: null,
  region: null,
  view: null,
  list: false,
});

export const roundView = (v: MapView): MapView => ({
  lng: Math.round(v.lng * 100) / 100,
  lat: Math.round(v.lat * 100) / 100,
  zoom: Math.round(v.zoom * 10) / 10,
});
