/**
 * Keeps the address bar and the store in step: user-initiated changes push a
 * history entry, map moves replace it, back/forward restore the state.
 */
import { useEffectEvent, useLayoutEffect } from 'react';
import type { KnownIds } from '../data/model';
import { selectUrlState, type AtlasStore } from '../store/store';
import { addressFor, documentPage, documentPath, mergeSearch, rootPath } from '../url/bakedPage';
import { parseUrlState } from '../url/parse';
import { historyMode, serializeUrlState, withForeignParams } from '../url/serialize';
import type { UrlState } from '../url/state';

/**
 * `frame` runs after a link's state was applied, to frame its selection on the
 * map when the link carries no view of its own.
 */
export function useUrlSync(
  store: AtlasStore,
  defaults: UrlState,
  known: KnownIds | null,
  frame: (s: Partial<UrlState>) => void = () => {},
) {
  // Layout effect: the link's state is applied, and the store watched, in the same commit that
  // first shows the data, so neither a flash of the default view nor an early click slips by.
  // The latest `frame` (a caller's default is a new function each render), without re-subscribing.
  const frameLatest = useEffectEvent((s: Partial<UrlState>) => frame(s));
  useLayoutEffect(() => {
    if (!known) return;
    // A baked page (src/bake/) stands for a state of its own: its place, in its language.
    // Only at its own address: after a move to the site root, back and forward read plain links.
    const page = documentPage();
    const here = page ? documentPath() : window.location.pathname;
    const root = page ? rootPath() : here;
    const linkState = () => parseUrlState(mergeSearch(window.location.pathname === here ? page : null, window.location.search), known);
    const urlFor = (s: UrlState) =>
      `${addressFor(s, withForeignParams(serializeUrlState(s, defaults), window.location.search), page, here, root)}${window.location.hash}`;

    // Now that ids can be checked, take the link's state and write it back in canonical form.
    const initial = linkState();
    store.getState().applyUrlState(initial, defaults);
    frameLatest(initial);
    let last = selectUrlState(store.getState());
    window.history.replaceState(window.history.state, '', urlFor(last));

    let restoring = false;
    const unsubscribe = store.subscribe((state) => {
      const next = selectUrlState(state);
      const mode = historyMode(last, next);
      last = next;
      if (!mode) return;
      const url = urlFor(next);
      if (restoring || mode === 'replace') window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(null, '', url);
    });

    const onPop = () => {
      restoring = true;
      try {
        const restored = linkState();
        store.getState().applyUrlState(restored, defaults);
        frameLatest(restored);
      } finally {
        restoring = false;
      }
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [store, defaults, known]);
}
