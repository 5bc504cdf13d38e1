/**
 * Registers the service worker that keeps the atlas working offline. A module, not
 * an inline script, so the CSP can stay script-src 'self'. Failing to register
 * (private mode, blocked by policy) only means no offline copy. The registration and the
 * update prompt are a chunk of their own (./offline.tsx), fetched once the first map is in.
 */
import type { i18n } from 'i18next';

/** Without a map (list view, SVG map, a failed chunk), the page's load event plus this. */
const NO_MAP_WAIT_MS = 3000;

/**
 * Calls `fn` once the first map has drawn (performance mark 'map:ready', see
 * src/map/contract.ts) or NO_MAP_WAIT_MS after the load event, whichever comes first.
 */
function afterFirstMap(fn: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    observer?.disconnect();
    fn();
  };
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('map:ready').length) once();
    });
    observer.observe({ type: 'mark', buffered: true });
  } catch {
    observer = undefined; // no observer: the load event alone decides
  }
  const fallback = (): void => void setTimeout(once, NO_MAP_WAIT_MS);
  if (document.readyState === 'complete') fallback();
  else window.addEventListener('load', fallback, { once: true });
}

/** `i18n`: the app's instance, for the update prompt's words in the page's language. */
export function registerOffline(i18n: Promise<i18n>): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  /*
   * Not at start-up: installing precaches the whole build (every chunk, the data, the fonts:
   * 3.3 MB), whose fetching and caching competed with the first map for the CPU. On a 2-core
   * machine it delayed map:ready by ~280 ms (median 1265 → 983 ms; bare MapLibre: 785).
   * An offline copy a second later loses nothing.
   */
  afterFirstMap(() => {
    Promise.all([import('./offline'), i18n])
      .then(([{ startOffline }, instance]) => startOffline(instance))
      .catch(() => {}); // offline (the chunk did not come) or no service worker: the app still works online
  });
}
