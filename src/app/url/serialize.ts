/** State → query string, writing only what differs from the defaults, in a fixed key order. */
import { serializeClassroomKeys } from './classroom';
import { serializeEmbedKeys } from './embed';
import { roundView, type UrlState } from './state';

const sameThemes = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

export function serializeUrlState(state: UrlState, defaults: UrlState): string {
  const p = new URLSearchParams();
  if (state.lang !== defaults.lang) p.set('lang', state.lang);
  if (!sameThemes(state.themes, defaults.themes)) p.set('themes', state.themes.join(','));
  if (state.country) p.set('country', state.country);
  else if (state.region) p.set('region', state.region);
  if (state.view) {
    const v = roundView(state.view);
    p.set('view', `${v.lng.toFixed(2)},${v.lat.toFixed(2)},${v.zoom.toFixed(1)}`);
  }
  if (state.list !== defaults.list) p.set('list', state.list ? '1' : '0');
  serializeEmbedKeys(state, p);
  serializeClassroomKeys(state, p);
  // Commas and slashes stay readable in shared links; URLSearchParams would write %2C and %2F.
  const s = p.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return s ? `?${s}` : '';
}

export type HistoryMode = 'push' | 'replace' | null;

/** Map moves only replace the entry (back should not replay every pan); everything else pushes. */
export function historyMode(prev: UrlState, next: UrlState): HistoryMode {
  const keys = (Object.keys(next) as (keyof UrlState)[]).filter((k) => {
    if (k === 'themes') return !sameThemes(prev.themes, next.themes);
    if (k === 'view') return JSON.stringify(prev.view) !== JSON.stringify(next.view);
    return prev[k] !== next[k];
  });
  if (keys.length === 0) return null;
  return keys.every((k) => k === 'view') ? 'replace' : 'push';
}

const OWN_KEYS = new Set(['lang', 'themes', 'country', 'region', 'view', 'list', 'land', 'taal', 'theme', 'passage', 'embed', 'controls', 'interactive', 'scheme', 'present', 'contrast', 'read', 'walk']);

/** Keep parameters that are not ours (e.g. debug=map, utm_*) when rewriting the URL. */
export function withForeignParams(serialized: string, currentSearch: string): string {
  const foreign = [...new URLSearchParams(currentSearch)].filter(([k]) => !OWN_KEYS.has(k));
  if (foreign.length === 0) return serialized;
  const extra = new URLSearchParams(foreign).toString();
  return serialized ? `${serialized}&${extra}` : `?${extra}`;
}
