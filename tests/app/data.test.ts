import { describe, expect, it } from 'vitest';
import { coMentions, countFor, passagesPerTheme, topCountries } from '../../src/app/data/counts';
import { DataLoadError, loadAtlasData, withProperties } from '../../src/app/data/load';
import type { CountriesCollection } from '../../src/map/contract';
import { passagesFor, regionPlaces, sectionTitles } from '../../src/app/data/model';
import { buildRows, sortRows } from '../../src/app/list/rows';
import { segmentText } from '../../src/app/panel/segments';
import { regionsForMap } from '../../src/app/hooks/useRegions';
import { fixtureFetcher, fixtureModel } from './helpers';

const model = fixtureModel();

describe('counts', () => {
  it('uses the all count when no theme is selected', () => {
    expect(countFor({ all: 3, a: 2, b: 2 }, [])).toBe(3);
    expect(countFor({ all: 3, a: 2, b: 2 }, ['a', 'b'])).toBe(4);
    expect(countFor({ all: 3 }, ['missing'])).toBe(0);
  });

  it('co-mentions leave out the country itself and the home country', () => {
    const co = coMentions(model, 'UA');
    expect(co.map((c) => c.iso2)).toEqual(['RU', 'US']);
    expect(co[0]).toEqual({ iso2: 'RU', passages: 2 });
  });

  it('top countries never include the home country', () => {
    const top = topCountries(model, 3).map((c) => c.iso2);
    expect(top[0]).toBe('UA');
    expect(top).not.toContain('NL');
  });

  it('counts passages per theme', () => {
    expect(passagesPerTheme(model).get('security')).toBe(11);
  });

  it('keeps letter order and section headings', () => {
    const entries = passagesFor(model, [...model.countryById.get('UA')!.passages].reverse());
    expect(entries.map((e) => e.passage.id)).toEqual(['2.1.1', '2.2.1', '2.12.1']);
    expect(sectionTitles(model, entries[1]!)).toEqual(['2. Wat we gaan doen', 'We blijven Oekraïne steunen']);
  });
});

describe('segmentText', () => {
  it('splits at overlapping spans and marks', () => {
    const segs = segmentText('abcdefgh', [{ start: 2, end: 6, kind: 'emphasis' }], [{ start: 4, end: 8 }]);
    expect(segs.map((s) => [s.text, s.emphasis, s.mark])).toEqual([
      ['ab', false, false],
      ['cd', true, false],
      ['ef', true, true],
      ['gh', false, true],
    ]);
  });
  it('ignores ranges outside the text', () => {
    expect(segmentText('abc', [], [{ start: 2, end: 9 }, { start: -1, end: 1 }])).toHaveLength(1);
  });
  it('inserts zero-length footnote refs (marker removed from the text) as numbered segments', () => {
    const segs = segmentText('abc. def', [{ start: 4, end: 4, kind: 'footnote-ref', ref: 3 }, { start: 8, end: 8, kind: 'footnote-ref', ref: 4 }], []);
    expect(segs.map((s) => [s.text, s.footnote])).toEqual([
      ['abc.', null],
      ['3', 3],
      [' def', null],
      ['4', 4],
    ]);
  });
  it('carries footnote numbers', () => {
    const segs = segmentText('x¹', [{ start: 1, end: 2, kind: 'footnote-ref', ref: 1 }], []);
    expect(segs[1]?.footnote).toBe(1);
  });
});

