/**
 * Natural Earth (world-atlas 50m) → per-country GeoJSON for the map.
 *
 * Order matters: simplify the *topology* first so neighbours keep sharing the
 * same simplified border, then extract/merge per code, then cut at the
 * antimeridian and round. Pure: the caller reads the TopoJSON file.
 *
 * Rings keep d3's winding (exterior clockwise in lng/lat, the reverse of RFC 7946)
 * so d3-geo (geoContains, geoArea) reads them right; MapLibre only needs holes to
 * wind opposite to their exterior, which they do.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type {
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { feature, merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { geoArea, geoCentroid, geoContains, geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import isoCountries from 'i18n-iso-countries';

export type Shape = Polygon | MultiPolygon;

export interface World {
  /** ISO 3166-1 alpha-2 → geometry, cut at ±180°, simplified, coords rounded; keys sorted. */
  countries: Map<string, Shape>;
  /** Dissolved outline of the given members (only those present), same treatment; null if none present. */
  dissolve(members: string[]): Shape | null;
  /** Label/anchor [lng, lat] inside the country's largest polygon; for codes without a shape, `extraPoints`. */
  point(iso2: string): [number, number] | null;
  /** Countries sharing a land border (an arc of the topology) with iso2, sorted. */
  neighbours(iso2: string): string[];
}

export interface WorldOptions {
  /** Decimals kept in coordinates (2 ≈ 1.1 km; far below the simplification error, so spend bytes on vertices instead). */
  precision?: number;
  /** Points for codes that have no shape of their own (BQ, GF, RE …). Used only when there is no shape. */
  extraPoints?: Record<string, [number, number]>;
  /** Visvalingam threshold: planar triangle area in degrees². Higher = coarser. */
  minWeight?: number;
  /** Islands at least this large (km²) keep a recognisable outline however coarse the simplification. */
  islandKm2?: number;
}

/**
 * Chosen by measurement: all countries ≈ 100 KiB gzip (budget 110 KiB, ~10% headroom),
 * ~20k vertices. At equal gzip size, 2 decimals buy ~20% more vertices than 3.
 */
const DEFAULT_PRECISION = 2;
const DEFAULT_MIN_WEIGHT = 0.028;

/*
 * Features world-atlas leaves without an ISO numeric id. Border policy follows UN
 * membership (N. Cyprus → CY, Somaliland → SO); Kosovo is shown as its own shape (XK).
 * Siachen Glacier is merged into India, which administers it — dropping it would
 * leave a visible hole between India, Pakistan and China.
 * "Indian Ocean Ter." is Christmas Island + Cocos (Keeling): split per polygon below.
 * Ashmore and Cartier Is. already carries Australia's id (036), so it merges into AU.
 * Anything else unmapped is dropped.
 */
const BY_NAME: Record<string, string> = {
  Kosovo: 'XK',
  'N. Cyprus': 'CY',
  Somaliland: 'SO',
  'Siachen Glacier': 'IN',
};
const INDIAN_OCEAN_TER = 'Indian Ocean Ter.';

/*
 * Polygons Natural Earth's de-facto view draws inside another country, which the atlas counts
 * where international law and the Netherlands put them (the method page says so): Crimea, with
 * Sevastopol, is Ukraine's (UN General Assembly resolution 68/262). A part is found by its
 * polygon's centroid in a box [west, south, east, north]; merge() then dissolves the border
 * Natural Earth drew across the Perekop isthmus.
 */
const MOVED_PARTS: { from: string; to: string; box: [number, number, number, number] }[] = [
  { from: 'RU', to: 'UA', box: [32, 44, 37, 46.5] }, // Crimea
];

type TopoShape = TopoPolygon | TopoMultiPolygon;
/** presimplify() output: absolute [x, y, weight] points. */
type WeightedArcs = number[][][];

