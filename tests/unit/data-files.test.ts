/**
 * Integrity of the curated gazetteer data in data/ (regions, places, exclusions, names).
 * These files are edited by hand in a spreadsheet; this test catches the typical slips:
 * a wrong column, a mistyped country code, a region id that does not exist, the same
 * form listed twice or with two meanings, and membership lists that drifted from the facts.
 */
import { readFileSync } from 'node:fs';
import { csvParse, type DSVRowArray } from 'd3-dsv';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';

const read = (file: string): DSVRowArray<string> => {
  const text = readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');
  return csvParse(text);
};
const raw = (file: string) => readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');

const regions = read('regions.csv');
const places = read('places.csv');
const exclusions = read('exclusions.csv');
const names = read('names.csv');

const ISO2 = /^[A-Z]{2}$/;
/** A real alpha-2 code: isValid also accepts alpha-3 and numeric codes, hence the pattern. */
const isCountryCode = (code: string) => ISO2.test(code) && (code === 'XK' || countries.isValid(code));

const COUNTRY_KINDS = new Set(['country', 'abbreviation', 'city', 'territory', 'home']);
const KINDS = new Set([...COUNTRY_KINDS, 'demonym', 'region', 'organisation']);
const HOME = 'NL';

/** How the matcher sees a form: the first letter of a multi-word form may be either case. */
const matchKey = (form: string) =>
  /\s/.test(form) && !/^\p{Lu}{2,}/u.test(form) ? form[0]!.toLowerCase() + form.slice(1) : form;

const regionById = new Map(regions.map((r) => [r.id!, r]));
const members = (id: string): string[] => {
  const r = regionById.get(id);
  if (!r) throw new Error(`no region "${id}" in regions.csv`);
  return (r.members ?? '').split(' ').filter(Boolean);
};
const isSubset = (a: string[], b: string[]) => a.every((x) => b.includes(x));

/** Every country name in the library, per language: name → codes. */
const libraryNames = new Map<string, Set<string>>();
for (const lib of [nl, en]) {
  for (const [iso2, value] of Object.entries(lib.countries as Record<string, string | string[]>)) {
    for (const name of ([] as string[]).concat(value)) {
      if (!libraryNames.has(name)) libraryNames.set(name, new Set());
      libraryNames.get(name)!.add(iso2);
    }
  }
}

describe('all four files', () => {
  it.each([
    ['regions.csv', ['id', 'type', 'label_nl', 'label_en', 'members', 'note']],
    ['places.csv', ['form', 'lang', 'kind', 'target', 'note']],
    ['exclusions.csv', ['phrase', 'lang', 'reason']],
    ['names.csv', ['iso2', 'name_nl', 'name_en', 'status']],
  ])('%s has exactly the specified header', (file, columns) => {
    expect(read(file).columns).toEqual(columns);
  });

  it.each(['regions.csv', 'places.csv', 'exclusions.csv', 'names.csv'])('%s is clean UTF-8 without stray whitespace', (file) => {
    const text = raw(file);
    expect(text.startsWith('\uFEFF'), 'no byte-order mark').toBe(false);
    expect(text.includes('\uFFFD'), 'no replacement characters (broken encoding)').toBe(false);
    for (const row of read(file)) {
      for (const [column, value] of Object.entries(row)) {
        expect(value, `${file} ${column} "${value}"`).toBe((value ?? '').trim().replace(/\s{2,}/g, ' '));
      }
    }
  });
});

