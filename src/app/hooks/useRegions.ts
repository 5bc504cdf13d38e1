import { useEffect, useState } from 'react';
import type { RegionsCollection } from '../../map/contract';
import { loadRegions, type Fetcher } from '../data/load';

export type RegionsLoad = { status: 'off' | 'loading' | 'error'; regions: null } | { status: 'ready'; regions: RegionsCollection };

/** regions.geojson is only fetched once someone switches the outlines on; kept after that. */
export function useRegions(enabled: boolean, fetcher: Fetcher, base: string): RegionsLoad {
  const [loaded, setLoaded] = useState<RegionsCollection | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!enabled || loaded || failed) return;
    let live = true;
    loadRegions(fetcher, base).then(
      (r) => live && setLoaded(r),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [enabled, loaded, failed, fetcher, base]);

  if (!enabled) return { status: 'off', regions: null };
  if (loaded) return { status: 'ready', regions: loaded };
  return { status: failed ? 'error' : 'loading', regions: null };
}

/** All outlines when the layer is on; otherwise only the selected region's, if any. */
export function regionsForMap(all: RegionsCollection | null, outlines: boolean, selected: string | null): RegionsCollection | null {
  if (!all) return null;
  if (outlines) return all;
  if (!selected) return null;
  const features = all.features.filter((f) => f.id === selected || f.properties.id === selected);
  return features.length > 0 ? { ...all, features } : null;
}
