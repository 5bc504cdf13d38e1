/** Presentation, reading view and the letter walk: link state like the rest, set in one update per step. */
import type { StateCreator } from 'zustand';
import type { ClassroomUrlState, Contrast } from '../url/classroom';
import { classroomDefaults } from '../url/table';
import { nextFocus } from './slices';
import type { AtlasState } from './types';

interface WalkStep {
  passage: string;
  country: string | null;
  region: string | null;
  /** The countries for the map to frame; empty keeps the current view. */
  frame: readonly string[];
}

export interface ClassroomSlice extends ClassroomUrlState {
  setPresent(step: number | null): void;
  setContrast(contrast: Contrast): void;
  setRead(read: boolean): void;
  /** Move the walk to a passage and the selection with it: one history entry per step. */
  walkTo(step: WalkStep): void;
  /** Select a country or grouping named in the walked passage without leaving the walk. */
  walkSelect(country: string | null, region: string | null): void;
  stopWalk(): void;
}

export const createClassroomSlice: StateCreator<AtlasState, [], [], ClassroomSlice> = (set) => ({
  ...classroomDefaults,
  // Leaving the presentation drops its projector palette, so the next presentation starts normal.
  setPresent: (present) => set(present === null ? { present, contrast: 'normal' } : { present }),
  setContrast: (contrast) => set({ contrast }),
  setRead: (read) => set({ read }),
  walkTo: ({ passage, country, region, frame }) =>
    set((s) => ({ walk: true, passage, country, region, focusRequest: nextFocus(s.focusRequest, frame) })),
  walkSelect: (country, region) => set({ country, region: country ? null : region }),
  stopWalk: () => set({ walk: false }),
});
