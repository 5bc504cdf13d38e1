import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AtlasStore } from './store';
import type { AtlasState } from './types';

const StoreContext = createContext<AtlasStore | null>(null);

export function AtlasStoreProvider({ store, children }: { store: AtlasStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAtlasStoreApi(): AtlasStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAtlas outside AtlasStoreProvider');
  return store;
}

export function useAtlas<T>(selector: (s: AtlasState) => T): T {
  return useStore(useAtlasStoreApi(), selector);
}
