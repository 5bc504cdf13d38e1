import { useMemo } from 'react';
import { bakedMapFramesLink } from '../../bake/handover';
import { indexMentions } from '../../pipeline/mentionIndex';
import { withMentions, withProperties, withRegionMentions, type Fetcher } from '../data/load';
import { regionPlaces, type AtlasModel } from '../data/model';
import { useAtlasData, type AtlasLoad } from '../data/useAtlasData';
import { onDemand } from '../onDemand';
import { useAtlas, useAtlasStoreApi } from '../store/context';
import type { UrlState } from '../url/state';
import { useAnnouncement } from './useAnnouncement';
import { useUrlSync } from './useUrlSync';

/** Shown before the data has arrived; the data's own references replace them. */
const LETTER_FALLBACK = { title: 'Beleidsbrief Buitenlandse Zaken 2026', kamerstuk: '36 800 V, nr. 103' } as const;

/** The code for several letters: only a build with more than one needs it. */
export const lettersModule = onDemand(() => import('../letters'));

const LOADING: AtlasLoad = { status: 'loading' };
const COUNTING = { indexMentions, withMentions, withProperties, withRegionMentions };

/**
 * What every shell (full app, embed) needs: the data (of the letter shown, when there are
 * several), the URL kept in step with the store (a link with a country but no view zooms to
 * it), and the live announcement text.
 */
export function useAtlasSession(fetcher: Fetcher, base: string, defaults: UrlState) {
  const store = useAtlasStoreApi();
  const loaded = useAtlasData(fetcher, base);
  const all: AtlasModel | null = loaded.status === 'ready' ? loaded.model : null;
  const several = (all?.data.letters.documents.length ?? 0) > 1;
  const lettersChunk = lettersModule.useModule(several);
  const letters = lettersChunk.module;
  const chosen = useAtlas((s) => s.letter);
  const shown = chosen ?? all?.known.newest;
  const model = useMemo(() => (all && several ? (letters && shown ? letters.letterModel(all, shown, COUNTING) : null) : all), [all, several, letters, shown]);
  // Two letters compared: each as its own model, for the panel's two sides.
  const compare = useAtlas((s) => s.compare);
  const compared = useMemo(() => (all && letters && compare ? (compare.map((id) => letters.letterModel(all, id, COUNTING)) as [AtlasModel, AtlasModel]) : null), [all, letters, compare]);
  // A link's own view wins; without one, the map frames what the link selects.
  useUrlSync(store, defaults, all?.known ?? null, (s) => {
    // A baked page's picture has framed it already, and the map starts at that view.
    if (s.view || !all || bakedMapFramesLink()) return;
    if (s.country) store.getState().focusOn([s.country]);
    else if (s.region) store.getState().focusOn(regionPlaces(all, s.region));
  });
  const message = useAnnouncement(model);
  const doc = model?.letter?.meta;
  // Until the letters' code is in, the page says it is loading; if it cannot be fetched, it offers a retry.
  const load: AtlasLoad = loaded.status === 'ready' && !model ? (lettersChunk.failed ? { status: 'error', file: null, retry: lettersChunk.retry } : LOADING) : loaded;
  const switcher = several && letters && all && shown ? { Switch: letters.LetterSwitch, letters: all.data.letters.documents, shown, newest: all.known.newest! } : null;
  return { load, model, compared, message, switcher, letter: { title: doc?.title ?? LETTER_FALLBACK.title, kamerstuk: doc?.kamerstuk ?? LETTER_FALLBACK.kamerstuk } };
}
