import { describe, expect, it } from 'vitest';
import type { KnownIds } from '../../src/app/data/model';
import { migrate, MIGRATIONS } from '../../src/app/url/migrations';
import { parseUrlState, parseView } from '../../src/app/url/parse';
import { historyMode, serializeUrlState, withForeignParams } from '../../src/app/url/serialize';
import { PERSISTENCE, URL_KEYS } from '../../src/app/url/persistence';
import { baseDefaults, type UrlState } from '../../src/app/url/state';

const known: KnownIds = {
  themes: new Set(['security', 'prosperity', 'freedoms', 'partnerships']),
  countries: new Set(['UA', 'RU', 'NL', 'DE', 'XK']),
  regions: new Set(['eu', 'western-balkans']),
};
const defaults = baseDefaults('nl');
const state = (s: Partial<UrlState>): UrlState => ({ ...defaults, ...s });

describe('parseUrlState', () => {
  const cases: [string, string, Partial<UrlState>][] = [
    ['empty', '', {}],
    ['lang en', '?lang=en', { lang: 'en' }],
    ['lang upper case', '?lang=EN', { lang: 'en' }],
    ['unknown lang', '?lang=de', {}],
    ['themes', '?themes=security,freedoms', { themes: ['security', 'freedoms'] }],
    ['themes with unknown and duplicates', '?themes=security,nope,security', { themes: ['security'] }],
    ['themes all known → canonical all', '?themes=security,prosperity,freedoms,partnerships', { themes: [] }],
    ['themes script tag', '?themes=%3Cscript%3Ealert(1)%3C/script%3E', { themes: [] }],
    ['country', '?country=UA', { country: 'UA', region: null }],
    ['country lower case', '?country=ua', { country: 'UA', region: null }],
    ['unknown country', '?country=ZZ', {}],
    ['country not two letters', '?country=UKR', {}],
    ['country markup', '?country=%3Cimg%20src=x%3E', {}],
    ['region', '?region=eu', { region: 'eu', country: null }],
    ['unknown region', '?region=atlantis', {}],
    ['country wins over region', '?country=DE&region=eu', { country: 'DE', region: null }],
    ['bad country falls back to region', '?country=ZZ&region=eu', { region: 'eu', country: null }],
    ['view', '?view=30.5,49.25,4', { view: { lng: 30.5, lat: 49.25, zoom: 4 } }],
    ['view rounded', '?view=30.5555,49.2222,4.26', { view: { lng: 30.56, lat: 49.22, zoom: 4.3 } }],
    ['view not numbers', '?view=abc', {}],
    ['view two parts', '?view=1,2', {}],
    ['view out of range', '?view=200,0,3', {}],
    ['view NaN/Infinity', '?view=NaN,Infinity,1', {}],
    ['view exponent', '?view=1e3,0,1', {}],
    ['list', '?list=1', { list: true }],
    ['list other value', '?list=yes', {}],
    ['duplicate keys: first wins', '?country=UA&country=RU', { country: 'UA', region: null }],
    ['duplicate lang: first wins', '?lang=de&lang=en', {}],
    ['huge value ignored', `?themes=${'security,'.repeat(5000)}`, {}],
    ['huge country ignored', `?country=${'U'.repeat(100000)}`, {}],
    ['alias land=', '?land=UA', { country: 'UA', region: null }],
    ['alias taal=', '?taal=en', { lang: 'en' }],
    ['country= beats land=', '?land=RU&country=UA', { country: 'UA', region: null }],
    ['alias theme=', '?theme=security', { themes: ['security'] }],
    ['no leading ?', 'lang=en', { lang: 'en' }],
    ['unrelated params', '?debug=map&utm_source=x', {}],
  ];
  it.each(cases)('%s', (_name, search, expected) => {
    expect(parseUrlState(search, known)).toEqual(expected);
  });

  it('never returns values outside the known sets', () => {
    const nasty = ['?themes=__proto__', '?country=__', '?region=constructor', '?region=toString', '?themes=,,,'];
    for (const s of nasty) {
      const r = parseUrlState(s, known);
      for (const t of r.themes ?? []) expect(known.themes.has(t)).toBe(true);
      expect(r.country ?? null).toBeNull();
      expect(r.region ?? null).toBeNull();
    }
  });
});

