import { describe, expect, it } from 'vitest';
import type { KnownIds } from '../../src/app/data/model';
import { embedUrl, passageUrl, shareUrl, viewUrl } from '../../src/app/share/links';
import { parseControls, parsePassageId, shownControls } from '../../src/app/url/embed';
import { parseUrlState } from '../../src/app/url/parse';
import { serializeUrlState, withForeignParams } from '../../src/app/url/serialize';
import { baseDefaults, type UrlState } from '../../src/app/url/state';

/** A passage key of the seed letter; bare ids in the inputs below are old links (migrated). */
const K = (id: string) => `beleidsbrief-buitenlandse-zaken-2026/${id}`;
const known: KnownIds = {
  themes: new Set(['security', 'migration']),
  countries: new Set(['UA', 'DE']),
  regions: new Set(['eu']),
  passages: new Set([K('2.2.1'), K('1.0.1'), K('2.10.1')]),
  // One letter, as the seeds hold today: it is the newest, so letter= is never written.
  letters: new Set([K('').slice(0, -1)]),
  newest: K('').slice(0, -1),
};
const defaults = baseDefaults('nl');
const state = (s: Partial<UrlState>): UrlState => ({ ...defaults, ...s });

describe('embed and passage keys: parse', () => {
  const cases: [string, string, Partial<UrlState>][] = [
    ['embed', '?embed=1', { embed: true }],
    ['embed other values', '?embed=true', {}],
    ['embed=0 is the default', '?embed=0', {}],
    ['controls', '?controls=panel,legend', { controls: ['legend', 'panel'] }],
    ['controls in any case, unknown dropped', '?controls=SEARCH,%20filter,map,legend', { controls: ['legend', 'search', 'filter'] }],
    ['controls empty = map only', '?controls=', { controls: [] }],
    ['controls all unknown = malformed, ignored', '?controls=foo,bar', {}],
    ['controls markup', '?controls=%3Cscript%3E', {}],
    ['interactive=0', '?interactive=0', { interactive: false }],
    ['interactive other values', '?interactive=no', {}],
    ['scheme dark', '?scheme=dark', { scheme: 'dark' }],
    ['scheme upper case', '?scheme=LIGHT', { scheme: 'light' }],
    ['scheme unknown', '?scheme=sepia', {}],
    ['theme=dark (as embed codes write it) is the scheme', '?theme=dark', { scheme: 'dark' }],
    ['old theme=<id> still filters', '?theme=security', { themes: ['security'] }],
    ['scheme= beats theme=', '?scheme=light&theme=dark', { scheme: 'light' }],
    ['passage', '?passage=2.2.1', { passage: K('2.2.1') }],
    ['passage key', `?passage=${K('2.10.1')}`, { passage: K('2.10.1') }],
    ['passage key, slash escaped', `?passage=${K('2.10.1').replace('/', '%2F')}`, { passage: K('2.10.1') }],
    ['passage key of an unknown letter', '?passage=andere-brief/2.2.1', {}],
    ['passage key with markup in the letter id', '?passage=%3Cimg%3E/2.2.1', {}],
    ['passage unknown', '?passage=9.9.9', {}],
    ['passage malformed', '?passage=2.2.1%22%3E%3Cimg', {}],
    ['passage not an id', '?passage=..', {}],
    ['passage huge', `?passage=${'1.'.repeat(400)}1`, {}],
    ['everything', '?country=UA&passage=2.2.1&embed=1&controls=legend&interactive=0&scheme=dark', {
      country: 'UA', region: null, passage: K('2.2.1'), embed: true, controls: ['legend'], interactive: false, scheme: 'dark',
    }],
  ];
  it.each(cases)('%s', (_n, search, expected) => {
    expect(parseUrlState(search, known)).toEqual(expected);
  });

  it('without known passages (before the data is in), any well-formed key passes', () => {
    expect(parsePassageId('brief-2027/3.1.2')).toBe('brief-2027/3.1.2');
    expect(parsePassageId('brief-2027/3.1.2', new Set())).toBeNull();
    expect(parsePassageId('Brief 2027/3.1.2')).toBeNull();
    expect(parsePassageId('javascript:alert(1)')).toBeNull();
  });

  it('parseControls keeps a fixed order', () => {
    expect(parseControls('filter,search,panel,legend')).toEqual(['legend', 'panel', 'search', 'filter']);
  });

  it('shownControls: default legend and panel; an explicit list means exactly that', () => {
    expect([...shownControls({ controls: null })]).toEqual(['legend', 'panel']);
    expect([...shownControls({ controls: ['search'] })]).toEqual(['search']);
    expect([...shownControls({ controls: [] })]).toEqual([]);
  });
});

