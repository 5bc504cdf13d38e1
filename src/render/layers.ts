/**
 * What each country looks like in an SVG rendering of the choropleth: fill, hatch and
 * whether it needs a dot. Shared by the export (renderMapSvg, a string) and the map
 * shown where WebGL is missing (SvgMap, React elements), so both draw the same picture.
 */
import type { GeoProjection } from 'd3-geo';
import type { CountriesCollection, CountryPaint } from '../map/contract';
import type { MapPalette } from '../map/style';
import { projectCountries, type ProjectedCountry, type ViewBounds } from './project';

/**
 * Below this projected area (px²) a directly mentioned country also gets a dot, so Malta and
 * Aruba stay visible; via-only islands get none, or the Pacific fills with noise.
 */
const SMALL_AREA = 12;

export interface CountryLayer extends ProjectedCountry {
  fill: string;
  /** Reached only through a region/organisation: drawn with the hatch over the land colour. */
  viaOnly: boolean;
  home: boolean;
  /** Too small to see (or point-only) and worth showing: draw a dot at `point`. */
  dot: boolean;
}

export function countryLayers(
  countries: CountriesCollection,
  paint: ReadonlyMap<string, CountryPaint>,
  palette: MapPalette,
  projection: GeoProjection,
  within?: ViewBounds,
): CountryLayer[] {
  return paintLayers(countries, projectCountries(countries, projection, within), paint, palette);
}

/** Projecting is the slow part: a live map projects once and repaints on every theme change. */
export function paintLayers(
  countries: CountriesCollection,
  projected: readonly ProjectedCountry[],
  paint: ReadonlyMap<string, CountryPaint>,
  palette: MapPalette,
): CountryLayer[] {
  const home = new Set(countries.features.filter((f) => f.properties.home).map((f) => f.properties.iso2));
  return projected.map((s) => {
    const p = paint.get(s.iso2);
    const isHome = home.has(s.iso2);
    return {
      ...s,
      fill: isHome ? palette.home : (p?.fill ?? palette.land),
      viaOnly: !!p?.viaOnly,
      home: isHome,
      dot: s.area < SMALL_AREA && (p?.viaOnly === false || isHome),
    };
  });
}
