/**
 * The choropleth's class colours, picked at build time from d3-scale-chromatic and shipped
 * in atlas.json (the map style as data built from a palette): the app gets five hex strings
 * instead of the colour-interpolation code that generates ColorBrewer's ramps.
 */
import { schemeBlues } from 'd3-scale-chromatic';

/**
 * Sequential, colour-blind safe (single hue): ColorBrewer Blues in 7 steps without the two
 * lightest, which next to the map's off-white land were almost invisible (contrast < 1.3:1).
 */
export function choroplethColours(): string[] {
  return (schemeBlues[7] as readonly string[]).slice(2);
}