describe('embed and passage keys: serialize', () => {
  const cases: [string, UrlState, string][] = [
    ['defaults write nothing', defaults, ''],
    ['embed', state({ embed: true }), '?embed=1'],
    ['controls in fixed order', state({ embed: true, controls: ['search', 'legend'] }), '?embed=1&controls=legend,search'],
    ['controls empty', state({ embed: true, controls: [] }), '?embed=1&controls='],
    ['static', state({ embed: true, interactive: false }), '?embed=1&interactive=0'],
    ['scheme', state({ embed: true, scheme: 'dark' }), '?embed=1&scheme=dark'],
    ['passage after the view keys', state({ country: 'UA', passage: K('2.2.1') }), '?country=UA&passage=beleidsbrief-buitenlandse-zaken-2026/2.2.1'],
  ];
  it.each(cases)('%s', (_n, s, expected) => {
    expect(serializeUrlState(s, defaults)).toBe(expected);
  });

  it('round-trips', () => {
    const s = state({ lang: 'en', country: 'UA', passage: K('2.2.1'), embed: true, controls: ['panel', 'filter'], interactive: false, scheme: 'light' });
    expect({ ...defaults, ...parseUrlState(serializeUrlState(s, defaults), known) }).toEqual(s);
  });

  it('Pym.js parameters survive the canonical rewrite; ours are never duplicated', () => {
    expect(withForeignParams('?embed=1', '?embed=1&initialWidth=640&childId=atlas')).toBe('?embed=1&initialWidth=640&childId=atlas');
    expect(withForeignParams('?scheme=dark', '?theme=dark')).toBe('?scheme=dark');
  });
});

describe('links', () => {
  const href = 'https://example.org/atlas/?country=UA&debug=map#x';
  const s = state({ country: 'UA', themes: ['security'], embed: true, controls: ['legend'], interactive: false, scheme: 'dark' });

  it('the full view drops embed keys and foreign parameters, keeps the view', () => {
    expect(viewUrl(href, s, defaults)).toBe('https://example.org/atlas/?themes=security&country=UA');
    expect(shareUrl(href, state({ country: 'DE' }), defaults)).toBe('https://example.org/atlas/?country=DE');
  });

  it('on a baked page showing its own place, the link is the page’s canonical address', () => {
    const page = { state: { lang: 'nl' as const, country: 'UA', region: null }, path: '/land/oekraine/', root: '/' };
    const here = 'https://example.org/land/oekraine/';
    expect(viewUrl(here, state({ country: 'UA' }), defaults, {}, page)).toBe('https://example.org/land/oekraine/');
    expect(viewUrl(here, state({ country: 'UA', themes: ['security'] }), defaults, {}, page)).toBe('https://example.org/land/oekraine/?themes=security');
    // Another place: the site root with the whole state, never the page's path with a second place.
    expect(viewUrl(here, state({ country: 'DE' }), defaults, {}, page)).toBe('https://example.org/?country=DE');
    expect(viewUrl(here, state({ country: 'UA', lang: 'en' }), defaults, {}, page)).toBe('https://example.org/?lang=en&country=UA');
  });

  it('on a built site an embed loads the unbaked embed page, and its full view is the site', () => {
    const page = { state: { lang: 'nl' as const, country: 'UA', region: null }, path: '/land/oekraine/', root: '/' };
    const code = embedUrl('https://example.org/land/oekraine/', state({ country: 'UA' }), defaults, { controls: null, interactive: true, scheme: null }, page);
    expect(code).toBe('https://example.org/embed/?lang=nl&country=UA&embed=1');
    expect(viewUrl(code, state({ country: 'UA' }), defaults, {}, null)).toBe('https://example.org/?country=UA');
  });

  it('a passage link is the view plus passage=', () => {
    expect(passageUrl(href, state({ country: 'UA' }), defaults, K('2.2.1'))).toBe('https://example.org/atlas/?country=UA&passage=beleidsbrief-buitenlandse-zaken-2026/2.2.1');
  });

  it('an embed always carries its language', () => {
    expect(embedUrl(href, state({ country: 'UA' }), defaults, { controls: null, interactive: true, scheme: null })).toBe(
      'https://example.org/atlas/?lang=nl&country=UA&embed=1',
    );
    expect(embedUrl(href, state({ lang: 'en' }), defaults, { controls: ['legend'], interactive: false, scheme: 'dark' })).toBe(
      'https://example.org/atlas/?lang=en&embed=1&controls=legend&interactive=0&scheme=dark',
    );
  });
});
