// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountriesCollection, CountryPaint } from '../../src/map/contract';
import { lightPalette } from '../../src/map/style';
import { fitViewProjection, visibleBounds } from '../../src/render/project';
import { mapFrameOf, renderMapSvg, type SvgMapInput } from '../../src/render/svgMap';

// The generated layer: `npm test` runs `npm run data` before the tests.
const countries = JSON.parse(readFileSync('public/data/countries.geojson', 'utf8')) as CountriesCollection;

const paint = new Map<string, CountryPaint>([
  ['UA', { fill: '#08519c', viaOnly: false }],
  ['MT', { fill: '#6baed6', viaOnly: false }],
  ['DK', { fill: lightPalette.land, viaOnly: true }],
]);
const input: SvgMapInput = {
  countries,
  paint,
  legend: { classes: [{ min: 1, max: 2, colour: '#6baed6' }, { min: 3, max: 7, colour: '#08519c' }], hasViaOnly: true, homeColour: lightPalette.home, viaOnlyColour: lightPalette.land },
  palette: lightPalette,
  selected: 'UA',
  width: 1200,
  height: 700,
  text: {
    title: 'Beleidsatlas: Oekraïne',
    subtitle: "Thema's: Oekraïne en Rusland",
    legendTitle: 'Vermeldingen',
    classLabels: ['1–2', '3–7'],
    viaOnlyLabel: 'Alleen via regio of organisatie',
    homeLabel: 'Nederland (afzender)',
    source: 'Bron: Beleidsbrief Buitenlandse Zaken 2026, Kamerstuk 36 800 V, nr. 103 · Natural Earth',
    date: '29 november 2026',
    description: 'Wereldkaart van vermeldingen per land',
  },
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('renderMapSvg', () => {
  const svg = renderMapSvg(input);
  const doc = parse(svg);

  it('is well-formed SVG of the requested size', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('1200');
    expect(root.getAttribute('viewBox')).toBe('0 0 1200 700');
  });

  it('bakes in title, themes, legend, source and date', () => {
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining([input.text.title, input.text.subtitle, 'Vermeldingen', '1–2', '3–7', input.text.viaOnlyLabel, input.text.homeLabel, input.text.source, input.text.date]));
  });

  it('fills mentioned countries, hatches via-only ones and marks home', () => {
    const fills = [...doc.getElementsByTagName('path')].map((p) => p.getAttribute('fill'));
    expect(fills).toContain('#08519c');
    expect(fills).toContain('url(#via-hatch)');
    expect(fills).toContain(lightPalette.home);
  });

  it('outlines the selected country', () => {
    const outlines = [...doc.getElementsByTagName('path')].filter((p) => p.getAttribute('stroke') === lightPalette.selected);
    expect(outlines).toHaveLength(1);
  });

  it('gives tiny mentioned countries a dot (Malta)', () => {
    expect([...doc.getElementsByTagName('circle')].some((c) => c.getAttribute('fill') === '#6baed6')).toBe(true);
  });

  it('draws all text in regular Noto Sans, the one weight that ships (and the PNG embeds)', () => {
    expect(doc.documentElement.getAttribute('font-family')).toMatch(/^'Noto Sans',/);
    const weights = [...doc.querySelectorAll('[font-weight]')].map((e) => e.getAttribute('font-weight'));
    expect(weights.filter((w) => w !== '400' && w !== 'normal'), 'no bold for the browser to fake').toEqual([]);
  });

  it('never turns text into markup', () => {
    const hostile = parse(renderMapSvg({ ...input, text: { ...input.text, title: '<script>alert(1)</script>&' } }));
    expect(hostile.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(hostile.getElementsByTagName('script')).toHaveLength(0);
    expect(hostile.getElementsByTagName('title')[0]!.textContent).toBe('<script>alert(1)</script>&');
  });
});

describe('the current view (export of what you see)', () => {
  // The live map framing Europe: 1000 × 700 px at zoom 3, centred on Germany.
  const europe = visibleBounds({ lng: 10, lat: 50, zoom: 3 }, { width: 1000, height: 700 });
  const doc = parse(renderMapSvg({ ...input, view: europe }));
  const drawn = new Set([...doc.querySelectorAll('path > title')].map((t) => t.textContent));
  const frame = mapFrameOf(input.width, input.height);

  it('spans what a Web Mercator map of that size shows at that zoom', () => {
    // 512 px per 360° at zoom 0, 4096 px at zoom 3: 1000 px cover 87.9° of longitude.
    expect(europe.east - europe.west).toBeCloseTo((1000 / 4096) * 360, 5);
    expect((europe.east + europe.west) / 2).toBeCloseTo(10, 5);
    // Mercator stretches the north: more latitude below the centre than above it.
    expect(europe.north).toBeGreaterThan(50);
    expect(europe.south).toBeLessThan(50);
    expect(50 - europe.south).toBeGreaterThan(europe.north - 50);
    const wider = visibleBounds({ lng: 10, lat: 50, zoom: 2 }, { width: 1000, height: 700 });
    expect(wider.east - wider.west).toBeCloseTo(2 * (europe.east - europe.west), 5);
  });

  it('draws Germany, Ukraine and the Netherlands, and not Australia or the United States', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    for (const iso2 of ['DE', 'FR', 'PL']) expect(drawn.has(iso2), iso2).toBe(true);
    expect(doc.querySelector(`path[fill="${lightPalette.home}"]`), 'the Netherlands').not.toBeNull();
    for (const iso2 of ['AU', 'US', 'BR', 'JP']) expect(drawn.has(iso2), iso2).toBe(false);
    // Far fewer shapes than the world (246).
    expect(drawn.size).toBeLessThan(120);
  });

  it('projects the view into the map frame: its centre to the frame centre, nothing outside', () => {
    const projection = fitViewProjection(europe, frame);
    const [cx, cy] = projection([(europe.west + europe.east) / 2, (europe.north + europe.south) / 2])!;
    expect(cx).toBeCloseTo(frame.x + frame.width / 2, 0);
    const [, top] = projection([10, europe.north])!;
    const [, bottom] = projection([10, europe.south])!;
    expect(top).toBeGreaterThanOrEqual(frame.y - 0.5);
    expect(bottom).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
    expect(cy).toBeGreaterThan(top);
    for (const c of doc.getElementsByTagName('circle')) {
      const [x, y] = [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))];
      expect(x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height).toBe(true);
    }
  });

  it('outlines the selected country when it is in view', () => {
    const outlines = [...doc.getElementsByTagName('path')].filter((p) => p.getAttribute('stroke') === lightPalette.selected);
    expect(outlines).toHaveLength(1);
  });

  it('a view across the antimeridian stays in one piece: Fiji and New Zealand, not Europe', () => {
    const pacific = visibleBounds({ lng: 178, lat: -25, zoom: 2.5 }, { width: 900, height: 600 });
    expect(pacific.east).toBeGreaterThan(180);
    const names = new Set([...parse(renderMapSvg({ ...input, view: pacific })).querySelectorAll('path > title')].map((t) => t.textContent));
    for (const iso2 of ['NZ', 'FJ']) expect(names.has(iso2), iso2).toBe(true);
    for (const iso2 of ['DE', 'UA']) expect(names.has(iso2), iso2).toBe(false);
  });
});
