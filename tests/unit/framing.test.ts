/**
 * Framing (src/map/framing/): every country in the data, framed into real map boxes with the
 * overlays that cover them, lands whole in the uncovered part at a sensible zoom. The shapes
 * are those the map frames with: the overview the app loads (countries.topo.json).
 */
import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { CountriesCollection, MapView } from '../../src/map/contract';
import { frameBox, frameCountries, MAX_FRAME_ZOOM, type Frame } from '../../src/map/framing/frame';
import { constrain, latOf, mercY, PAN_LIMIT, project, type Size } from '../../src/map/framing/mercator';
import { uncoveredRects, type Rect } from '../../src/map/framing/uncovered';

if (!readFileSync('public/data/countries.topo.json')) throw new Error('run `npm run data` first (npm test does)');
type Topo = Topology<{ countries: GeometryCollection }>;
const topo = JSON.parse(readFileSync('public/data/countries.topo.json', 'utf8')) as Topo;
const countries = feature(topo, topo.objects.countries) as unknown as CountriesCollection;
const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as { regions: { id: string; members: string[] }[] };
const byIso = new Map(countries.features.map((f) => [f.properties.iso2, f]));
const get = (iso2: string) => {
  const f = byIso.get(iso2);
  if (!f) throw new Error(`no ${iso2} in the data`);
  return f;
};

interface Layout {
  name: string;
  size: Size;
  covers: Rect[];
}
const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });
/**
 * Map boxes and covers measured in Chromium on the production build (relative to the map),
 * and the layout of issue #10 (a full-width map under an overlaid panel, a small legend, a
 * theme button, a low phone sheet).
 */
const LAYOUTS: Layout[] = [
  { name: 'desktop 1280×800, wide legend', size: { width: 630, height: 689 }, covers: [rect(8, 511, 622, 661)] },
  { name: 'phone 390×844, sheet at 38vh', size: { width: 390, height: 464 }, covers: [rect(0, 287, 390, 464)] },
  {
    name: 'desktop 1280×800, overlaid panel, small legend, theme button',
    size: { width: 1280, height: 744 },
    covers: [rect(880, 0, 1280, 744), rect(8, 560, 268, 736), rect(8, 8, 160, 52)],
  },
  { name: 'phone 390×844, full map, peek sheet', size: { width: 390, height: 788 }, covers: [rect(0, 668, 390, 788), rect(8, 8, 120, 52)] },
];

const overlap = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const onScreen = (view: MapView, size: Size, [lng, lat]: readonly [number, number]) => project(view, size, [lng, lat]);

/** Within the box and under no cover (1 px of rounding allowed). */
function uncovered(layout: Layout, r: Rect): boolean {
  const s = { left: r.left + 1, top: r.top + 1, right: r.right - 1, bottom: r.bottom - 1 };
  const inBox = s.left >= 0 && s.top >= 0 && s.right <= layout.size.width && s.bottom <= layout.size.height;
  return inBox && !layout.covers.some((c) => overlap(c, s));
}

/** The map wraps: where the world is narrower than the box, a place is drawn more than once. */
const copies = (view: MapView, r: Rect): Rect[] => {
  const ws = 512 * 2 ** view.zoom;
  return [-1, 0, 1].map((k) => ({ ...r, left: r.left + k * ws, right: r.right + k * ws }));
};

function pointUncovered(layout: Layout, view: MapView, lngLat: readonly [number, number]): boolean {
  const p = onScreen(view, layout.size, lngLat);
  return copies(view, { left: p.x - 0.5, top: p.y - 0.5, right: p.x + 0.5, bottom: p.y + 0.5 }).some((r) => uncovered(layout, r));
}

function inBox(layout: Layout, view: MapView, lngLat: readonly [number, number]): boolean {
  const p = onScreen(view, layout.size, lngLat);
  return copies(view, { left: p.x, top: p.y, right: p.x, bottom: p.y }).some((r) => r.left >= 0 && r.top >= 0 && r.left <= layout.size.width && r.top <= layout.size.height);
}

/** Whether a lng/lat box is drawn whole and uncovered at `view` (in some copy of the world). */
function boxUncovered(layout: Layout, view: MapView, west: number, south: number, east: number, north: number): boolean {
  const nw = onScreen(view, layout.size, [west, north]);
  const width = ((east - west) / 360) * 512 * 2 ** view.zoom;
  const r = { left: nw.x, top: nw.y, right: nw.x + width, bottom: onScreen(view, layout.size, [west, south]).y };
  return copies(view, r).some((c) => uncovered(layout, c));
}

