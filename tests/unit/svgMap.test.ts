// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountriesCollection, CountryPaint } from '../../src/map/contract';
import { lightPalette } from '../../src/map/style';
import { renderMapSvg, type SvgMapInput } from '../../src/render/svgMap';

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