describe('serializeUrlState', () => {
  const cases: [string, UrlState, string][] = [
    ['defaults write nothing', defaults, ''],
    ['lang differs', state({ lang: 'en' }), '?lang=en'],
    ['themes keep commas', state({ themes: ['security', 'freedoms'] }), '?themes=security,freedoms'],
    ['country', state({ country: 'UA' }), '?country=UA'],
    ['region', state({ region: 'eu' }), '?region=eu'],
    ['view rounded', state({ view: { lng: 5.123456, lat: 52.987, zoom: 3.14159 } }), '?view=5.12,52.99,3.1'],
    ['list', state({ list: true }), '?list=1'],
    [
      'everything, in fixed order',
      state({ lang: 'en', themes: ['security'], country: 'UA', view: { lng: 1, lat: 2, zoom: 3 }, list: true }),
      '?lang=en&themes=security&country=UA&view=1.00,2.00,3.0&list=1',
    ],
  ];
  it.each(cases)('%s', (_name, s, expected) => {
    expect(serializeUrlState(s, defaults)).toBe(expected);
  });

  it('writes lang=nl when the browser default is English', () => {
    expect(serializeUrlState(state({ lang: 'nl' }), baseDefaults('en'))).toBe('?lang=nl');
  });
});

describe('round trip', () => {
  const states: UrlState[] = [
    defaults,
    state({ lang: 'en' }),
    state({ themes: ['prosperity', 'security'] }),
    state({ country: 'XK', list: true }),
    state({ region: 'western-balkans', themes: ['freedoms'] }),
    state({ view: { lng: -12.34, lat: 56.78, zoom: 2.5 } }),
    state({ lang: 'en', themes: ['security'], country: 'UA', view: { lng: 31.2, lat: 49, zoom: 4 }, list: true }),
  ];
  it.each(states.map((s) => [serializeUrlState(s, defaults) || '(empty)', s] as const))('%s', (_n, s) => {
    expect({ ...defaults, ...parseUrlState(serializeUrlState(s, defaults), known) }).toEqual(s);
  });
});

describe('migrations', () => {
  it('each migration has an id and names the parameters it reads', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    for (const m of MIGRATIONS) {
      expect(m.id).toMatch(/^[a-z-]+$/);
      expect(m.reads.length).toBeGreaterThan(0);
    }
    expect(new Set(MIGRATIONS.map((m) => m.id)).size).toBe(MIGRATIONS.length);
  });

  it('does not mutate its input', () => {
    const p = new URLSearchParams('land=UA');
    migrate(p);
    expect(p.get('land')).toBe('UA');
  });
});

describe('historyMode', () => {
  it('replaces for map moves only', () => {
    expect(historyMode(defaults, state({ view: { lng: 1, lat: 1, zoom: 1 } }))).toBe('replace');
  });
  it('pushes for selection, filter, list and language changes', () => {
    expect(historyMode(defaults, state({ country: 'UA' }))).toBe('push');
    expect(historyMode(defaults, state({ themes: ['security'] }))).toBe('push');
    expect(historyMode(defaults, state({ list: true }))).toBe('push');
    expect(historyMode(defaults, state({ lang: 'en' }))).toBe('push');
    expect(historyMode(defaults, state({ country: 'UA', view: { lng: 1, lat: 1, zoom: 1 } }))).toBe('push');
  });
  it('does nothing when nothing changed', () => {
    expect(historyMode(state({ themes: ['a'] }), state({ themes: ['a'] }))).toBeNull();
  });
});

describe('withForeignParams', () => {
  it('keeps parameters that are not ours', () => {
    expect(withForeignParams('?country=UA', '?debug=map&country=RU')).toBe('?country=UA&debug=map');
    expect(withForeignParams('', '?debug=map&land=RU')).toBe('?debug=map');
    expect(withForeignParams('?lang=en', '')).toBe('?lang=en');
  });
});

describe('persistence table', () => {
  it('personal preferences live in storage, never in links', () => {
    expect(PERSISTENCE.outlines).toEqual(['storage']);
    expect(URL_KEYS).not.toContain('outlines');
  });
});

describe('parseView', () => {
  it('accepts negative and integer coordinates', () => {
    expect(parseView('-70,-33.5,1')).toEqual({ lng: -70, lat: -33.5, zoom: 1 });
  });
});
