/** URL keys of the classroom features: present, contrast, read, walk (with passage). */
import { describe, expect, it } from 'vitest';
import type { KnownIds } from '../../src/app/data/model';
import { parseContrast, parsePresent } from '../../src/app/url/classroom';
import { parseUrlState } from '../../src/app/url/parse';
import { historyMode, serializeUrlState, withForeignParams } from '../../src/app/url/serialize';
import { embedUrl, shareUrl } from '../../src/app/share/links';
import { PERSISTENCE } from '../../src/app/url/persistence';
import { baseDefaults, type UrlState } from '../../src/app/url/state';

/** A passage key of the seed letter; bare ids in the inputs below are old links (migrated). */
const K = (id: string) => `beleidsbrief-buitenlandse-zaken-2026/${id}`;
const known: KnownIds = {
  themes: new Set(['security']),
  countries: new Set(['UA']),
  regions: new Set(['eu']),
  passages: new Set([K('2.2.1'), K('3.1.3')]),
  // One letter, as the seeds hold today: it is the newest, so letter= is never written.
  letters: new Set([K('').slice(0, -1)]),
  newest: K('').slice(0, -1),
  steps: 20,
};
const defaults = baseDefaults('nl');
const state = (s: Partial<UrlState>): UrlState => ({ ...defaults, ...s });

describe('parse', () => {
  const cases: [string, string, Partial<UrlState>][] = [
    ['present step', '?present=3', { present: 3 }],
    ['present last step', '?present=20', { present: 20 }],
    ['present beyond the last step', '?present=21', {}],
    ['present zero', '?present=0', {}],
    ['present negative', '?present=-1', {}],
    ['present not a number', '?present=abc', {}],
    ['present decimal', '?present=2.5', {}],
    ['present exponent', '?present=1e1', {}],
    ['present huge', `?present=${'9'.repeat(600)}`, {}],
    ['present markup', '?present=%3Cscript%3E', {}],
    ['contrast high', '?present=3&contrast=high', { present: 3, contrast: 'high' }],
    ['contrast upper case', '?present=3&contrast=HIGH', { present: 3, contrast: 'high' }],
    ['contrast unknown', '?present=3&contrast=extreme', { present: 3 }],
    ['contrast without a presentation', '?contrast=high', {}],
    ['contrast with a step out of range', '?present=21&contrast=high', {}],
    ['read', '?read=1', { read: true }],
    ['read other value', '?read=yes', {}],
    ['walk with passage', '?passage=2.2.1&walk=1', { passage: K('2.2.1'), walk: true }],
    ['walk without passage', '?walk=1', {}],
    ['walk with unknown passage', '?passage=9.9.9&walk=1', {}],
    ['walk with malformed passage', '?passage=%3Cimg%3E&walk=1', {}],
    ['walk other value', '?passage=2.2.1&walk=true', { passage: K('2.2.1') }],
    ['everything', '?present=2&contrast=high&read=1&passage=3.1.3&walk=1', { present: 2, contrast: 'high', read: true, passage: K('3.1.3'), walk: true }],
  ];
  it.each(cases)('%s', (_n, search, expected) => {
    expect(parseUrlState(search, known)).toEqual(expected);
  });

  it('accepts any step 1..999 before the data says how many there are', () => {
    expect(parsePresent('40')).toBe(40);
    expect(parsePresent('40', 20)).toBeNull();
    expect(parsePresent('1000')).toBeNull();
    expect(parseContrast(null)).toBeNull();
  });
});

describe('serialize', () => {
  it.each([
    ['defaults write nothing', state({}), ''],
    ['present', state({ present: 4 }), '?present=4'],
    ['contrast', state({ present: 2, contrast: 'high' }), '?present=2&contrast=high'],
    ['contrast ends with the presentation', state({ contrast: 'high' }), ''],
    ['read', state({ read: true }), '?read=1'],
    ['walk needs its passage', state({ walk: true }), ''],
    ['walk', state({ passage: K('2.2.1'), walk: true, country: 'UA' }), '?country=UA&passage=beleidsbrief-buitenlandse-zaken-2026/2.2.1&walk=1'],
  ] as const)('%s', (_n, s, expected) => {
    expect(serializeUrlState(s, defaults)).toBe(expected);
  });

  it('round-trips', () => {
    for (const s of [state({ present: 7, contrast: 'high' }), state({ read: true, country: 'UA' }), state({ passage: K('3.1.3'), walk: true })]) {
      expect({ ...defaults, ...parseUrlState(serializeUrlState(s, defaults), known) }).toEqual(s);
    }
  });

  it('each step and each walk move is its own history entry', () => {
    expect(historyMode(state({ present: 1 }), state({ present: 2 }))).toBe('push');
    expect(historyMode(state({ passage: K('2.2.1'), walk: true }), state({ passage: K('3.1.3'), walk: true, view: { lng: 1, lat: 2, zoom: 3 } }))).toBe('push');
  });

  it('rewrites its own keys and keeps foreign ones', () => {
    expect(withForeignParams('?present=2', '?present=1&debug=map')).toBe('?present=2&debug=map');
  });

  it('the keys travel in shared links but not into embed codes', () => {
    const s = state({ present: 2, contrast: 'high', read: true, passage: K('2.2.1'), walk: true });
    expect(shareUrl('https://example.org/', s, defaults)).toBe(`https://example.org/?passage=${K('2.2.1')}&present=2&contrast=high&read=1&walk=1`);
    expect(embedUrl('https://example.org/', s, defaults, { controls: null, interactive: true, scheme: null })).toBe(`https://example.org/?lang=nl&passage=${K('2.2.1')}&embed=1`);
    for (const k of ['present', 'contrast', 'read', 'walk'] as const) expect(PERSISTENCE[k]).toEqual(['url', 'link']);
  });
});