export function prepareWorld(topology: Topology, options: WorldOptions = {}): World {
  const precision = options.precision ?? DEFAULT_PRECISION;
  const minWeight = options.minWeight ?? DEFAULT_MIN_WEIGHT;
  const extraPoints = options.extraPoints ?? {};
  const islandKm2 = options.islandKm2 ?? ISLAND_KM2;

  const byCode = assignCodes(topology);
  // The @types want Objects<{}>; the properties are never read by the simplifier.
  const pre = presimplify(topology as Topology<Objects>);
  protectSmallRings(pre.arcs as WeightedArcs, byCode, minWeight, islandKm2);
  const topo = simplify(pre, minWeight);

  // Safety net: a shape that rounding would erase entirely is retried finer, so no country is lost.
  // (Not triggered by 50m at 2 decimals: Vatican keeps 4 vertices.)
  const cut = (g: Shape | null): Shape | null => {
    for (let p = precision; g && p <= precision + 3; p++) {
      const out = finish(g, p);
      if (out) return out;
    }
    return null;
  };
  const countries = new Map<string, Shape>();
  const points = new Map<string, [number, number]>();
  for (const code of [...byCode.keys()].sort()) {
    const objs = byCode.get(code)!;
    // A single object keeps its rings as drawn; only real multi-feature codes go through merge().
    const raw = objs.length === 1 ? (feature(topo, objs[0]!) as Feature<Shape>).geometry : merge(topo, objs);
    const shape = cut(raw);
    if (!shape) continue;
    countries.set(code, shape);
    points.set(code, labelPoint(shape, precision));
  }

  return {
    countries,
    dissolve(members) {
      const objs = [...new Set(members)].sort().flatMap((c) => (countries.has(c) ? byCode.get(c)! : []));
      return objs.length ? cut(merge(topo, objs)) : null;
    },
    point(iso2) {
      return points.get(iso2) ?? extraPoints[iso2] ?? null;
    },
    neighbours: borders(byCode),
  };
}

/** Shared arcs are shared borders: two codes whose shapes use the same arc are neighbours. */
function borders(byCode: Map<string, TopoShape[]>): (iso2: string) => string[] {
  const owners = new Map<number, Set<string>>();
  for (const [code, objs] of byCode) {
    for (const o of objs) {
      for (const poly of o.type === 'Polygon' ? [o.arcs] : o.arcs) {
        for (const ring of poly) {
          for (const a of ring) {
            const i = a < 0 ? ~a : a;
            const set = owners.get(i);
            if (set) set.add(code);
            else owners.set(i, new Set([code]));
          }
        }
      }
    }
  }
  const byCountry = new Map<string, Set<string>>();
  for (const set of owners.values()) {
    if (set.size < 2) continue;
    for (const a of set) for (const b of set) if (a !== b) (byCountry.get(a) ?? byCountry.set(a, new Set()).get(a)!).add(b);
  }
  return (iso2) => [...(byCountry.get(iso2) ?? [])].sort();
}

/** Groups the topology's polygon objects by alpha-2 code, as bare objects that share the topology's arc indices. */
function assignCodes(topology: Topology): Map<string, TopoShape[]> {
  const byCode = new Map<string, TopoShape[]>();
  const add = (code: string, o: TopoShape) => {
    const list = byCode.get(code);
    if (list) list.push(o);
    else byCode.set(code, [o]);
  };
  const collection = topology.objects.countries;
  if (!collection || collection.type !== 'GeometryCollection') throw new Error('topology has no "countries" collection');
  for (const g of collection.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const name = String((g.properties as { name?: unknown } | undefined)?.name ?? '');
    const code = g.id != null ? isoCountries.numericToAlpha2(String(g.id)) : BY_NAME[name];
    const moves = MOVED_PARTS.filter((m) => m.from === code);
    if (code && moves.length) {
      // The rest stays one object, so the country keeps its rings as drawn (see prepareWorld).
      const kept: TopoPolygon['arcs'][] = [];
      for (const arcs of g.type === 'Polygon' ? [g.arcs] : g.arcs) {
        const [x, y] = geoCentroid(feature(topology, { type: 'Polygon', arcs }));
        const move = moves.find(({ box: [w, s, e, n] }) => x >= w && x <= e && y >= s && y <= n);
        if (move) add(move.to, { type: 'Polygon', arcs });
        else kept.push(arcs);
      }
      add(code, { type: 'MultiPolygon', arcs: kept });
    }
    // Bare copies (arcs only): nothing downstream needs Natural Earth's properties.
    else if (code) add(code, g.type === 'Polygon' ? { type: 'Polygon', arcs: g.arcs } : { type: 'MultiPolygon', arcs: g.arcs });
    else if (name === INDIAN_OCEAN_TER) {
      // Both islands have their own ISO code; tell them apart by longitude (CX ≈ 105.6° E, CC ≈ 96.8° E).
      const polys = g.type === 'Polygon' ? [g.arcs] : g.arcs;
      for (const arcs of polys) {
        const [lng] = feature(topology, { type: 'Polygon', arcs }).geometry.coordinates[0]?.[0] ?? [0];
        add((lng ?? 0) > 100 ? 'CX' : 'CC', { type: 'Polygon', arcs });
      }
    }
  }
  return byCode;
}

