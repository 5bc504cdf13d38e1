/**
 * d3-geo projection of the same country layer MapLibre draws, for the SVG renderers
 * (image export, and the map where WebGL is missing). Pure: data in, path strings out.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { CountriesCollection } from '../map/contract';

export interface ProjectedCountry {
  iso2: string;
  /** SVG path data for a shape; empty for point-only countries. */
  d: string;
  /** Projected anchor [x, y] for dots and labels. */
  point: [number, number];
  /** Projected area in px², to decide when a country is too small to see and needs a dot. */
  area: number;
}

export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Antarctica takes a fifth of an Equal Earth map and the letter never names it. */
const OMIT = new Set(['AQ']);

export function fitProjection(countries: CountriesCollection, frame: Frame): GeoProjection {
  const shown = { ...countries, features: countries.features.filter((f) => !OMIT.has(f.properties.iso2)) };
  return geoEqualEarth().fitExtent(
    [
      [frame.x, frame.y],
      [frame.x + frame.width, frame.y + frame.height],
    ],
    shown,
  );
}

/** Paths rounded to 0.1 px: plenty for screens and prints, and a third of the bytes. */
export function projectCountries(countries: CountriesCollection, projection: GeoProjection): ProjectedCountry[] {
  const path = geoPath(projection).digits(1);
  const out: ProjectedCountry[] = [];
  for (const f of countries.features) {
    const iso2 = f.properties.iso2;
    if (OMIT.has(iso2)) continue;
    const p = projection(f.properties.point);
    if (!p) continue;
    const isShape = f.geometry.type !== 'Point';
    out.push({ iso2, d: isShape ? (path(f) ?? '') : '', point: [round(p[0]), round(p[1])], area: isShape ? path.area(f) : 0 });
  }
  return out;
}

const round = (n: number) => Math.round(n * 10) / 10;
