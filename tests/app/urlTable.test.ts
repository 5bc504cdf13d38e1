/**
 * The URL contract as one table (src/app/url/table.ts): every key parsed, written, defaulted
 * and persisted by its row. SAMPLES must name every key (the type says so), so a key added to
 * the table without a sample here does not compile.
 */
import { describe, expect, it } from 'vitest';
import type { KnownIds } from '../../src/app/data/model';
import { embedUrl, shareUrl } from '../../src/app/share/links';
import { createAtlasStore, selectUrlState } from '../../src/app/store/store';
import { MIGRATIONS, SEED_LETTER } from '../../src/app/url/migrations';
import { parseUrlState } from '../../src/app/url/parse';
import { serializeUrlState, withForeignParams } from '../../src/app/url/serialize';
import { PERSISTENCE } from '../../src/app/url/persistence';
import { baseDefaults, type UrlState } from '../../src/app/url/state';
import { URL_FIELDS, URL_TABLE, type UrlField } from '../../src/app/url/table';

const K = (id: string) => `${SEED_LETTER}/${id}`;
const known: KnownIds = {
  themes: new Set(['security', 'migration', 'europe']),
  countries: new Set(['UA', 'DE']),
  regions: new Set(['eu']),
  passages: new Set([K('2.2.1'), 'brief-2027/2.2.1']),
  steps: 12,
  letters: new Set([SEED_LETTER, 'brief-2027']),
  newest: 'brief-2027',
};
const defaults = baseDefaults('nl');
const state = (s: Partial<UrlState>): UrlState => ({ ...defaults, ...s });
const HREF = 'https://example.org/atlas/';

/** Per key: a value other than the default, what the link says for it, and what it needs beside it. */
const SAMPLES: { [F in UrlField]: { value: UrlState[F]; text: string; needs?: Partial<UrlState> } } = {
  lang: { value: 'en', text: 'en' },
  themes: { value: ['migration', 'security'], text: 'migration,security' },
  country: { value: 'UA', text: 'UA' },
  region: { value: 'eu', text: 'eu' },
  view: { value: { lng: 30.52, lat: 50.45, zoom: 4.5 }, text: '30.52,50.45,4.5' },
  list: { value: true, text: '1' },
  letter: { value: SEED_LETTER, text: SEED_LETTER },
  passage: { value: 'brief-2027/2.2.1', text: 'brief-2027/2.2.1' },
  compare: { value: [SEED_LETTER, 'brief-2027'], text: `${SEED_LETTER},brief-2027` },
  embed: { value: true, text: '1' },
  controls: { value: ['legend', 'search'], text: 'legend,search' },
  interactive: { value: false, text: '0' },
  scheme: { value: 'dark', text: 'dark' },
  present: { value: 3, text: '3' },
  contrast: { value: 'high', text: 'high', needs: { present: 3 } },
  read: { value: true, text: '1' },
  walk: { value: true, text: '1', needs: { passage: K('2.2.1'), letter: SEED_LETTER } },
};

const sampled = (k: UrlField) => state({ ...SAMPLES[k].needs, [k]: SAMPLES[k].value });
const params = (url: string) => new URL(url, HREF).searchParams;

describe('the URL table', () => {
  it('the defaults write nothing, and every row’s default is the state’s default', () => {
    expect(serializeUrlState(defaults, defaults)).toBe('');
    for (const k of URL_FIELDS) if (k !== 'lang') expect(defaults[k]).toEqual(URL_TABLE[k].default);
  });

  it.each(URL_FIELDS)('%s: written as the link says it, read back to the same state', (k) => {
    const s = sampled(k);
    const query = serializeUrlState(s, defaults);
    expect(params(query).get(k)).toBe(SAMPLES[k].text);
    expect({ ...defaults, ...parseUrlState(query, known) }).toEqual(s);
  });

  it.each(URL_FIELDS)('%s: in shared links, embed codes and the address bar exactly where its persistence says', (k) => {
    const s = sampled(k);
    const where = URL_TABLE[k].persistence;
    expect(params(serializeUrlState(s, defaults)).has(k)).toBe(where.includes('url'));
    expect(params(shareUrl(HREF, s, defaults)).has(k)).toBe(where.includes('link'));
    // An embed always says its language, whatever the row.
    if (k !== 'lang') expect(params(embedUrl(HREF, s, defaults, { controls: s.controls, interactive: s.interactive, scheme: s.scheme })).has(k)).toBe(where.includes('embed'));
  });

  it('a store keeps every key through the address bar; personal preferences stay out of it', () => {
    const all = state(Object.fromEntries(URL_FIELDS.filter((k) => k !== 'region').map((k) => [k, SAMPLES[k].value])));
    const store = createAtlasStore({ lang: 'nl', outlines: true, url: parseUrlState(serializeUrlState(all, defaults), known), defaults });
    // The passage (of the newest letter) decides the letter shown.
    expect(selectUrlState(store.getState())).toEqual({ ...all, letter: null });
    expect(Object.keys(selectUrlState(store.getState())).sort()).toEqual([...URL_FIELDS].sort());
    expect(PERSISTENCE.outlines).toEqual(['storage']);
    expect(serializeUrlState(selectUrlState(store.getState()), defaults)).not.toContain('outlines');
  });

  it('every key of the table and every old spelling is ours; anything else is kept', () => {
    const ours = [...URL_FIELDS, ...MIGRATIONS.flatMap((m) => m.reads)];
    const current = `?${ours.map((k) => `${k}=x`).join('&')}&debug=map&utm_source=mail`;
    expect(withForeignParams('?country=UA', current)).toBe('?country=UA&debug=map&utm_source=mail');
  });
});

