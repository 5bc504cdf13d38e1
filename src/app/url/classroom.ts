/**
 * Values of the classroom keys: presentation step, projector contrast, reading view, and
 * walking the letter from the `passage` a link carries (their rows are in ./table.ts).
 */

export type Contrast = 'normal' | 'high';

export interface ClassroomUrlState {
  /** `present=3`: presentation mode at step 3 (1-based, as the counter shows it); null = off. */
  present: number | null;
  /** `contrast=high`: strong colours for washed-out projectors; belongs to the presentation and ends with it. */
  contrast: Contrast;
  /** `read=1`: the full letter beside the map. */
  read: boolean;
  /** `walk=1`: step passage by passage from `passage`; meaningless without it. */
  walk: boolean;
}

/** Steps are 1..count; without a count (before the data) any 1..999 passes and is checked again later. */
export function parsePresent(v: string | null, count?: number): number | null {
  if (!v || !/^\d{1,3}$/.test(v)) return null;
  const n = Number(v);
  if (n < 1) return null;
  return count === undefined || n <= count ? n : null;
}

export function parseContrast(v: string | null): Contrast | null {
  return v?.toLowerCase() === 'high' ? 'high' : null;
}