describe('regions.csv', () => {
  it('has unique lower-case kebab-case ids, a known type and both labels', () => {
    const ids = regions.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of regions) {
      expect(r.id, r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['region', 'organisation'], r.id).toContain(r.type);
      expect(r.label_nl, r.id).not.toBe('');
      expect(r.label_en, r.id).not.toBe('');
    }
  });

  it('has at least 30 regions', () => {
    expect(regions.filter((r) => r.type === 'region').length).toBeGreaterThanOrEqual(30);
  });

  it('lists members as valid alpha-2 codes, sorted and without repeats', () => {
    for (const r of regions) {
      const codes = members(r.id!);
      for (const code of codes) expect(isCountryCode(code), `${r.id}: ${code}`).toBe(true);
      expect(codes, `${r.id} sorted`).toEqual([...codes].sort());
      expect(new Set(codes).size, `${r.id} repeats`).toBe(codes.length);
    }
  });

  it('leaves open-ended groupings empty and says so in the note', () => {
    for (const id of ['global-south', 'un', 'wto', 'imf', 'world-bank', 'regional-development-banks', 'coalition-of-the-willing']) {
      expect(members(id), id).toEqual([]);
    }
    for (const r of regions) {
      if (members(r.id!).length === 0) expect(r.note, `${r.id} note`).toMatch(/open-ended/i);
      expect(r.note, `${r.id} should say which definition it uses`).not.toBe('');
    }
  });

  it('has the current membership of the EU (27) and NATO (32, with Finland and Sweden)', () => {
    expect(members('eu')).toHaveLength(27);
    expect(members('nato')).toHaveLength(32);
    expect(members('nato')).toEqual(expect.arrayContaining(['FI', 'SE']));
    expect(members('eu')).not.toContain('GB');
  });

  it('keeps the organisations consistent with each other', () => {
    expect(members('council-of-europe')).toHaveLength(46);
    expect(members('council-of-europe')).not.toContain('RU');
    expect(members('oecd')).toHaveLength(38);
    expect(members('g7')).toHaveLength(7);
    expect(isSubset(members('eu'), members('council-of-europe'))).toBe(true);
    expect(isSubset(members('eu'), members('osce'))).toBe(true);
    expect(isSubset(members('nato'), members('osce'))).toBe(true);
    expect(isSubset(members('g7'), members('g20'))).toBe(true);
    expect(isSubset(members('g7'), members('oecd'))).toBe(true);
    expect(isSubset(members('baltic-states'), members('eu'))).toBe(true);
    expect(isSubset(members('baltic-states'), members('nato'))).toBe(true);
    expect(isSubset(members('eurozone'), members('eu'))).toBe(true);
  });

  it('keeps the regions consistent with each other', () => {
    expect(members('kingdom-caribbean')).toEqual(['AW', 'BQ', 'CW', 'SX']);
    expect(isSubset(members('kingdom-caribbean'), members('caribbean'))).toBe(true);
    expect(members('benelux')).toEqual(['BE', 'LU', 'NL']);
    expect(members('gulf')).toEqual(members('gcc'));
    expect(members('gulf')).toHaveLength(6);
    expect(members('western-balkans')).toContain('XK');
    expect(members('south-caucasus')).toEqual(['AM', 'AZ', 'GE']);
    expect(isSubset(members('scandinavia'), members('nordics'))).toBe(true);
    expect(isSubset(members('western-balkans'), members('europe'))).toBe(true);
    expect(isSubset(members('horn-of-africa'), members('africa'))).toBe(true);
    expect(isSubset(members('sahel'), members('africa'))).toBe(true);
    expect(isSubset(members('southeast-asia'), members('asia'))).toBe(true);
    expect(isSubset(members('central-america'), members('latin-america-caribbean'))).toBe(true);
    expect(isSubset(members('latin-america'), members('latin-america-caribbean'))).toBe(true);
  });
});

describe('places.csv', () => {
  it('uses only the allowed kinds and languages', () => {
    for (const p of places) {
      expect(KINDS.has(p.kind!), `${p.form}: kind "${p.kind}"`).toBe(true);
      expect(['nl', 'en'], `${p.form}: lang "${p.lang}"`).toContain(p.lang);
      expect(p.form, 'form').not.toBe('');
    }
  });

  it('points country-like rows at valid alpha-2 codes', () => {
    for (const p of places.filter((p) => COUNTRY_KINDS.has(p.kind!))) {
      expect(isCountryCode(p.target!), `${p.form} → ${p.target}`).toBe(true);
    }
  });

  it('points region and organisation rows at an id in regions.csv of the same type', () => {
    for (const p of places.filter((p) => p.kind === 'region' || p.kind === 'organisation')) {
      const r = regionById.get(p.target!);
      expect(r, `${p.form} → ${p.target}`).toBeDefined();
      expect(r?.type, `${p.form} → ${p.target}`).toBe(p.kind);
    }
  });

  it('points demonyms at a country code or at a region id', () => {
    for (const p of places.filter((p) => p.kind === 'demonym')) {
      const ok = isCountryCode(p.target!) || regionById.has(p.target!);
      expect(ok, `${p.form} → ${p.target}`).toBe(true);
    }
  });

  it('lists every (form, lang) once, also counting a multi-word form whose first letter differs only in case', () => {
    const seen = new Map<string, string>();
    for (const p of places) {
      const key = `${matchKey(p.form!)}|${p.lang}`;
      expect(seen.get(key), `"${p.form}" (${p.lang}) listed twice`).toBeUndefined();
      seen.set(key, p.target!);
    }
  });

  it('never gives one form two different targets, in either language', () => {
    const target = new Map<string, string>();
    for (const p of places) {
      const key = matchKey(p.form!);
      const prev = target.get(key);
      expect(prev === undefined || prev === p.target, `"${p.form}" → ${prev} and ${p.target}`).toBe(true);
      target.set(key, p.target!);
    }
  });

  it('does not silently override a library country name with another meaning', () => {
    for (const p of places) {
      const codes = libraryNames.get(p.form!);
      if (codes) expect(codes.has(p.target!), `"${p.form}" is the library name of ${[...codes].join('/')}, not ${p.target}`).toBe(true);
    }
  });

  it('keeps home rows for the Netherlands only', () => {
    for (const p of places.filter((p) => p.kind === 'home')) expect(p.target, p.form).toBe(HOME);
    for (const p of places.filter((p) => p.target === HOME)) expect(['home', 'city', 'demonym'], p.form).toContain(p.kind);
    expect(places.some((p) => p.kind === 'home' && p.lang === 'nl')).toBe(true);
    expect(places.some((p) => p.kind === 'home' && p.lang === 'en')).toBe(true);
  });

  it('writes abbreviations in capitals, as they appear in text', () => {
    for (const p of places.filter((p) => p.kind === 'abbreviation')) expect(p.form, p.form).toMatch(/^[A-Z][A-Z.]*$/);
  });

  it('gives Dutch demonyms as base forms (the matcher adds the -e itself)', () => {
    for (const p of places.filter((p) => p.kind === 'demonym' && p.lang === 'nl')) expect(p.form, p.form).not.toMatch(/e$/);
  });

  it('makes every region and organisation findable by at least one form', () => {
    const targets = new Set(places.map((p) => p.target));
    for (const r of regions) expect(targets.has(r.id), `${r.id} has no form in places.csv`).toBe(true);
  });
});

