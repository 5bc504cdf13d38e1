/** What the presentation map paints (pure): the step's countries strong, the rest plain or grey. */
import type { CountriesCollection, CountryPaint } from '../../map/contract';
import { partsOf } from '../../map/framing/mainBody';
import type { Contrast } from '../url/classroom';

const PRESENT_COLOURS = {
  normal: { highlight: '#154273', rest: null },
  // Projectors wash pale fills into the background: dark against mid grey survives.
  high: { highlight: '#000000', rest: '#a3a3a3' },
} as const;

export function highlightPaint(countries: readonly string[], all: Iterable<string>, contrast: Contrast): Map<string, CountryPaint> {
  const colours = PRESENT_COLOURS[contrast];
  const paint = new Map<string, CountryPaint>();
  if (colours.rest) for (const iso2 of all) paint.set(iso2, { fill: colours.rest, viaOnly: false });
  for (const iso2 of countries) paint.set(iso2, { fill: colours.highlight, viaOnly: false });
  return paint;
}

/**
 * Countries big enough to read as a grey shape. Micro-states are drawn as dots, and a
 * painted dot is drawn large: greying them all would sprinkle the map with noise.
 */
export function shapedCountries(countries: CountriesCollection, minSpanDeg = 2): string[] {
  return countries.features
    .filter((f) => {
      // Its largest part; a point has none (partsOf gives it a part of no size).
      const b = partsOf(f)[0]!.box;
      return Math.max(b.east - b.west, b.north - b.south) >= minSpanDeg;
    })
    .map((f) => f.properties.iso2);
}
