/** State → query string by the rows of ./table.ts: only what differs from the defaults, in the table's order. */
import { MIGRATIONS } from './migrations';
import type { UrlState } from './state';
import { URL_FIELDS, URL_TABLE } from './table';
import { sameThemes } from './values';

export function serializeUrlState(state: UrlState, defaults: UrlState): string {
  const p = new URLSearchParams();
  for (const k of URL_FIELDS) {
    const v = URL_TABLE[k].write(state, defaults);
    if (v !== null) p.set(k, v);
  }
  // Commas and slashes stay readable in shared links; URLSearchParams would write %2C and %2F.
  const s = p.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return s ? `?${s}` : '';
}

export type HistoryMode = 'push' | 'replace' | null;

/** Map moves only replace the entry (back should not replay every pan); everything else pushes. */
export function historyMode(prev: UrlState, next: UrlState): HistoryMode {
  const keys = (Object.keys(next) as (keyof UrlState)[]).filter((k) => {
    if (k === 'themes') return !sameThemes(prev.themes, next.themes);
    if (k === 'view' || k === 'compare') return JSON.stringify(prev[k]) !== JSON.stringify(next[k]);
    return prev[k] !== next[k];
  });
  if (keys.length === 0) return null;
  return keys.every((k) => k === 'view') ? 'replace' : 'push';
}

/** Ours: every key of the table and every old spelling a migration reads. */
const OWN_KEYS = new Set<string>([...URL_FIELDS, ...MIGRATIONS.flatMap((m) => m.reads)]);

/** Keep parameters that are not ours (e.g. debug=map, utm_*) when rewriting the URL. */
export function withForeignParams(serialized: string, currentSearch: string): string {
  const foreign = [...new URLSearchParams(currentSearch)].filter(([k]) => !OWN_KEYS.has(k));
  if (foreign.length === 0) return serialized;
  const extra = new URLSearchParams(foreign).toString();
  return serialized ? `${serialized}&${extra}` : `?${extra}`;
}
