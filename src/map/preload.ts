/**
 * Start fetching the map chunks early (e.g. in main.tsx, next to the data
 * fetch) so MapLibre and its worker load in parallel with the data instead
 * of after the first render. Safe to call more than once; no maplibre-gl
 * import here, so this file stays in the main bundle at ~100 bytes.
 */
let started: Promise<unknown> | null = null;

export function preloadAtlasMap(): Promise<unknown> {
  started ??= Promise.all([import('./AtlasMapView'), import('./atlasMap')]).catch(() => {
    // A failed preload is retried by the real import, which reports the error.
    started = null;
  });
  return started;
}
