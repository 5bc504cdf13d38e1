import type { StateCreator } from 'zustand';
import type { AtlasState } from './types';

/** What this browser can do, found once at start-up (src/app/fallback/webgl.ts); never persisted. */
export interface CapabilitySlice {
  /** false: MapLibre cannot run here, the SVG map is shown instead. */
  webgl: boolean;
}

export const createCapabilitySlice =
  (webgl: boolean): StateCreator<AtlasState, [], [], CapabilitySlice> =>
  () => ({ webgl });