describe('letter=', () => {
  it.each([
    ['a known letter', `?letter=${SEED_LETTER}`, { letter: SEED_LETTER }],
    ['the newest is the default', '?letter=brief-2027', {}],
    ['an unknown letter', '?letter=brief-1999', {}],
    ['markup', '?letter=%3Cimg%3E', {}],
    ['a permalink shows its passage’s letter', '?passage=brief-2027/2.2.1', { passage: 'brief-2027/2.2.1' }],
    ['an old permalink shows the seed letter', '?passage=2.2.1', { passage: K('2.2.1'), letter: SEED_LETTER }],
    ['the passage wins over another letter=', `?letter=brief-2027&passage=${K('2.2.1')}`, { passage: K('2.2.1'), letter: SEED_LETTER }],
  ])('%s', (_n, search, expected) => {
    expect(parseUrlState(search, known)).toEqual(expected);
  });

  it('choosing a letter leaves the passage and the walk of the one before', () => {
    const store = createAtlasStore({ lang: 'nl', url: { passage: K('2.2.1'), letter: SEED_LETTER, walk: true, country: 'UA' }, defaults });
    store.getState().setLetter(null);
    expect(serializeUrlState(selectUrlState(store.getState()), defaults)).toBe('?country=UA');
  });
});

describe('old passage links', () => {
  it.each([
    ['a bare id means the seed letter', '?passage=2.2.1', { passage: K('2.2.1'), letter: SEED_LETTER }],
    ['with a country', '?country=UA&passage=2.2.1', { country: 'UA', region: null, passage: K('2.2.1'), letter: SEED_LETTER }],
    ['a bare id the seed letter does not have', '?passage=9.9.9', {}],
    ['a key of another letter is taken as it is', '?passage=brief-2027/2.2.1', { passage: 'brief-2027/2.2.1' }],
    ['a key with the slash escaped', '?passage=brief-2027%2F2.2.1', { passage: 'brief-2027/2.2.1' }],
    ['a walk from an old link', '?passage=2.2.1&walk=1', { passage: K('2.2.1'), letter: SEED_LETTER, walk: true }],
  ])('%s', (_n, search, expected) => {
    expect(parseUrlState(search, known)).toEqual(expected);
  });

  it('are written back in the new form', () => {
    expect(serializeUrlState(state(parseUrlState('?passage=2.2.1', known)), defaults)).toBe(`?passage=${K('2.2.1')}&letter=${SEED_LETTER}`);
  });
});

describe('compare=', () => {
  it.each([
    [`${SEED_LETTER},brief-2027`, [SEED_LETTER, 'brief-2027']],
    [`brief-2027,${SEED_LETTER}`, ['brief-2027', SEED_LETTER]],
    [` brief-2027 , ${SEED_LETTER} `, ['brief-2027', SEED_LETTER]],
  ])('%s compares the two letters in that order', (text, ids) => {
    expect(parseUrlState(`?compare=${text}`, known).compare).toEqual(ids);
  });

  it.each([
    ['the same letter twice', 'brief-2027,brief-2027'],
    ['an unknown letter', 'brief-2027,brief-2099'],
    ['one letter', 'brief-2027'],
    ['three letters', `brief-2027,${SEED_LETTER},brief-2027`],
    ['markup', `brief-2027,<script>`],
    ['nothing', ''],
  ])('ignores %s', (_why, text) => {
    expect(parseUrlState(`?compare=${encodeURIComponent(text)}`, known)).not.toHaveProperty('compare');
  });

  it('is kept in the address bar and in shared links, not in embed codes; a comparison ended writes nothing', () => {
    const s = state({ compare: ['brief-2027', SEED_LETTER] });
    expect(serializeUrlState(s, defaults)).toBe(`?compare=brief-2027,${SEED_LETTER}`);
    expect(serializeUrlState(state({ compare: null }), defaults)).toBe('');
  });
});
