import { useMemo, useState } from 'react';
import { bakedMapFramesLink } from '../../bake/handover';
import { indexMentions } from '../../pipeline/mentionIndex';
import { withMentions, withProperties, withRegionMentions, type Fetcher } from '../data/load';
import { regionPlaces, type AtlasModel } from '../data/model';
import { useAtlasData, type AtlasLoad } from '../data/useAtlasData';
import { useLetters } from '../data/useLetters';
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
  // The letter a link opens (read before the ids could be checked; the index checks it).
  const [opening] = useState(() => store.getState().letter);
  const loaded = useAtlasData(fetcher, base, opening);
  // Counted for the letter it opened with; another letter shown is counted by the letters' code.
  const all: AtlasModel | null = loaded.status === 'ready' ? loaded.model : null;
  const several = (all?.data.atlas.documents.length ?? 0) > 1;
  const lettersChunk = lettersModule.useModule(several);
  const letters = lettersChunk.module;
  const chosen = useAtlas((s) => s.letter);
  const shown = chosen ?? all?.known.newest;
  // Only a letter of the index is fetched (until the link is checked, the store may hold any id).
  const other = !!all && several && !!shown && shown !== all.letter?.meta.id && !!all.known.letters?.has(shown);
  const file = useLetters(other ? all.data : undefined, [shown]);
  const doc = file.docs?.[0];
  const current = useMemo(() => (other ? (letters && doc ? letters.letterModel(all, doc, COUNTING) : null) : all), [all, other, letters, doc]);
  // While another letter's file or code is on its way, the one before stays on screen.
  const [kept, keep] = useState<AtlasModel | null>(null);
  if (current && current !== kept) keep(current);
  const model = current ?? kept;
  // Two letters compared: each as its own model, for the panel's two sides (fetched unless in).
  const compare = useAtlas((s) => s.compare);
  const comparedFiles = useLetters(compare && all ? all.data : undefined, compare ?? []);
  const [fromDoc, toDoc] = comparedFiles.docs ?? [];
  const compared = useMemo(
    () => (all && letters && fromDoc && toDoc ? ([letters.letterModel(all, fromDoc, COUNTING), letters.letterModel(all, toDoc, COUNTING)] as [AtlasModel, AtlasModel]) : null),
    [all, letters, fromDoc, toDoc],
  );
  // A link's own view wins; without one, the map frames what the link selects.
  useUrlSync(store, defaults, all?.known ?? null, (s) => {
    // A baked page's picture has framed it already, and the map starts at that view.
    if (s.view || !all || bakedMapFramesLink()) return;
    if (s.country) store.getState().focusOn([s.country]);
    else if (s.region) store.getState().focusOn(regionPlaces(all, s.region));
  });
  const message = useAnnouncement(model);
  const meta = model?.letter?.meta;
  // Another letter's file or the letters' code still on its way, or not to be had (offline): the header says so.
  const waiting = other && !current ? { failed: file.failed || lettersChunk.failed, retry: file.failed ? file.retry : lettersChunk.retry } : null;
  const chunkFailed = lettersChunk.failed ? { failed: true, retry: lettersChunk.retry } : null;
  // Until the first letter's counts are in, the page says it is loading; if they cannot be fetched, it offers a retry.
  const load: AtlasLoad = loaded.status === 'ready' && !model ? (waiting?.failed ? { status: 'error', file: null, retry: waiting.retry } : LOADING) : loaded;
  const switcher = several && letters && all && shown ? { Switch: letters.LetterSwitch, letters: all.data.atlas.documents, shown, newest: all.known.newest!, waiting } : null;
  return { load, model, compared, message, switcher, chunkFailed, letter: { title: meta?.title ?? LETTER_FALLBACK.title, kamerstuk: meta?.kamerstuk ?? LETTER_FALLBACK.kamerstuk } };
}
