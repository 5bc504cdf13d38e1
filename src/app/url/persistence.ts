/**
 * Where each key of the store persists, derived from the URL table for the link keys. Nothing
 * in the app reads it at run time (the table's rows do), so it lives apart and never ships.
 */
import type { Persistence } from './state';
import { URL_FIELDS, URL_TABLE, type UrlField } from './table';

/** Per key of the store: the URL keys from the table, the rest here. */
export const PERSISTENCE = {
  ...(Object.fromEntries(Object.entries(URL_TABLE).map(([k, row]) => [k, row.persistence])) as Record<UrlField, readonly Persistence[]>),
  outlines: ['storage'],
  hovered: [],
  focusRequest: [],
  webgl: [],
} as const satisfies Record<string, readonly Persistence[]>;

export type PersistedKey = keyof typeof PERSISTENCE;

export const URL_KEYS: readonly UrlField[] = URL_FIELDS.filter((k) => URL_TABLE[k].persistence.includes('url'));

