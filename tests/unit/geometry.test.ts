import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds, geoContains, geoDistance } from 'd3-geo';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { prepareWorld, type Shape } from '../../src/pipeline/geometry';
import { OVERVIEW } from '../../src/pipeline/overview';

const load = (): Topology =>
  JSON.parse(readFileSync(new URL('../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'));

const topology = load();
const t0 = performance.now();
const world = prepareWorld(topology);
const elapsed = performance.now() - t0;

const polygons = (s: Shape): Position[][][] => (s.type === 'Polygon' ? [s.coordinates] : s.coordinates);
const rings = (s: Shape) => polygons(s).flat();
const pointCount = (s: Shape) => rings(s).reduce((n, r) => n + r.length, 0);
const collection = (m: Map<string, Shape>) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [...m].map(([id, geometry]) => ({ type: 'Feature', properties: { id }, geometry })),
  });
const kib = (json: string) => gzipSync(json).length / 1024;

// Member lists only to measure outline sizes (the real lists live in the region data).
const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');
const NATO = 'AL BE BG CA CZ DE DK EE ES FI FR GB GR HR HU IS IT LT LU LV ME MK NL NO PL PT RO SE SI SK TR US'.split(' ');
// UN M49 Africa and Europe (plus XK).
const AFRICA = ('DZ EG LY MA SD TN EH BI KM DJ ER ET KE MG MW MU MZ RW SC SO SS TZ UG ZM ZW AO CM CF TD CG CD GQ GA ST ' +
  'BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG IO TF RE YT').split(' ');
const EUROPE = ('AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE XK LV LI LT LU MT MD MC ' +
  'ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB AX').split(' ');

