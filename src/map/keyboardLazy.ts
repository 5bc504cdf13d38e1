/**
 * The keyboard handling (keyboard.ts, ~1 KiB) is its own chunk, fetched at the first key
 * press or focus anywhere on the page: a keyboard user presses Tab many times before
 * reaching the map, and a click on the map focuses it. Until then there is nothing to move.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CountriesCollection, CountryPaint } from './contract';
import type { KeyboardHooks } from './keyboard';

const CUES = ['keydown', 'focusin'] as const;

export function installKeyboardOnDemand(map: MapLibreMap, countries: CountriesCollection, hooks: KeyboardHooks) {
  let paint: ReadonlyMap<string, CountryPaint> | null = null;
  let keys: ReturnType<typeof import('./keyboard').installKeyboard> | null = null;
  let removed = false;
  const stop = () => CUES.forEach((e) => window.removeEventListener(e, go, true));
  const go = () => {
    stop();
    // Offline with the chunk not cached: the map keeps MapLibre's own keys (arrows pan).
    import('./keyboard').then(
      (m) => {
        if (removed) return;
        keys = m.installKeyboard(map, countries, hooks);
        if (paint) keys.setPaint(paint);
      },
      () => undefined,
    );
  };
  CUES.forEach((e) => window.addEventListener(e, go, { capture: true, passive: true }));
  if (map.getCanvas().ownerDocument.activeElement === map.getCanvas()) go();
  return {
    setPaint(next: ReadonlyMap<string, CountryPaint>): void {
      paint = next;
      keys?.setPaint(next);
    },
    destroy(): void {
      removed = true;
      stop();
      keys?.destroy();
    },
  };
}