describe('exclusions.csv', () => {
  it('has a phrase, a language and a reason on every row, each (phrase, lang) once', () => {
    const seen = new Set<string>();
    for (const x of exclusions) {
      expect(x.phrase, 'phrase').not.toBe('');
      expect(['nl', 'en'], `${x.phrase}: lang`).toContain(x.lang);
      expect(x.reason, `${x.phrase}: reason`).not.toBe('');
      const key = `${x.phrase}|${x.lang}`;
      expect(seen.has(key), `"${x.phrase}" (${x.lang}) listed twice`).toBe(false);
      seen.add(key);
    }
  });

  it('does not exclude a phrase that places.csv lists as a form', () => {
    const forms = new Set(places.map((p) => `${p.form}|${p.lang}`));
    for (const x of exclusions) expect(forms.has(`${x.phrase}|${x.lang}`), x.phrase).toBe(false);
  });
});

describe('names.csv', () => {
  it('has valid, unique codes and a known status', () => {
    const codes = names.map((n) => n.iso2!);
    expect(new Set(codes).size).toBe(codes.length);
    for (const n of names) {
      expect(isCountryCode(n.iso2!), n.iso2).toBe(true);
      expect(['', 'territory', 'home'], `${n.iso2}: status "${n.status}"`).toContain(n.status);
      expect(`${n.name_nl}${n.name_en}${n.status}`, `${n.iso2}: an empty row`).not.toBe('');
    }
  });

  it('marks the Netherlands, and only the Netherlands, as home', () => {
    expect(names.filter((n) => n.status === 'home').map((n) => n.iso2)).toEqual([HOME]);
  });

  it('marks the Caribbean parts of the Kingdom as territories with their own entries', () => {
    for (const code of members('kingdom-caribbean')) expect(names.find((n) => n.iso2 === code)?.status, code).toBe('territory');
  });

  it('names Kosovo and Palestine in both languages', () => {
    for (const code of ['XK', 'PS']) {
      const n = names.find((x) => x.iso2 === code);
      expect(n?.name_nl, code).not.toBe('');
      expect(n?.name_en, code).not.toBe('');
    }
  });
});

describe('articles.csv', () => {
  const articles = read('articles.csv');
  it('has its header, known ids once each, and only de/het and the', () => {
    expect(articles.columns).toEqual(['id', 'nl', 'en']);
    const ids = articles.map((a) => a.id!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of articles) {
      expect(regionById.has(a.id!) || isCountryCode(a.id!), a.id).toBe(true);
      expect(['', 'de', 'het'], `${a.id} nl`).toContain(a.nl);
      expect(['', 'the'], `${a.id} en`).toContain(a.en);
      expect(a.nl || a.en, `${a.id}: a row without an article`).toBeTruthy();
    }
  });
  it('lists regions and organisations by id, then countries by code', () => {
    const ids = articles.map((a) => a.id!);
    const groupings = ids.filter((id) => !ISO2.test(id));
    const codes = ids.filter((id) => ISO2.test(id));
    expect(ids).toEqual([...groupings, ...codes]);
    expect(groupings).toEqual([...groupings].sort());
    expect(codes).toEqual([...codes].sort());
  });
});
