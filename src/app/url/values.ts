/** Parsers for single values of the view keys (pure; see ./table.ts for the keys themselves). */
import type { MapView } from '../../map/contract';
import type { Lang } from '../../pipeline/types';

export const roundView = (v: MapView): MapView => ({
  lng: Math.round(v.lng * 100) / 100,
  lat: Math.round(v.lat * 100) / 100,
  zoom: Math.round(v.zoom * 10) / 10,
});

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

export const writeView = (view: MapView): string => {
  const v = roundView(view);
  return `${v.lng.toFixed(2)},${v.lat.toFixed(2)},${v.zoom.toFixed(1)}`;
};

export function parseThemes(v: string | null, known: ReadonlySet<string>): string[] | null {
  if (v === null) return null;
  const ids = v.split(',').map((s) => s.trim().toLowerCase()).filter((s) => known.has(s));
  return [...new Set(ids)];
}

export const sameThemes = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);
