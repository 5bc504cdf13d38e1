import type { Fetcher } from '../data/load';
import { regionPlaces, type AtlasModel } from '../data/model';
import { useAtlasData } from '../data/useAtlasData';
import { useAtlasStoreApi } from '../store/context';
import type { UrlState } from '../url/state';
import { useAnnouncement } from './useAnnouncement';
import { useUrlSync } from './useUrlSync';

/** Shown before the data has arrived; the data's own references replace them. */
export const LETTER_FALLBACK = { title: 'Beleidsbrief Buitenlandse Zaken 2026', kamerstuk: '36 800 V, nr. 103' } as const;

/**
 * What every shell (full app, embed) needs: the data, the URL kept in step with the store
 * (a link with a country but no view zooms to it), and the live announcement text.
 */
export function useAtlasSession(fetcher: Fetcher, base: string, defaults: UrlState) {
  const store = useAtlasStoreApi();
  const load = useAtlasData(fetcher, base);
  const model: AtlasModel | null = load.status === 'ready' ? load.model : null;
  // A link's own view wins; without one, the map frames what the link selects.
  useUrlSync(store, defaults, model?.known ?? null, (s) => {
    if (s.view || !model) return;
    if (s.country) store.getState().focusOn([s.country]);
    else if (s.region) store.getState().focusOn(regionPlaces(model, s.region));
  });
  const message = useAnnouncement(model);
  const doc = model?.letter?.meta;
  return { load, model, message, letter: { title: doc?.title ?? LETTER_FALLBACK.title, kamerstuk: doc?.kamerstuk ?? LETTER_FALLBACK.kamerstuk } };
}
