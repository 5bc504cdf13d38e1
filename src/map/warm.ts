/**
 * MapLibre with its worker started. A chunk of its own with MapLibre (vite.config.ts), which
 * needs none of the app's code: a baked page's boot script imports it with the app's first
 * requests (src/bake/boot.js), so the worker (~520 KB to fetch and compile) starts while the
 * app's own bundle is still loading and running, and is ready when the map asks for tiles.
 * src/map/atlasMap.ts imports it too (the app's own pages, embeds).
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
// Without an explicit URL the bundled app has no worker file to start.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
prewarm();
