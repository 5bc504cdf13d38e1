/** What the presentation map paints (pure): the step's countries strong, the rest plain or grey. */
import { countryBounds } from '../../map/bounds';
import type { CountriesCollection, CountryPaint } from '../../map/contract';
import type { Contrast } from '../url/classroom';

export const PRESENT_COLOURS = {
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
      const b = countryBounds(f);
      return !!b && Math.max(b[1][0] - b[0][0], b[1][1] - b[0][1]) >= minSpanDeg;
    })
    .map((f) => f.properties.iso2);
}
