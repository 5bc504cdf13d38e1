/**
 * The one place that imports the MapLibre chunk (src/map/atlasMap.ts). main.tsx calls it at
 * start-up, so MapLibre and its worker load in parallel with the messages and the data
 * instead of after the first render; AtlasMapView awaits the same promise. No maplibre-gl
 * import here, so this file stays in the main bundle at ~100 bytes.
 */
// The map's few CSS rules travel with the app's CSS: as a dependency of the lazy chunk they
// would hold back its evaluation until a stylesheet had loaded.
import './map.css';

type MapModule = typeof import('./atlasMap');

let mapModule: Promise<MapModule> | null = null;
let loaded: MapModule | null = null;

/** Safe to call more than once; a failed load is forgotten, so the next call tries again. */
export function loadMapModule(): Promise<MapModule> {
  mapModule ??= import('./atlasMap').then(
    (m) => (loaded = m),
    (e: unknown) => {
      mapModule = null;
      throw e;
    },
  );
  return mapModule;
}

/** The module if it is already in: whoever can start the map in the same task need not wait a turn. */
export const loadedMapModule = (): MapModule | null => loaded;
