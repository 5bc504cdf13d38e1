import type { StateCreator } from 'zustand';
import type { FocusRequest } from '../../map/contract';
import { roundView } from '../url/state';
import { withDefaults } from '../url/table';
import type { AtlasState, FilterSlice, SelectionSlice, UiSlice, ViewSlice } from './types';

type Slice<T> = StateCreator<AtlasState, [], [], T>;

/** A new request to frame `places` (a new key even for the same places); none keeps the last. */
export const nextFocus = (last: FocusRequest | null, places: readonly string[] | null | undefined): FocusRequest | null =>
  places?.length ? { places: [...places], key: (last?.key ?? 0) + 1 } : last;

export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  letter: null,
  setLetter: (letter) => set({ letter, passage: null, walk: false }),
  compare: null,
  setCompare: (compare) => set({ compare }),
  country: null,
  region: null,
  hovered: null,
  highlighted: null,
  focusRequest: null,
  selectCountry: (iso2, opts) =>
    set({
      country: iso2,
      region: null,
      // A permalinked passage belongs to the view it was linked from; another country leaves it.
      passage: iso2 === get().country ? get().passage : null,
      focusRequest: nextFocus(get().focusRequest, iso2 && opts?.focus ? [iso2] : null),
    }),
  selectRegion: (id, frame) => {
    const passage = id === get().region ? get().passage : null;
    set({ region: id, country: null, passage, focusRequest: nextFocus(get().focusRequest, frame) });
  },
  focusOn: (places) => set({ focusRequest: nextFocus(get().focusRequest, places) }),
  clearSelection: () => set({ country: null, region: null, passage: null }),
  setHovered: (iso2) => set({ hovered: iso2 }),
  setHighlighted: (iso2) => set({ highlighted: iso2 }),
});

export const createFilterSlice: Slice<FilterSlice> = (set, get) => ({
  themes: [],
  toggleTheme: (id, allIds) => {
    const current = get().themes;
    const next = current.includes(id) ? current.filter((t) => t !== id) : [...current, id];
    // Keep filter order stable and collapse "every theme" to the canonical "all".
    const ordered = allIds.filter((t) => next.includes(t));
    set({ themes: ordered.length === allIds.length ? [] : ordered });
  },
  setThemes: (ids) => set({ themes: [...new Set(ids)] }),
  showAllThemes: () => set({ themes: [] }),
});

export const createViewSlice: Slice<ViewSlice> = (set) => ({
  view: null,
  list: false,
  setView: (view) => set({ view: roundView(view) }),
  setList: (list) => set({ list }),
});

export const createUiSlice = (lang: AtlasState['lang'], outlines: boolean): Slice<UiSlice> => (set) => ({
  lang,
  outlines,
  setLang: (l) => set({ lang: l }),
  setOutlines: (on) => set({ outlines: on }),
  applyUrlState: (s, d) => set(withDefaults(s, d)),
});
