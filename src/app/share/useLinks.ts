import { useCallback } from 'react';
import { useAtlasStoreApi } from '../store/context';
import { selectUrlState } from '../store/store';
import type { UrlState } from '../url/state';

/** Links are built on demand from the store, so they always match what is on screen. */
export function useCurrentState(): () => UrlState {
  const store = useAtlasStoreApi();
  return useCallback(() => selectUrlState(store.getState()), [store]);
}

export const pageHref = (): string => window.location.href;
