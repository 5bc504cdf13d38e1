import { describe, expect, it } from 'vitest';
import { browserLang, detectLang } from '../../src/i18n/detectLang';
import { createBundledI18n } from '../../src/i18n/bundled';
import en from '../../src/i18n/locales/en';
import nl from '../../src/i18n/locales/nl';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('language detection', () => {
  it.each([
    ['?lang=en', ['nl-NL'], 'en'],
    ['?lang=nl', ['en-GB'], 'nl'],
    ['?lang=de', ['en-US'], 'en'],
    ['', ['fr-FR', 'en-US', 'nl'], 'en'],
    ['', ['nl-BE'], 'nl'],
    ['', ['de-DE'], 'nl'],
    ['', [], 'nl'],
    ['?taal=en', ['nl'], 'en'],
  ] as const)('%s with %j → %s', (search, langs, expected) => {
    expect(detectLang(search, langs)).toBe(expected);
  });
  it('survives a missing navigator.languages', () => {
    expect(browserLang(undefined)).toBe('nl');
  });
});

describe('locales', () => {
  it('English has exactly the Dutch keys, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    for (const k of keys(en)) expect(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en)).not.toBe('');
  });
  it('keeps the same interpolation variables', () => {
    const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const get = (o: object, k: string) => k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o) as string;
    for (const k of keys(nl)) expect(vars(get(en, k)), k).toEqual(vars(get(nl, k)));
  });
  it('pluralises', () => {
    const i18n = createBundledI18n('nl');
    expect(i18n.t('panel.mentions', { count: 1 })).toBe('1 vermelding');
    expect(i18n.t('panel.mentions', { count: 9 })).toBe('9 vermeldingen');
    expect(i18n.t('status.selected', { name: 'Oekraïne', count: 9 })).toBe('Oekraïne geselecteerd: 9 vermeldingen');
  });
});
