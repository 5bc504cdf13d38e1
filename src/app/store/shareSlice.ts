/**
 * Embed options (fixed by the link, applied with the rest of the URL state) and the
 * passage a permalink points at.
 */
import type { StateCreator } from 'zustand';
import type { EmbedUrlState } from '../url/embed';
import { embedDefaults } from '../url/table';
import type { AtlasState } from './types';

export interface ShareSlice extends EmbedUrlState {
  /** Point the panel at one passage (a quote's permalink); null clears it. */
  setPassage(id: string | null): void;
}

export const createShareSlice: StateCreator<AtlasState, [], [], ShareSlice> = (set) => ({
  ...embedDefaults,
  setPassage: (passage) => set({ passage }),
});
