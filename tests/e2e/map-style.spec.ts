/**
 * Node-only checks of the pure map modules against the real generated data
 * (no browser page): the style is valid and self-contained, micro-states get
 * dots. (Framing, main bodies and the antimeridian: tests/unit/framing.test.ts.)
 * They live here because src/map is owned by the map journeys.
 */
import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { expect, test } from '@playwright/test';
import type { CountriesCollection } from '../../src/map/contract';
import { buildPoints } from '../../src/map/points';
import { buildStyle, DEFERRED_LAYERS, LAYER } from '../../src/map/style';

const countries = JSON.parse(readFileSync('public/data/countries.geojson', 'utf8')) as CountriesCollection;

test.describe('map style and geometry helpers', () => {
  for (const lang of ['nl', 'en'] as const) {
    test(`style (${lang}) is valid and fetches nothing`, () => {
      const style = buildStyle({ lang });
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
      expect(style).not.toHaveProperty('glyphs');
      expect(style).not.toHaveProperty('sprite');
      expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//);
      const labels = style.layers.find((l) => l.id === LAYER.labels);
      expect(JSON.stringify(labels)).toContain(lang === 'en' ? 'name_en' : 'name_nl');
    });
  }

  test('only labels and outlines wait until after map:ready', () => {
    const hidden = buildStyle({ lang: 'nl' })
      .layers.filter((l) => 'layout' in l && l.layout && 'visibility' in l.layout && l.layout.visibility === 'none')
      .map((l) => l.id)
      .sort();
    expect(hidden).toEqual([...DEFERRED_LAYERS, LAYER.regions].sort());
  });

  test('micro-states get a dot at world zoom, large countries do not', () => {
    const points = new Map(buildPoints(countries).features.map((f) => [f.properties.iso2, f.properties]));
    expect(points.size).toBe(countries.features.length);
    for (const iso2 of ['MT', 'SG', 'AW', 'SX', 'BQ', 'LU']) {
      expect(points.get(iso2)?.small, iso2).toBe(true);
      expect(points.get(iso2)!.dotUntil, iso2).toBeGreaterThan(2);
    }
    for (const iso2 of ['FR', 'DE', 'UA', 'US', 'NL']) expect(points.get(iso2)?.small, iso2).toBe(false);
  });
});