/**
 * Simplification always keeps arc endpoints, so an island made of one closed arc
 * shrinks to a single point and vanishes. Raise the weight of the best vertices of
 * (a) each country's largest ring, so no country disappears (Malta, Sint Maarten),
 * and (b) every island of ISLAND_KM2 or more (Bonaire, the Canaries, Zanzibar),
 * which readers expect to see. Mutates presimplify()'s private copy of the arcs only.
 */
const COUNTRY_MIN_VERTICES = 6;
const ISLAND_MIN_VERTICES = 4;
const ISLAND_KM2 = 200;
const KM_PER_DEGREE = 111.2;

function protectSmallRings(arcs: WeightedArcs, byCode: Map<string, TopoShape[]>, minWeight: number, islandKm2: number): void {
  const ringPoints = (ring: number[]) => ring.flatMap((a) => (a < 0 ? (arcs[~a] ?? []).slice().reverse() : (arcs[a] ?? [])));
  // Rough km² (planar degrees scaled by cos(lat)); only used to rank and to compare with ISLAND_KM2.
  const km2 = (pts: number[][]) => {
    let s = 0;
    let lat = 0;
    for (let i = 1; i < pts.length; i++) {
      s += pts[i - 1]![0]! * pts[i]![1]! - pts[i]![0]! * pts[i - 1]![1]!;
      lat += pts[i]![1]!;
    }
    return (Math.abs(s / 2) * Math.cos((lat / Math.max(1, pts.length - 1)) * (Math.PI / 180)) * KM_PER_DEGREE ** 2);
  };
  const protect = (ring: number[], minVertices: number) => {
    // Interior points only: endpoints are kept anyway (weight Infinity).
    const interior = ring.flatMap((a) => (arcs[a < 0 ? ~a : a] ?? []).slice(1, -1));
    const kept = ring.length + interior.filter((p) => p[2]! >= minWeight).length;
    if (kept >= minVertices) return;
    const candidates = interior.filter((p) => p[2]! < minWeight).sort((p, q) => q[2]! - p[2]!);
    for (const p of candidates.slice(0, minVertices - kept)) p[2] = Infinity;
  };
  for (const objs of byCode.values()) {
    let largest: number[] | null = null;
    let largestArea = -1;
    for (const o of objs) {
      for (const poly of o.type === 'Polygon' ? [o.arcs] : o.arcs) {
        if (!poly[0]) continue;
        const area = km2(ringPoints(poly[0]));
        if (area >= islandKm2) protect(poly[0], ISLAND_MIN_VERTICES);
        if (area > largestArea) {
          largest = poly[0];
          largestArea = area;
        }
      }
    }
    if (largest) protect(largest, COUNTRY_MIN_VERTICES);
  }
}

