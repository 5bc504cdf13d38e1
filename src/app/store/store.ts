/** One store, composed from slices; a factory so each test (and each embed) gets its own. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lang } from '../../pipeline/types';
import type { UrlState } from '../url/state';
import { pickUrlState } from '../url/table';
import { createCapabilitySlice } from './capabilitySlice';
import { createClassroomSlice } from './classroomSlice';
import { createShareSlice } from './shareSlice';
import { createFilterSlice, createSelectionSlice, createUiSlice, createViewSlice } from './slices';
import type { AtlasState } from './types';

export type AtlasStore = StoreApi<AtlasState>;

export interface StoreInit {
  lang: Lang;
  outlines?: boolean;
  url?: Partial<UrlState>;
  defaults?: UrlState;
  /** Whether MapLibre can run (src/app/fallback/webgl.ts); tests and servers assume it can. */
  webgl?: boolean;
}

export function createAtlasStore(init: StoreInit): AtlasStore {
  const store = createStore<AtlasState>()((...a) => ({
    ...createSelectionSlice(...a),
    ...createFilterSlice(...a),
    ...createViewSlice(...a),
    ...createUiSlice(init.lang, init.outlines ?? false)(...a),
    ...createShareSlice(...a),
    ...createClassroomSlice(...a),
    ...createCapabilitySlice(init.webgl ?? true)(...a),
  }));
  if (init.url && init.defaults) store.getState().applyUrlState(init.url, init.defaults);
  return store;
}

/** The link state of the store: the fields of the URL table (src/app/url/table.ts). */
export const selectUrlState = (s: AtlasState): UrlState => pickUrlState(s);
