/** The detailed country shapes, fetched and swapped in when the map is first zoomed in (feature-state survives setData). */
import type { GeoJSONSource } from 'maplibre-gl';
import type { MapContext } from './context';
import { SOURCE } from './style';

/**
 * From this zoom on (≈0.2° a pixel) the overview's 0.1° grid and simplification would start
 * to show, so the detailed shapes are fetched and swapped in. The opening view is ≈0.8.
 */
export const DETAIL_ZOOM = 1.6;
const DETAIL_RETRY_MS = 5_000;

export function installDetailShapes({ map, options, whenLoaded, removed }: MapContext): void {
  const load = options.detail;
  if (!load) return;
  let state: 'overview' | 'loading' | 'detailed' = 'overview';
  let failedAt = -Infinity;
  const needDetail = (): void => {
    if (state !== 'overview' || map.getZoom() < DETAIL_ZOOM) return;
    // Offline: 'zoom' fires many times a second; try again after a pause, not on every frame.
    if (performance.now() - failedAt < DETAIL_RETRY_MS) return;
    state = 'loading';
    load().then(
      (fine) => {
        if (removed()) return;
        state = 'detailed';
        map.off('zoom', needDetail);
        whenLoaded(() => (map.getSource(SOURCE.countries) as GeoJSONSource).setData(fine));
      },
      // Offline or a broken file: keep the overview and try again on the next zoom.
      () => {
        state = 'overview';
        failedAt = performance.now();
      },
    );
  };
  map.on('zoom', needDetail);
  needDetail();
}