describe('list rows', () => {
  it('with a theme filter, only rows with mentions under it remain', () => {
    const all = buildRows(model, [], 'nl');
    const freedoms = buildRows(model, ['freedoms'], 'nl');
    expect(freedoms.length).toBeLessThan(all.length);
    expect(freedoms.find((r) => r.id === 'UA')?.mentions).toBe(1);
    expect(freedoms.find((r) => r.id === 'CN')).toBeUndefined();
  });
  it('sorts by name in the UI language', () => {
    const sorted = sortRows(buildRows(model, [], 'en'), 'name', 'ascending', 'en').map((r) => r.name);
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('loadAtlasData', () => {
  it('fetches the index, the shapes and the one letter relative to the page', async () => {
    const f = fixtureFetcher();
    const data = await loadAtlasData(f, './');
    expect(f.calls.sort()).toEqual(['./data/atlas.json', './data/countries.topo.json', './data/letters/beleidsbrief-buitenlandse-zaken-2026.json']);
    expect(data.atlas.themes.length).toBe(9);
  });
  it('names the file that failed', async () => {
    await expect(loadAtlasData(fixtureFetcher(new Set(['letters/beleidsbrief-buitenlandse-zaken-2026.json'])))).rejects.toMatchObject({ file: 'letters/beleidsbrief-buitenlandse-zaken-2026.json' });
    await expect(loadAtlasData(async () => Promise.reject(new TypeError('offline')))).rejects.toBeInstanceOf(DataLoadError);
  });
  it('fetches the detailed shapes only when asked, once, and again after a failure', async () => {
    const fail = new Set(['countries-detail.topo.json']);
    const f = fixtureFetcher(fail);
    const data = await loadAtlasData(f, './');
    const detailCalls = () => f.calls.filter((c) => c.endsWith('countries-detail.topo.json')).length;
    expect(detailCalls()).toBe(0);
    await expect(data.detail!()).rejects.toMatchObject({ file: 'countries-detail.topo.json' });
    fail.clear();
    const [a, b] = await Promise.all([data.detail!(), data.detail!()]);
    expect(a).toBe(b);
    expect(detailCalls()).toBe(2);
    expect(a.features.map((x) => x.properties.iso2)).toEqual(data.countries.features.map((x) => x.properties.iso2));
  });
  it('fetches the unnamed places only when asked, once, and again after a failure', async () => {
    const fail = new Set(['unnamed.json']);
    const f = fixtureFetcher(fail);
    const data = await loadAtlasData(f, './');
    const calls = () => f.calls.filter((c) => c === './data/unnamed.json').length;
    expect(calls()).toBe(0);
    await expect(data.unnamed!()).rejects.toMatchObject({ file: 'unnamed.json' });
    fail.clear();
    const [a, b] = await Promise.all([data.unnamed!(), data.unnamed!()]);
    expect(a).toBe(b);
    expect(calls()).toBe(2);
    expect(a.places.find((p) => p.id === 'sahel')?.phrase).toEqual({ nl: 'de Sahel', en: 'the Sahel' });
  });
});

describe('withProperties', () => {
  const square = (x: number, size: number) => ({
    type: 'Polygon' as const,
    coordinates: [[[x, 0], [x + size, 0], [x + size, size], [x, size], [x, 0]]],
  });
  const props = model.countryById.get('UA')!;
  const overview: CountriesCollection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 'UA', properties: props, geometry: square(30, 10) },
      { type: 'Feature', id: 'BQ', properties: { ...props, iso2: 'BQ' }, geometry: { type: 'Point', coordinates: [-68.3, 12.2] } },
    ],
  };
  it('takes the detailed geometry and the overview properties; points stay points', () => {
    const detail = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'UA', properties: { iso2: 'UA' }, geometry: square(31, 9) },
        { type: 'Feature', id: 'XX', properties: { iso2: 'XX' }, geometry: square(0, 1) },
      ],
    } as unknown as CountriesCollection;
    const out = withProperties(detail, overview);
    expect(out.features.map((f) => f.properties.iso2)).toEqual(['UA', 'BQ']);
    expect(out.features[0]!.geometry).toEqual(square(31, 9));
    expect(out.features[0]!.properties).toBe(props);
    expect(out.features[1]!.geometry.type).toBe('Point');
  });
});

describe('regionsForMap', () => {
  const all = {
    type: 'FeatureCollection' as const,
    features: ['eu', 'nato'].map((id) => ({
      type: 'Feature' as const,
      id,
      properties: { id, type: 'organisation' as const, name_nl: id, name_en: id },
      geometry: { type: 'Polygon' as const, coordinates: [] },
    })),
  };
  it('shows every outline when the layer is on', () => expect(regionsForMap(all, true, null)).toBe(all));
  it('shows only the selected region when the layer is off', () =>
    expect(regionsForMap(all, false, 'nato')?.features.map((f) => f.id)).toEqual(['nato']));
  it('shows nothing with neither', () => {
    expect(regionsForMap(all, false, null)).toBeNull();
    expect(regionsForMap(null, true, 'eu')).toBeNull();
    expect(regionsForMap(all, false, 'un')).toBeNull();
  });
});

describe('regionPlaces', () => {
  // The map frames these (src/map/framing/); the old label-point view is gone (tests/unit/framing.test.ts).
  it('are the members of a region that the map has', () => {
    expect(regionPlaces(model, 'western-balkans')).toEqual(['AL', 'BA', 'ME', 'MK', 'RS', 'XK']);
    expect(regionPlaces(model, 'nato')).toContain('US');
  });
  it('are none for open-ended groupings and unknown ids', () => {
    expect(regionPlaces(model, 'un')).toEqual([]);
    expect(regionPlaces(model, 'nope')).toEqual([]);
  });
});
