/**
 * The places the letter does not name, and the nearest named places the search offers
 * instead (src/pipeline/unnamed.ts), on the real letter, gazetteer and Natural Earth borders.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/pipeline/atlas';
import { prepareWorld } from '../../src/pipeline/geometry';
import { createLetterBuilder } from '../../src/pipeline/letter';
import { MAX_COUNTRIES, MAX_GROUPINGS } from '../../src/pipeline/unnamed';
import { unnamedForAtlas } from '../../src/pipeline/unnamedForAtlas';
import { gazetteer, LETTER_TEXT, library, reference } from './reference';

const topology = JSON.parse(readFileSync(new URL('../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'));
const world = prepareWorld(topology, { extraPoints: reference.points });
const build = createLetterBuilder({ gazetteer, themes: reference.themes, rules: reference.rules });
const doc = build({ id: 'bbz', file: 'seeds/bbz.txt', text: LETTER_TEXT });
const out = buildAtlas({ documents: [doc], themes: reference.themes, regions: reference.regions, names: reference.names, libraryNames: library, world });
const countries = out.countries.features.map((f) => f.properties);
const index = unnamedForAtlas(out, reference, library, world.neighbours);
const place = (id: string) => index.places.find((p) => p.id === id);

describe('land borders from the topology', () => {
  it('knows who borders whom', () => {
    expect(world.neighbours('NL')).toEqual(['BE', 'DE']);
    expect(world.neighbours('KZ')).toEqual(expect.arrayContaining(['CN', 'KG', 'RU', 'TM', 'UZ']));
    expect(world.neighbours('IS'), 'an island has none').toEqual([]);
  });
});

describe('places the letter does not name', () => {
  it('holds every country without a direct mention and no country the letter names', () => {
    const direct = countries.filter((c) => (c.direct.all ?? 0) > 0).map((c) => c.iso2);
    expect(direct).toContain('UA');
    for (const iso2 of direct) expect(place(iso2), iso2).toBeUndefined();
    for (const iso2 of ['KZ', 'ML', 'DK', 'GL']) expect(place(iso2)?.kind, iso2).toBe('country');
    expect(place('NL'), 'the author').toBeUndefined();
  });

  it('holds the regions and organisations of the gazetteer the letter never mentions, none that it does', () => {
    const named = new Set(out.atlas.regions.map((r) => r.id));
    const unnamed = reference.regions.filter((r) => !named.has(r.id)).map((r) => r.id);
    expect(unnamed).toContain('sahel');
    expect(index.places.filter((p) => p.kind !== 'country').map((p) => p.id)).toEqual(unnamed.sort());
  });

  it('the Sahel: in a sentence with its article, findable by its other names, Africa as nearest', () => {
    expect(place('sahel')).toMatchObject({
      kind: 'region',
      name: { nl: 'Sahel', en: 'Sahel' },
      phrase: { nl: 'de Sahel', en: 'the Sahel' },
      regions: ['africa'],
      countries: [],
    });
    expect(place('sahel')!.aka).toEqual(expect.arrayContaining(['Sahelregio', 'Sahellanden', 'Sahel region']));
  });

  it('a country never reached: its named neighbours (Kazakhstan: China, Russia)', () => {
    expect(place('KZ')).toMatchObject({ name: { nl: 'Kazachstan', en: 'Kazakhstan' }, regions: [], countries: ['CN', 'RU'] });
    expect(place('KZ')!.phrase, 'no article').toBeUndefined();
  });

  it('a country reached through groupings: regions before organisations, the smallest first, then neighbours', () => {
    expect(place('AT')).toMatchObject({ regions: ['europe', 'eu', 'oecd'], countries: ['CH', 'DE', 'IT'] });
    expect(place('ML')).toMatchObject({ regions: ['africa', 'icc'], countries: [] });
  });

  it('a grouping: closest overlap first, like with like (GCC ↔ Gulf region is the same set of states)', () => {
    expect(place('balkans')!.regions.slice(0, 2)).toEqual(['western-balkans', 'europe']);
    expect(place('gcc')!.regions).toEqual(['gulf']);
    expect(place('g7')).toMatchObject({ phrase: { nl: 'de G7', en: 'the G7' }, countries: ['CA', 'DE', 'FR', 'GB'] });
  });

  it('never offers more than a few places, only named ones, never the Netherlands', () => {
    const namedRegions = new Set(out.atlas.regions.map((r) => r.id));
    const namedCountries = new Set(countries.filter((c) => (c.direct.all ?? 0) > 0 && !c.home).map((c) => c.iso2));
    for (const p of index.places) {
      expect(p.regions.length).toBeLessThanOrEqual(MAX_GROUPINGS);
      expect(p.countries.length).toBeLessThanOrEqual(MAX_COUNTRIES);
      for (const r of p.regions) expect(namedRegions.has(r), `${p.id} → ${r}`).toBe(true);
      for (const c of p.countries) expect(namedCountries.has(c), `${p.id} → ${c}`).toBe(true);
    }
    expect(place('BE')!.countries).not.toContain('NL');
  });
});
