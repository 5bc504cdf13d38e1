/**
 * Query string → state, by the rows of ./table.ts. Anything unknown, malformed or oversized is
 * dropped silently: a link is user input and is only ever compared against known ids, never
 * rendered.
 */
import type { KnownIds } from '../data/model';
import { migrate } from './migrations';
import type { UrlState } from './state';
import { URL_FIELDS, URL_TABLE } from './table';

export { parseLang, parseThemes, parseView } from './values';

/** Longer values are not links anyone wrote by hand; don't spend work on them. */
const MAX_VALUE = 512;

/** Duplicate keys: the first occurrence wins, as URLSearchParams.get does. */
function get(params: URLSearchParams, key: string): string | null {
  const v = params.get(key);
  return v === null || v.length > MAX_VALUE ? null : v.trim();
}

export function parseUrlState(search: string, known: KnownIds): Partial<UrlState> {
  const params = migrate(new URLSearchParams(search));
  const read = (k: string) => get(params, k);
  const out: Partial<Record<keyof UrlState, unknown>> = {};
  for (const k of URL_FIELDS) {
    const v = URL_TABLE[k].parse(read, known, out as Partial<UrlState>);
    if (v !== undefined) out[k] = v;
  }
  return out as Partial<UrlState>;
}
