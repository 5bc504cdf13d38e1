import { useCallback } from 'react';
import type { AtlasModel, PassageEntry } from '../data/model';
import { useAtlas } from '../store/context';
import { walkTarget } from './walk';

/** The map area the walk frames countries into (a plain default where there is none, e.g. the list). */
function mapSize() {
  const r = document.querySelector('.map-area')?.getBoundingClientRect();
  return r && r.width > 0 && r.height > 0 ? { width: r.width, height: r.height } : { width: 800, height: 600 };
}

/** Go to a passage in walk mode, taking the selection and the map along. */
export function useWalkTo(model: AtlasModel): (entry: PassageEntry) => void {
  const walkTo = useAtlas((s) => s.walkTo);
  return useCallback(
    (entry: PassageEntry) => {
      const target = walkTarget(model, entry, mapSize());
      walkTo({ passage: entry.passage.id, country: target.country, region: target.region, view: target.view });
    },
    [model, walkTo],
  );
}
