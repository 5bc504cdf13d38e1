/**
 * URL keys for the classroom: presentation step, projector contrast, reading view,
 * and walking the letter from the `passage` a link carries (see ./embed.ts for
 * `passage` itself). Pure and table-tested like the rest of src/app/url.
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

export const classroomDefaults: ClassroomUrlState = { present: null, contrast: 'normal', read: false, walk: false };

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

type Get = (key: string) => string | null;

/** `hasPassage`: whether the same link carries a valid `passage` (a walk needs a start). */
export function parseClassroomKeys(get: Get, hasPassage: boolean, stepCount?: number): Partial<ClassroomUrlState> {
  const out: Partial<ClassroomUrlState> = {};
  const present = parsePresent(get('present'), stepCount);
  if (present !== null) out.present = present;
  // The projector palette belongs to the presentation: without a step it means nothing.
  const contrast = parseContrast(get('contrast'));
  if (contrast && present !== null) out.contrast = contrast;
  if (get('read') === '1') out.read = true;
  if (get('walk') === '1' && hasPassage) out.walk = true;
  return out;
}

/** Appends the keys that differ from the defaults, in a fixed order. */
export function serializeClassroomKeys(s: ClassroomUrlState & { passage: string | null }, p: URLSearchParams): void {
  if (s.present !== null) p.set('present', String(s.present));
  if (s.contrast === 'high' && s.present !== null) p.set('contrast', 'high');
  if (s.read) p.set('read', '1');
  if (s.walk && s.passage) p.set('walk', '1');
}
