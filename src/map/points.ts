/**
 * Anchor points per country, for labels and for dots on countries too small
 * to see or hit at world scale (Malta, Singapore, Aruba, Sint Maarten) or
 * without any shape (Point features). Pure, so it is unit-testable.
 */
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import type { CountriesCollection } from './contract';

export interface PointProperties {
  iso2: string;
  name_nl: string;
  name_en: string;
  home: boolean;
  /** Shown as a dot at world scale. */
  small: boolean;
  /** The dot disappears from this zoom on (the shape is then big enough). */
  dotUntil: number;
  /** Label priority: lower wins collisions (larger countries first). */
  rank: number;
}

/** A shape this many pixels across (√area) is considered big enough to see and click. */
const MIN_PIXELS = 14;
/** Below this area (km²) a country gets a dot at world zoom. */
const SMALL_KM2 = 15_000;
const KM2_PER_DEG2 = 12_364;
const NO_SHAPE_ZOOM = 99;

/** Planar ring area in degrees², shrunk by cos(latitude) to approximate real size. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  let lat = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    sum += (b[0]! - a[0]!) * (b[1]! + a[1]!);
    lat += a[1]!;
  }
  const meanLat = ring.length ? lat / ring.length : 0;
  return (Math.abs(sum) / 2) * Math.cos((meanLat * Math.PI) / 180);
}

function polygonArea(rings: Position[][]): number {
  const [outer, ...holes] = rings;
  if (!outer) return 0;
  return holes.reduce((a, h) => a - ringArea(h), ringArea(outer));
}

/** Approximate area in km² (0 for points). */
function areaKm2(feature: CountriesCollection['features'][number]): number {
  const g = feature.geometry;
  if (!g) return 0;
  const deg2 =
    g.type === 'Polygon'
      ? polygonArea(g.coordinates)
      : g.type === 'MultiPolygon'
        ? g.coordinates.reduce((a, p) => a + polygonArea(p), 0)
        : 0;
  return deg2 * KM2_PER_DEG2;
}

/**
 * The zoom at which √area reaches MIN_PIXELS in Web Mercator (512 px tiles
 * at the equator; good enough for the mid-latitudes these countries sit in).
 */
function dotUntilZoom(km2: number): number {
  if (km2 <= 0) return NO_SHAPE_ZOOM;
  const sideDeg = Math.sqrt(km2 / KM2_PER_DEG2);
  const z = Math.log2((MIN_PIXELS * 360) / (512 * sideDeg));
  return Math.max(0, Math.round(z * 10) / 10);
}

export function buildPoints(countries: CountriesCollection): FeatureCollection<Point, PointProperties> {
  const sized = countries.features.map((f) => ({ f, km2: areaKm2(f) }));
  const byArea = [...sized].sort((a, b) => b.km2 - a.km2);
  const rank = new Map(byArea.map(({ f }, i) => [f.properties.iso2, i]));
  const features = sized.map(({ f, km2 }): Feature<Point, PointProperties> => {
    const p = f.properties;
    const g = f.geometry;
    const shapeless = g?.type === 'Point';
    const small = shapeless || km2 < SMALL_KM2;
    const coordinates = g?.type === 'Point' ? g.coordinates : p.point;
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...coordinates] },
      properties: {
        iso2: p.iso2,
        name_nl: p.name_nl,
        name_en: p.name_en,
        home: p.home,
        small,
        dotUntil: small ? (shapeless ? NO_SHAPE_ZOOM : dotUntilZoom(km2)) : 0,
        rank: rank.get(p.iso2) ?? 0,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
