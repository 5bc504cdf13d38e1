import { describe, expect, it } from 'vitest';
import { fold } from '../../src/app/search/normalize';
import { buildSearchItems, search } from '../../src/app/search/searchIndex';
import { fixtureModel } from './helpers';

describe('fold', () => {
  it.each([
    ['Oekraïne', 'oekraine'],
    ['OEKRAÏNE', 'oekraine'],
    ['Zuid-Korea', 'zuid korea'],
    ['  Bosnië   en Herzegovina ', 'bosnie en herzegovina'],
    ['Côte d’Ivoire', 'cote divoire'],
  ])('%s → %s', (input, out) => expect(fold(input)).toBe(out));
});

describe('search', () => {
  const items = buildSearchItems(fixtureModel());
  const ids = (q: string, lang: 'nl' | 'en' = 'nl') => search(items, q, lang).map((h) => h.item.id);

  it('is diacritics- and case-insensitive', () => {
    expect(ids('oekraine')[0]).toBe('UA');
    expect(ids('OEKRAÏNE')[0]).toBe('UA');
  });

  it('finds English names in the Dutch UI and says which name matched', () => {
    const [hit] = search(items, 'Ukraine', 'nl');
    expect(hit?.item.id).toBe('UA');
    expect(hit?.matchedName).toBe('Ukraine');
  });

  it('finds Dutch names in the English UI', () => {
    expect(ids('Duitsland', 'en')).toEqual(['DE']);
  });

  it('reaches regions and small countries', () => {
    expect(ids('westelijke')).toContain('western-balkans');
    expect(ids('balkans', 'en')).toContain('western-balkans');
    expect(ids('kosovo')).toEqual(['XK']);
    expect(ids('armen')).toEqual(['AM']);
  });

  it('matches later words of a name', () => {
    expect(ids('korea')).toContain('KR');
    expect(ids('herzegovina')).toContain('BA');
  });

  it('ranks prefix matches first', () => {
    expect(ids('ital')[0]).toBe('IT');
  });

  it('returns nothing for an empty query and caps the list', () => {
    expect(ids('   ')).toEqual([]);
    expect(search(items, 'a', 'nl', 3).length).toBeLessThanOrEqual(3);
  });
});
