/**
 * Query string → state. Anything unknown, malformed or oversized is dropped
 * silently: a link is user input and is only ever compared against known ids,
 * never rendered.
 */
import type { MapView } from '../../map/contract';
import type { Lang } from '../../pipeline/types';
import type { KnownIds } from '../data/model';
import { parseClassroomKeys } from './classroom';
import { parseEmbedKeys } from './embed';
import { migrate } from './migrations';
import { roundView, type UrlState } from './state';

/** Longer values are not links anyone wrote by hand; don't spend work on them. */
const MAX_VALUE = 512;

/** Duplicate keys: the first occurrence wins, as URLSearchParams.get does. */
function get(params: URLSearchParams, key: string): string | null {
  const v = params.get(key);
  return v === null || v.length > MAX_VALUE ? null : v.trim();
}

export function parseLang(v: string | null): Lang | null {
  const s = v?.toLowerCase();
  return s === 'nl' || s === 'en' ? s : null;
}

export function parseView(v: string | null): MapView | null {
  if (!v) return null;
  const parts = v.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
  const [lng, lat, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
  return roundView({ lng, lat, zoom });
}

function parseThemes(v: string | null, known: ReadonlySet<string>): string[] | null {
  if (v === null) return null;
  const ids = v.split(',').map((s) => s.trim().toLowerCase()).filter((s) => known.has(s));
  return [...new Set(ids)];
}

export function parseUrlState(search: string, known: KnownIds): Partial<UrlState> {
  const params = migrate(new URLSearchParams(search));
  const out: Partial<UrlState> = {};

  const lang = parseLang(get(params, 'lang'));
  if (lang) out.lang = lang;

  const themes = parseThemes(get(params, 'themes'), known.themes);
  // Every theme selected is the same as none: keep the canonical empty form.
  if (themes) out.themes = themes.length === known.themes.size ? [] : themes;

  const country = get(params, 'country')?.toUpperCase() ?? null;
  const region = get(params, 'region')?.toLowerCase() ?? null;
  if (country && /^[A-Z]{2}$/.test(country) && known.countries.has(country)) {
    out.country = country;
    out.region = null;
  } else if (region && known.regions.has(region)) {
    out.region = region;
    out.country = null;
  }

  const view = parseView(get(params, 'view'));
  if (view) out.view = view;

  if (get(params, 'list') === '1') out.list = true;
  Object.assign(out, parseEmbedKeys((k) => get(params, k), known.passages));
  Object.assign(out, parseClassroomKeys((k) => get(params, k), !!out.passage, known.steps));
  return out;
}
