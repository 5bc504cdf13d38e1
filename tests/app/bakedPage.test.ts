/** A baked page's own state under a link's, and the address the app writes there (src/app/url/bakedPage.ts). */
import { describe, expect, it } from 'vitest';
import { addressFor, mergeSearch, parsePageState, showsPage } from '../../src/app/url/bakedPage';

const UA_NL = parsePageState('?country=UA&lang=nl');
const HOME_EN = parsePageState('?lang=en');
const HOME_NL = parsePageState('');

describe('the page state under the link', () => {
  it.each([
    [UA_NL, '', '?country=UA&lang=nl'],
    [UA_NL, '?themes=security', '?country=UA&lang=nl&themes=security'],
    // A link that names a place or a language wins over the page's.
    [UA_NL, '?country=FR', '?lang=nl&country=FR'],
    [UA_NL, '?region=africa', '?lang=nl&region=africa'],
    [UA_NL, '?lang=en', '?country=UA&lang=en'],
    [HOME_NL, '?lang=en', '?lang=en'],
    [null, '?country=UA', '?country=UA'],
  ])('%o + %s → %s', (page, search, merged) => expect(mergeSearch(page, search)).toBe(merged));

  it('reads only what it knows from the page attribute', () => {
    expect(parsePageState('?country=UA&lang=xx')).toEqual({ lang: null, country: 'UA', region: null });
    expect(parsePageState(null)).toBeNull();
  });
});

describe('the address for a state', () => {
  const ua = { lang: 'nl' as const, country: 'UA', region: null };
  it.each([
    // On its own page: the path alone, and only what differs in the query.
    [ua, '?country=UA', UA_NL, '/land/oekraine/'],
    [ua, '?themes=security&country=UA', UA_NL, '/land/oekraine/?themes=security'],
    // Something else: the site root with the whole state.
    [{ ...ua, country: 'FR' }, '?country=FR', UA_NL, '/?country=FR'],
    [{ ...ua, country: null }, '', UA_NL, '/'],
    [{ ...ua, lang: 'en' as const }, '?lang=en&country=UA', UA_NL, '/?lang=en&country=UA'],
    // Not a baked page (the dev server): the path it is on.
    [ua, '?country=UA', null, '/land/oekraine/?country=UA'],
  ])('%o %s on %o → %s', (state, query, page, address) => expect(addressFor(state, query, page, '/land/oekraine/', '/')).toBe(address));

  it.each([
    // The English home keeps its path while the view is the overview in English.
    [{ lang: 'en' as const, country: null, region: null }, '?lang=en&themes=migration', HOME_EN, '/en/', '/en/?themes=migration'],
    // The Dutch home says no language, so a chosen one stays in the query.
    [{ lang: 'en' as const, country: null, region: null }, '?lang=en', HOME_NL, '/', '/?lang=en'],
    [{ lang: 'nl' as const, country: 'UA', region: null }, '?country=UA', HOME_EN, '/en/', '/?country=UA'],
  ])('on a home page: %o %s on %o at %s → %s', (state, query, page, here, address) => expect(addressFor(state, query, page, here, '/')).toBe(address));

  it('knows when a view is the page itself', () => {
    expect(showsPage({ lang: 'nl', country: 'UA', region: null }, UA_NL!)).toBe(true);
    expect(showsPage({ lang: 'en', country: 'UA', region: null }, UA_NL!)).toBe(false);
    expect(showsPage({ lang: 'nl', country: null, region: 'africa' }, parsePageState('?region=africa&lang=nl')!)).toBe(true);
    expect(showsPage({ lang: 'nl', country: 'UA', region: null }, parsePageState('?region=europe&lang=nl')!)).toBe(false);
  });
});
