/**
 * The comparison's colours: one per class on a diverging, colour-blind-safe scheme (PRGn from
 * ColorBrewer via d3-scale-chromatic): green for named more, purple for named less, the
 * strongest for new and no longer named, a light grey middle for the same. Not PuOr or BrBG:
 * their orange and brown ends would read as the author country's orange. Loaded with the
 * comparison only, so the scheme costs the first load nothing.
 */
import { schemePRGn } from 'd3-scale-chromatic';
import type { CountryPaint } from '../../map/contract';
import type { ChangeClass, Comparison } from './compare';

/** Most negative to most positive, as the legend lists them. */
export const CLASS_ORDER: readonly ChangeClass[] = ['gone', 'less', 'same', 'more', 'new'];

// d3 lists PRGn from purple to green. Its near-white middle (#f7f7f7) would read as the land
// of a country neither letter names (#f4f2ee): "as often" is a light grey instead, still the
// lightest class, so the scheme keeps diverging from it.
const [gone, less, , more, added] = schemePRGn[5]!;
export const SAME_COLOUR = '#d4d4d4';
export const CLASS_COLOURS: Record<ChangeClass, string> = { gone: gone!, less: less!, same: SAME_COLOUR, more: more!, new: added! };

/** `skip`: countries drawn apart (the author country). */
export function comparePaint(c: Comparison, skip: (iso2: string) => boolean): Map<string, CountryPaint> {
  const paint = new Map<string, CountryPaint>();
  for (const r of c.countries) if (!skip(r.iso2)) paint.set(r.iso2, { fill: CLASS_COLOURS[r.class], viaOnly: false });
  return paint;
}
