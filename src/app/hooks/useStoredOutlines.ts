import { useEffect } from 'react';
import type { AtlasStore } from '../store/store';

const KEY = 'beleidsatlas:outlines';

/** Storage can be unavailable (private mode, sandboxed iframes): then the preference just isn't kept. */
export function readStoredOutlines(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function useStoredOutlines(store: AtlasStore, storage: Pick<Storage, 'setItem'> | undefined) {
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.outlines === prev.outlines) return;
        try {
          storage?.setItem(KEY, s.outlines ? '1' : '0');
        } catch {
          /* not kept */
        }
      }),
    [store, storage],
  );
}
