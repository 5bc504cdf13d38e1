/**
 * Two levels of country geometry, as map tiles have zoom levels: the first view shows
 * the whole world, where ~0.4° fits in a pixel, so it gets coarse shapes a fraction of
 * the size; the detailed shapes load only when someone zooms in (src/map/atlasMap.ts).
 * Pure: the build script picks the worlds and writes the files.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Shape, World, WorldOptions } from './geometry';
import type { CountryProperties, OverviewProperties } from './types';

/**
 * Overview settings, chosen by measurement (50m world, 238 shapes): ~17 KiB gzip as
 * TopoJSON against ~60 KiB for the detailed level. 0.3 deg² is under 2 px² at the opening
 * zoom (≈0.8) and ~10 px² at DETAIL_ZOOM, where the detailed level takes over; only islands
 * of 5,000 km² or more are guaranteed an outline (smaller ones are dots at that scale).
 */
export const OVERVIEW: Required<Pick<WorldOptions, 'precision' | 'minWeight' | 'islandKm2'>> = {
  precision: 1,
  minWeight: 0.3,
  islandKm2: 5_000,
};
/** 3,600 steps over 360°: about the 0.1° grid the overview is rounded to, so quantizing adds under half a step. */
export const OVERVIEW_QUANTIZATION = 3_600;
/** 36,000 steps: the 0.01° grid of the detailed level. */
export const DETAIL_QUANTIZATION = 36_000;

/**
 * The same features with the overview's shapes and OverviewProperties: names and label
 * points stay those of the detailed level, so both levels label alike; the app adds the
 * mention fields from the letter shown. Features without a shape in `overview` (points, or a
 * shape lost to simplification) keep their geometry.
 */
export function withOverviewShapes<G extends Geometry>(
  countries: FeatureCollection<G, CountryProperties>,
  overview: Pick<World, 'countries'>,
): FeatureCollection<G | Shape, OverviewProperties> {
  return {
    type: 'FeatureCollection',
    features: countries.features.map((f) => {
      const { iso2, name_nl, name_en, home, point } = f.properties;
      const shape = f.geometry.type === 'Point' ? undefined : overview.countries.get(iso2);
      return { ...f, properties: { iso2, name_nl, name_en, home, point }, geometry: shape ?? f.geometry };
    }),
  };
}

/** The detailed level as the app fetches it: geometry and id only; properties come from the overview. */
export function geometryOnly<G extends Geometry, P>(
  countries: FeatureCollection<G, P>,
  idOf: (properties: P) => string,
): FeatureCollection<G, { iso2: string }> {
  return {
    type: 'FeatureCollection',
    features: countries.features.map((f) => ({ ...f, properties: { iso2: idOf(f.properties) } })),
  };
}
