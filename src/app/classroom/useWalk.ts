import { useCallback } from 'react';
import type { AtlasModel, PassageEntry } from '../data/model';
import { useAtlas } from '../store/context';
import { walkTarget } from './walk';

/** Go to a passage in walk mode, taking the selection and the map along. */
export function useWalkTo(model: AtlasModel): (entry: PassageEntry) => void {
  const walkTo = useAtlas((s) => s.walkTo);
  return useCallback(
    (entry: PassageEntry) => {
      const target = walkTarget(model, entry);
      walkTo({ passage: entry.ref, country: target.country, region: target.region, frame: target.frame });
    },
    [model, walkTo],
  );
}
