import type { MapView } from '../../map/contract';
import type { Lang } from '../../pipeline/types';
import { classroomDefaults, type ClassroomUrlState } from './classroom';
import { embedDefaults, type EmbedUrlState } from './embed';

/** The part of the app state that a link can carry (embed keys and `passage`: see ./embed.ts). */
export interface UrlState extends EmbedUrlState, ClassroomUrlState {
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
  passage: ['url', 'embed'],
  embed: ['url'],
  controls: ['url'],
  interactive: ['url'],
  scheme: ['url'],
  present: ['url'],
  contrast: ['url'],
  read: ['url'],
  walk: ['url'],
  outlines: ['storage'],
  hovered: [],
  focusRequest: [],
  webgl: [],
} as const satisfies Record<string, readonly Persistence[]>;

export type PersistedKey = keyof typeof PERSISTENCE;

export const URL_KEYS = ['lang', 'themes', 'country', 'region', 'view', 'list', 'passage', 'embed', 'controls', 'interactive', 'scheme', 'present', 'contrast', 'read', 'walk'] as const satisfies readonly PersistedKey[];

export const baseDefaults = (lang: Lang): UrlState => ({
  lang,
  themes: [],
  country: null,
  region: null,
  view: null,
  list: false,
  ...embedDefaults,
  ...classroomDefaults,
});

export const roundView = (v: MapView): MapView => ({
  lng: Math.round(v.lng * 100) / 100,
  lat: Math.round(v.lat * 100) / 100,
  zoom: Math.round(v.zoom * 10) / 10,
});