/*
 * Equirectangular with scale 180/π and no translation maps (λ, φ) → (λ, −φ) in
 * degrees; its stream clips at ±180° so Russia and Fiji are cut, not smeared.
 * No reflectY: geoProject tells exteriors from holes by *screen* (y-down) winding,
 * so flipping y inside the projection would turn holes (Lesotho in South Africa)
 * into filled polygons. We negate y ourselves afterwards. precision(0) turns off
 * adaptive resampling, which would otherwise add great-circle points to long edges.
 */
const cutter = geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).precision(0);

/** Cut at the antimeridian, flip back to lng/lat, round, and drop what rounding collapsed. */
function finish(g: Shape, precision: number): Shape | null {
  const projected = geoProject(g, cutter);
  if (!projected || (projected.type !== 'Polygon' && projected.type !== 'MultiPolygon')) return null;
  const polys = projected.type === 'Polygon' ? [projected.coordinates] : projected.coordinates;
  const f = 10 ** precision;
  const round = (v: number) => Math.round(v * f) / f || 0; // `|| 0` avoids -0
  const out: Position[][][] = [];
  for (const poly of polys) {
    const rings: Position[][] = [];
    for (const [i, ring] of poly.entries()) {
      // Rounding a tiny atoll can fold its ring over and turn it inside out (d3 would then fill
      // the whole globe): a ring whose winding flipped has collapsed, like one with no area left.
      const r = cleanRing(ring.map(([x, y]) => [round(x!), round(-y!)]), -Math.sign(signedArea(ring)));
      if (r) rings.push(r);
      else if (i === 0) break; // exterior gone: its holes go too
    }
    if (rings.length) out.push(rings);
  }
  if (!out.length) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
}

/** Twice the planar signed area (shoelace). */
function signedArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    area += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return area;
}

/**
 * Removes repeated points; null if fewer than 3 distinct vertices or no area remain, or if
 * the winding is no longer `sign` (the ring folded over itself).
 */
function cleanRing(ring: Position[], sign: number): Position[] | null {
  const r: Position[] = [];
  for (const p of ring) {
    const q = r[r.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) r.push(p);
  }
  const first = r[0]!;
  const last = r[r.length - 1]!;
  if (r.length > 1 && first[0] === last[0] && first[1] === last[1]) r.pop();
  if (r.length < 3) return null;
  const area = signedArea(r);
  if (area === 0 || Math.sign(area) !== sign) return null;
  r.push([first[0]!, first[1]!]);
  return r;
}

/**
 * Centroid of the largest polygon when it falls inside; otherwise (crescents like
 * Croatia, archipelagos) the middle of the widest horizontal run through it.
 */
function labelPoint(shape: Shape, precision: number): [number, number] {
  const polys = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  let best: Polygon = { type: 'Polygon', coordinates: polys[0]! };
  let bestArea = -1;
  for (const coordinates of polys) {
    const p: Polygon = { type: 'Polygon', coordinates };
    const a = geoArea(p);
    if (a > bestArea) {
      best = p;
      bestArea = a;
    }
  }
  const f = 10 ** precision;
  const round = (v: number) => Math.round(v * f) / f || 0;
  const c = geoCentroid(best);
  if (geoContains(best, c)) return [round(c[0]), round(c[1])];
  return widestRun(best.coordinates, c).map(round) as [number, number];
}

function widestRun(rings: Position[][], fallback: [number, number]): [number, number] {
  const ys = rings[0]!.map((p) => p[1]!);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const LINES = 24;
  let best = fallback;
  let bestWidth = -1;
  for (let k = 0; k < LINES; k++) {
    const y = y0 + ((k + 0.5) / LINES) * (y1 - y0);
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1] as [number, number];
        const [bx, by] = ring[i] as [number, number];
        if (ay > y !== by > y) xs.push(ax + ((y - ay) / (by - ay)) * (bx - ax));
      }
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      // Degrees of longitude shrink with latitude; compare real widths.
      const width = (xs[i + 1]! - xs[i]!) * Math.cos((y * Math.PI) / 180);
      if (width > bestWidth) {
        bestWidth = width;
        best = [(xs[i]! + xs[i + 1]!) / 2, y];
      }
    }
  }
  return best;
}
