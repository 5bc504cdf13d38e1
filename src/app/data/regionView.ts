import type { MapView } from '../../map/contract';
import type { AtlasModel } from './model';

/**
 * A view that frames a region's members, from their label points. The map can
 * only zoom to countries; regions get a computed view instead. Open-ended
 * regions (no members, e.g. "mondiale Zuiden") get none.
 */
export function regionView(model: AtlasModel, id: string): MapView | null {
  const points = (model.regionById.get(id)?.members ?? [])
    .map((code) => model.countryById.get(code)?.point)
    .filter((p): p is [number, number] => !!p);
  if (points.length === 0) return null;
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  // Web Mercator: one zoom level halves the visible span; 360° fits at zoom ~1 in a typical panel-width map.
  const span = Math.max(east - west, (north - south) * 1.6, 8);
  const zoom = Math.min(5, Math.max(1, Math.log2(360 / span) + 0.3));
  return {
    lng: Math.round(((west + east) / 2) * 100) / 100,
    lat: Math.round(((south + north) / 2) * 100) / 100,
    zoom: Math.round(zoom * 10) / 10,
  };
}