describe('prepareWorld (world-atlas 50m)', () => {
  it('keeps ~240 countries, including small and partially recognised ones', () => {
    expect(world.countries.size).toBeGreaterThanOrEqual(230);
    expect(world.countries.size).toBeLessThanOrEqual(250);
    for (const code of ['XK', 'PS', 'AW', 'CW', 'SX', 'SG', 'MT', 'EH', 'TW', 'VA', 'MC', 'CX', 'CC']) {
      expect(world.countries.has(code), code).toBe(true);
    }
    // Stable output: the map is filled in code order.
    expect([...world.countries.keys()]).toEqual([...world.countries.keys()].sort());
  });

  it('merges N. Cyprus into CY and Somaliland into SO', () => {
    expect(geoContains(world.countries.get('CY')!, [33.6, 35.25])).toBe(true); // north of the Green Line
    expect(geoContains(world.countries.get('CY')!, [33.0, 34.9])).toBe(true); // south
    expect(geoContains(world.countries.get('SO')!, [44.06, 9.56])).toBe(true); // Hargeisa
  });

  it('draws Crimea as part of Ukraine, one outline with the mainland, as the method page says', () => {
    const ua = world.countries.get('UA')!;
    const ru = world.countries.get('RU')!;
    for (const city of [[34.1, 44.95], [33.52, 44.6]] as [number, number][]) {
      // Simferopol, Sevastopol
      expect(geoContains(ua, city)).toBe(true);
      expect(geoContains(ru, city)).toBe(false);
    }
    // No border across the Perekop isthmus: Kyiv and Simferopol lie in the same polygon.
    const kyivs = polygons(ua).filter((p) => geoContains({ type: 'Polygon', coordinates: p }, [30.52, 50.45]));
    expect(kyivs).toHaveLength(1);
    expect(geoContains({ type: 'Polygon', coordinates: kyivs[0]! }, [34.1, 44.95])).toBe(true);
    // Russia keeps Kaliningrad and the rest of its rings.
    expect(geoContains(ru, [20.51, 54.71])).toBe(true);
    expect(world.neighbours('UA')).toContain('RU');
  });

  it('puts Amsterdam inside the Netherlands, and Caribbean Netherlands (BQ) has no shape of its own', () => {
    const nl = world.countries.get('NL')!;
    expect(['Polygon', 'MultiPolygon']).toContain(nl.type);
    expect(geoContains(nl, [4.9, 52.37])).toBe(true);
    expect(geoContains(nl, [2.35, 48.86])).toBe(false); // Paris
    expect(world.countries.has('BQ')).toBe(false);
    // Bonaire is still drawn, as part of NL.
    expect(polygons(nl).some((p) => p[0]!.some(([x]) => x! < -68))).toBe(true);
  });

  it('keeps holes as holes (Lesotho is not painted as South Africa)', () => {
    expect(geoContains(world.countries.get('ZA')!, [27.48, -29.31])).toBe(false);
    expect(geoContains(world.countries.get('LS')!, [27.48, -29.31])).toBe(true);
  });

  it('cuts every ring at the antimeridian (Russia, Fiji do not smear across the map)', () => {
    for (const [code, shape] of world.countries) {
      for (const ring of rings(shape)) {
        for (let i = 1; i < ring.length; i++) {
          expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!), code).toBeLessThanOrEqual(180);
        }
      }
    }
    for (const code of ['RU', 'FJ']) {
      const xs = rings(world.countries.get(code)!).flatMap((r) => r.map(([x]) => x!));
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(-180);
      expect(Math.max(...xs)).toBeLessThanOrEqual(180);
    }
    expect(geoContains(world.countries.get('RU')!, [37.62, 55.75])).toBe(true); // Moscow
  });

  it('emits closed, non-degenerate rings with rounded coordinates', () => {
    for (const [code, shape] of world.countries) {
      for (const ring of rings(shape)) {
        expect(ring.length, code).toBeGreaterThanOrEqual(4);
        expect(ring[0], code).toEqual(ring[ring.length - 1]);
        for (const [x, y] of ring) {
          expect(Math.round(x! * 100) / 100).toBe(x);
          expect(Math.round(y! * 100) / 100).toBe(y);
        }
      }
    }
  });

  it('dissolves Benelux into one outline without the internal borders', () => {
    const benelux = world.dissolve(['BE', 'NL', 'LU'])!;
    expect(geoContains(benelux, [4.35, 50.85])).toBe(true); // Brussels
    expect(geoContains(benelux, [6.13, 49.61])).toBe(true); // Luxembourg
    expect(geoContains(benelux, [4.9, 52.37])).toBe(true); // Amsterdam
    const parts = ['BE', 'NL', 'LU'].map((c) => world.countries.get(c)!);
    expect(rings(benelux).length).toBeLessThan(parts.reduce((n, s) => n + rings(s).length, 0));
    expect(pointCount(benelux)).toBeLessThan(parts.reduce((n, s) => n + pointCount(s), 0));
    // Order and duplicates of members do not matter; unknown codes are ignored.
    expect(JSON.stringify(world.dissolve(['LU', 'NL', 'BE', 'NL', 'ZZ']))).toBe(JSON.stringify(benelux));
    expect(world.dissolve(['ZZ'])).toBeNull();
    expect(world.dissolve([])).toBeNull();
  });

  it('fits the map data budget (≤ 110 KiB gzip for all countries) and reports outline sizes', () => {
    const all = kib(collection(world.countries));
    const outlines = Object.fromEntries(
      Object.entries({ EU, NATO, AFRICA, EUROPE }).map(([k, m]) => [k, +kib(JSON.stringify(world.dissolve(m))).toFixed(1)]),
    );
    console.log(`countries: ${all.toFixed(1)} KiB gzip; outlines (KiB gzip):`, outlines, `prepareWorld ${elapsed.toFixed(0)} ms`);
    expect(all).toBeLessThanOrEqual(110);
    expect(outlines.EU).toBeLessThan(all);
    const europe = world.dissolve(EUROPE)!;
    expect(geoContains(europe, [37.62, 55.75])).toBe(true); // Moscow
    for (const ring of rings(europe)) ring.forEach((p, i) => i && expect(Math.abs(p[0]! - ring[i - 1]![0]!)).toBeLessThanOrEqual(180));
    expect(geoContains(world.dissolve(AFRICA)!, [31.24, 30.04])).toBe(true); // Cairo
  });

  it('is deterministic and leaves the input untouched', () => {
    const again = prepareWorld(topology);
    const fresh = prepareWorld(load());
    const json = collection(world.countries);
    expect(collection(again.countries)).toBe(json);
    expect(collection(fresh.countries)).toBe(json);
    expect(JSON.stringify(again.dissolve(EU))).toBe(JSON.stringify(world.dissolve(EU)));
  });

  it('runs well under 5 s', () => {
    expect(elapsed).toBeLessThan(5000);
  });

  it('gives label points inside the country, and extraPoints only for codes without a shape', () => {
    const sg = world.point('SG')!;
    expect(geoDistance(sg, [103.82, 1.35]) * 6371).toBeLessThan(15); // km from the middle of Singapore
    for (const [code, shape] of world.countries) {
      const p = world.point(code)!;
      const polys = polygons(shape).map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
      // Rounding may nudge the point of a sliver just outside; allow a few km.
      const near = polys.some((g) => geoContains(g, p)) || polys.some((g) => {
        const [[x0, y0], [x1, y1]] = geoBounds(g);
        return p[0] >= x0 - 0.05 && p[0] <= x1 + 0.05 && p[1] >= y0 - 0.05 && p[1] <= y1 + 0.05;
      });
      expect(near, code).toBe(true);
    }
    const w = prepareWorld(topology, { extraPoints: { BQ: [-68.27, 12.15], NL: [0, 0] } });
    expect(w.point('BQ')).toEqual([-68.27, 12.15]);
    expect(w.point('NL')).toEqual(world.point('NL'));
    expect(w.point('ZZ')).toBeNull();
  });
});

describe('prepareWorld at overview settings (the first view)', () => {
  const overview = prepareWorld(topology, OVERVIEW);

  it('keeps every country of the detailed level, far smaller', () => {
    expect([...overview.countries.keys()]).toEqual([...world.countries.keys()]);
    const total = (m: Map<string, Shape>) => [...m.values()].reduce((n, s) => n + pointCount(s), 0);
    expect(total(overview.countries)).toBeLessThan(total(world.countries) / 2.5);
    expect(kib(collection(overview.countries))).toBeLessThan(kib(collection(world.countries)) / 2);
  });

  it('never turns a tiny shape inside out (British Indian Ocean Territory would fill the globe)', () => {
    // A ring that rounding to 0.1° folds over covers the rest of the sphere in d3-geo.
    const inverted = [...overview.countries].filter(([, s]) => geoArea(s) > 2 * Math.PI).map(([code]) => code);
    expect(inverted).toEqual([]);
    expect(geoArea(overview.countries.get('IO')!)).toBeLessThan(1e-4);
  });

  it('still keeps holes and cuts at the antimeridian', () => {
    expect(geoContains(overview.countries.get('ZA')!, [27.48, -29.31])).toBe(false);
    expect(geoContains(overview.countries.get('LS')!, [27.48, -29.31])).toBe(true);
    for (const code of ['RU', 'FJ']) {
      for (const ring of rings(overview.countries.get(code)!)) {
        for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!), code).toBeLessThanOrEqual(180);
      }
    }
  });
});