/** The largest polygon of a country (planar area), computed here rather than by the code under test. */
function largestPart(f: CountriesCollection['features'][number]): [number, number, number, number] | null {
  const g = f.geometry;
  if (g.type === 'Point') return null;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const area = (ring: Position[]) => Math.abs(ring.reduce((s, p, i) => { const q = ring[(i + 1) % ring.length]!; return s + p[0]! * q[1]! - q[0]! * p[1]!; }, 0)) / 2;
  const best = [...polys].sort((a, b) => area(b[0]!) - area(a[0]!))[0]![0]!;
  const lngs = best.map((p) => p[0]!);
  const lats = best.map((p) => Math.min(PAN_LIMIT.north, Math.max(PAN_LIMIT.south, p[1]!)));
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** The least zoom the map allows in this box: the world fills its width. */
const floorZoom = (size: Size) => constrain({ lng: 0, lat: 0, zoom: -2 }, size).zoom;

/** Longitudes the uncovered area shows. */
const lngSpan = (view: MapView, area: Rect): number => ((area.right - area.left) / (512 * 2 ** view.zoom)) * 360;

const frame = (layout: Layout, ...iso2: string[]): Frame => {
  const f = frameCountries(iso2.map(get), layout.size, layout.covers);
  if (!f) throw new Error(`no frame for ${iso2.join()}`);
  return f;
};

describe('uncovered rectangles', () => {
  it('are the whole box without covers, and leave a bottom-left legend out on every side it allows', () => {
    expect(uncoveredRects({ width: 600, height: 400 }, [])).toEqual([rect(0, 0, 600, 400)]);
    const rs = uncoveredRects({ width: 600, height: 400 }, [rect(10, 300, 300, 390)]);
    expect(rs).toContainEqual(rect(0, 0, 600, 300));
    expect(rs).toContainEqual(rect(300, 0, 600, 400));
    for (const r of rs) expect(overlap(r, rect(10, 300, 300, 390))).toBe(false);
  });
  it('ignore a panel beside the map (it touches the box but covers none of it)', () => {
    expect(uncoveredRects({ width: 600, height: 400 }, [rect(600, 0, 1000, 400)])).toEqual([rect(0, 0, 600, 400)]);
  });
});

describe.each(LAYOUTS)('every country in the data, $name', (layout) => {
  it.each(countries.features.map((f) => f.properties.iso2))('%s: its main body is framed whole, uncovered, at a zoom within the limits', (iso2) => {
    const f = get(iso2);
    const { view, subject, area } = frame(layout, iso2);
    expect(boxUncovered(layout, view, subject.west, subject.south, subject.east, subject.north)).toBe(true);
    const core = largestPart(f);
    if (core) expect(boxUncovered(layout, view, ...core)).toBe(true);
    // The label point sits on the main body (except Antarctica's, south of the pan limit).
    if (f.properties.point[1] > PAN_LIMIT.south) expect(pointUncovered(layout, view, f.properties.point)).toBe(true);
    expect(view.zoom).toBeLessThanOrEqual(MAX_FRAME_ZOOM + 1e-9);
    // Never smaller than a world as wide as the uncovered area.
    expect(512 * 2 ** view.zoom).toBeGreaterThanOrEqual(area.right - area.left - 1);
    // Never the whole world for one country (the old bounds sent Brazil to the Pacific and Russia round the globe).
    if (iso2 !== 'AQ') expect(lngSpan(view, area)).toBeLessThan(300);
  });
});

const places: Record<string, [number, number]> = {
  Paris: [2.35, 48.86], Brest: [-4.49, 48.39], Nice: [7.27, 43.7], Strasbourg: [7.75, 48.58], Cayenne: [-52.33, 4.92], 'Saint-Denis (Réunion)': [55.45, -20.88],
  Oslo: [10.75, 59.91], Bergen: [5.32, 60.39], Tromsø: [18.96, 69.65], Nordkapp: [25.78, 71.17], Longyearbyen: [15.63, 78.22],
  'New York': [-74.01, 40.71], 'Los Angeles': [-118.24, 34.05], Seattle: [-122.33, 47.61], Miami: [-80.19, 25.76], Chicago: [-87.63, 41.88],
  Moscow: [37.62, 55.76], Kaliningrad: [20.51, 54.71], Novosibirsk: [82.92, 55.03], Yakutsk: [129.73, 62.03], Vladivostok: [131.89, 43.12],
  Anadyr: [177.51, 64.73], Uelen: [-169.81, 66.16],
  Suva: [178.44, -18.14], Nadi: [177.42, -17.8], Labasa: [179.39, -16.43], Taveuni: [-179.97, -16.84], Auckland: [174.76, -36.85], Wellington: [174.78, -41.29], Christchurch: [172.64, -43.53], Invercargill: [168.35, -46.41],
  Valletta: [14.51, 35.9], Catania: [15.09, 37.5], Syracuse: [15.29, 37.08], Kelibia: [11.09, 36.85],
  Brasília: [-47.88, -15.79], Manaus: [-60.02, -3.12], 'Porto Alegre': [-51.23, -30.03], Recife: [-34.88, -8.05], 'Boa Vista': [-60.67, 2.82],
  Kralendijk: [-68.27, 12.15], Willemstad: [-68.93, 12.11],
};
const at = (name: keyof typeof places) => places[name]!;

describe.each(LAYOUTS)('named cases, $name', (layout) => {
  const shows = (view: MapView, ...names: string[]) => names.filter((n) => !pointUncovered(layout, view, at(n)));
  it('France: the hexagon, not French Guiana or Réunion', () => {
    const { view } = frame(layout, 'FR');
    expect(shows(view, 'Paris', 'Brest', 'Nice', 'Strasbourg')).toEqual([]);
    expect(inBox(layout, view, at('Cayenne')) || inBox(layout, view, at('Saint-Denis (Réunion)'))).toBe(false);
    expect(view.zoom).toBeGreaterThan(3.5);
  });
  it('Norway: the mainland to the North Cape, not Svalbard', () => {
    const { view, subject } = frame(layout, 'NO');
    expect(shows(view, 'Oslo', 'Bergen', 'Tromsø', 'Nordkapp')).toEqual([]);
    expect(subject.north).toBeLessThan(at('Longyearbyen')[1] - 5);
    // As close as the mainland alone allows (the old bounds took Svalbard in and zoomed out).
    const mainland = frameBox({ west: 4.6, south: 57.9, east: 31.2, north: 71.2 }, layout.size, layout.covers)!;
    expect(view.zoom).toBeGreaterThan(mainland.view.zoom - 0.15);
  });
  it('the United States: coast to coast', () => {
    const { view } = frame(layout, 'US');
    expect(shows(view, 'New York', 'Los Angeles', 'Seattle', 'Miami', 'Chicago')).toEqual([]);
  });
  it('Russia: Kaliningrad to Chukotka across 180°, not the whole world', () => {
    const { view, area } = frame(layout, 'RU');
    expect(shows(view, 'Moscow', 'Kaliningrad', 'Novosibirsk', 'Yakutsk', 'Vladivostok', 'Anadyr', 'Uelen')).toEqual([]);
    expect(lngSpan(view, area)).toBeLessThan(250);
  });
  it('Fiji and New Zealand at the antimeridian: the islands, close up', () => {
    const fj = frame(layout, 'FJ');
    expect(shows(fj.view, 'Suva', 'Nadi', 'Labasa', 'Taveuni')).toEqual([]);
    expect(lngSpan(fj.view, fj.area)).toBeLessThan(30);
    const nz = frame(layout, 'NZ');
    expect(shows(nz.view, 'Auckland', 'Wellington', 'Christchurch', 'Invercargill')).toEqual([]);
    expect(lngSpan(nz.view, nz.area)).toBeLessThan(40);
  });
  it('Malta: close, with Sicily and the Tunisian coast around it', () => {
    const { view } = frame(layout, 'MT');
    expect(shows(view, 'Valletta')).toEqual([]);
    expect(['Catania', 'Syracuse', 'Kelibia'].every((n) => inBox(layout, view, at(n)))).toBe(true);
    expect(view.zoom).toBeGreaterThan(4);
  });
  it('Brazil: Brazil (the old bounds wrapped it past 180° and showed the Pacific)', () => {
    const { view } = frame(layout, 'BR');
    expect(shows(view, 'Brasília', 'Manaus', 'Porto Alegre', 'Recife', 'Boa Vista')).toEqual([]);
    expect(view.lng).toBeGreaterThan(-75);
    expect(view.lng).toBeLessThan(-30);
  });
  it('Caribisch Nederland, a point: a box around Bonaire with its neighbours', () => {
    const { view } = frame(layout, 'BQ');
    expect(shows(view, 'Kralendijk')).toEqual([]);
    expect(inBox(layout, view, at('Willemstad'))).toBe(true);
    expect(view.zoom).toBeGreaterThan(4);
    expect(view.zoom).toBeLessThanOrEqual(MAX_FRAME_ZOOM);
  });
  it('NATO: every member framed at once, uncovered', () => {
    const members = atlas.regions.find((r) => r.id === 'nato')!.members;
    expect(members.length).toBeGreaterThanOrEqual(32);
    const { view } = frame(layout, ...members);
    const lost = members.filter((iso2) => !pointUncovered(layout, view, get(iso2).properties.point));
    expect(lost).toEqual([]);
    expect(shows(view, 'New York', 'Seattle', 'Oslo', 'Nordkapp')).toEqual([]);
  });
  it('several places frame their union, each by its main body', () => {
    const one = frame(layout, 'UA');
    const three = frame(layout, 'RU', 'UA', 'US');
    expect(three.view.zoom).toBeLessThan(one.view.zoom);
    expect(shows(three.view, 'Moscow', 'Vladivostok', 'Uelen', 'New York', 'Los Angeles')).toEqual([]);
  });
});

describe('the pan limit (the map’s transformConstrain)', () => {
  const size = { width: 600, height: 500 };
  /** Latitude at a pixel row of the box at `view`. */
  const latAt = (view: MapView, row: number) => latOf(mercY(view.lat) + (row - size.height / 2) / (512 * 2 ** view.zoom));
  it('keeps the polar void out: the box’s top edge stops at 85°N, its bottom at 72°S', () => {
    const north = constrain({ lng: 0, lat: 84, zoom: 3 }, size);
    expect(latAt(north, 0)).toBeCloseTo(PAN_LIMIT.north, 5);
    const south = constrain({ lng: 0, lat: -80, zoom: 3 }, size);
    expect(latAt(south, size.height)).toBeCloseTo(PAN_LIMIT.south, 5);
  });
  it('lets the map run past the limit under a cover', () => {
    const v = constrain({ lng: 0, lat: -80, zoom: 3 }, size, { left: 0, top: 0, right: 0, bottom: 200 });
    expect(latAt(v, size.height - 200)).toBeCloseTo(PAN_LIMIT.south, 5);
    expect(latAt(v, size.height)).toBeLessThan(PAN_LIMIT.south - 3);
  });
  it('zooms in until the world fills the box, the height only down to a framing’s floor', () => {
    expect(512 * 2 ** constrain({ lng: 0, lat: 0, zoom: -2 }, { width: 1000, height: 300 }).zoom).toBeCloseTo(1000, 6);
    const tall = { width: 390, height: 788 };
    const filled = constrain({ lng: 0, lat: 40, zoom: -2 }, tall);
    expect(latAt({ ...filled }, 0)).toBeLessThanOrEqual(PAN_LIMIT.north + 1e-6);
    const framed = constrain({ lng: 0, lat: 40, zoom: 0 }, tall, undefined, 0);
    expect(framed.zoom).toBe(0);
    expect(framed.zoom).toBeLessThan(filled.zoom);
  });
  it('wraps east and west: the centre comes back within ±180°', () => {
    expect(constrain({ lng: 181.5, lat: -17, zoom: 5 }, size).lng).toBeCloseTo(-178.5, 6);
    expect(constrain({ lng: -190, lat: -17, zoom: 5 }, size).lng).toBeCloseTo(170, 6);
  });
});

describe('framing edge cases', () => {
  it('frames nothing for no places or an empty box', () => {
    expect(frameCountries([], { width: 800, height: 600 })).toBeNull();
    expect(frameCountries([get('UA')], { width: 0, height: 0 })).toBeNull();
  });
  it('frames as if uncovered when covers leave no room', () => {
    const f = frameCountries([get('UA')], { width: 400, height: 300 }, [rect(0, 0, 400, 300)])!;
    expect(f.area).toEqual(rect(0, 0, 400, 300));
  });
  it('frames the world box at the least zoom the pan limit allows', () => {
    const size = { width: 900, height: 500 };
    const f = frameBox({ west: -168, south: -56, east: 180, north: 78 }, size)!;
    expect(f.view.zoom).toBeCloseTo(floorZoom(size), 5);
  });
});
