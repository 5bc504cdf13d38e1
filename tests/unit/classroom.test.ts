/** Pure parts of the classroom features: steps from the real letter, the key-passage rule, keys, framing, walk, handout, QR. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandout } from '../../src/app/classroom/handout';
import { applyStep, keyAction, ownedByTarget } from '../../src/app/classroom/keys';
import { highlightPaint, shapedCountries } from '../../src/app/classroom/paint';
import { qrPath } from '../../src/app/classroom/qr';
import { keyPassage, passageCountries, stepsForModel, type SectionStep } from '../../src/app/classroom/steps';
import { findPassage, letterOrder, neighbour, walkTarget } from '../../src/app/classroom/walk';
import { buildModel, regionPlaces, type AtlasData } from '../../src/app/data/model';
import type { LetterDocument, Mention, Passage } from '../../src/pipeline/types';

// The fixture's letter is the generated one, byte for byte (tests/app/fixtures/README.md).
const dir = join(import.meta.dirname, '..', 'app', 'fixtures', 'data');
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const data: AtlasData = { atlas: read('atlas.json'), countries: read('countries.geojson'), letters: { documents: [read('letters/beleidsbrief-buitenlandse-zaken-2026.json')] } };
const model = buildModel(data);
const doc: LetterDocument = data.letters.documents[0]!;
const steps = stepsForModel(model);
const sections = steps.filter((s): s is SectionStep => s.kind === 'section');
const sectionStep = (id: string) => sections.find((s) => s.section.id === id)!;

const mention = (iso2: string | undefined, extra: Partial<Mention> = {}): Mention => ({
  start: 0, end: 1, surface: 'x', kind: iso2 ? 'country' : 'region', form: 'x', ...(iso2 ? { iso2 } : {}), ...extra,
});
const passage = (id: string, mentions: Mention[]): Passage => ({
  id, sectionPath: ['9', '9.1'], text: 'x', spans: [], footnotes: [], mentions, themes: [], themeReasons: [], line: 1,
});

describe('presentation steps from the letter', () => {
  it('has an overview, one step per section with passages in letter order, and a summary', () => {
    expect(steps[0]).toEqual({ kind: 'overview' });
    expect(steps.at(-1)).toEqual({ kind: 'summary' });
    const withPassages = doc.sections.filter((s) => doc.passages.some((p) => p.sectionPath.at(-1) === s.id)).map((s) => s.id);
    expect(sections.map((s) => s.section.id)).toEqual(withPassages);
    expect(steps).toHaveLength(20);
    // Chapter 2 itself and the subheading "Onze welvaart versterken" have no paragraphs of their own.
    expect(sections.map((s) => s.section.id)).not.toContain('2');
    expect(sections.map((s) => s.section.id)).not.toContain('2.6');
  });

  it('titles run from chapter down, numbered like the letter', () => {
    expect(sectionStep('2.2').titles).toEqual(['2. Wat we gaan doen', 'We blijven Oekraïne steunen']);
    expect(sectionStep('1').titles).toEqual(['1. Een optimistisch en realistisch buitenlandbeleid']);
  });

  it('shows the countries a section names, or else the members of the groupings it names', () => {
    expect(sectionStep('2.2').countries).toEqual(['UA']);
    expect(sectionStep('2.2').viaRegions).toBe(false);
    expect(sectionStep('2.12').countries).toEqual(['RU', 'UA', 'PS', 'IL']);
    // "Onze vrijheden …" names only the EU: its members light up, marked as such.
    const freedoms = sectionStep('2.10');
    expect(freedoms.viaRegions).toBe(true);
    expect(freedoms.countries).toContain('DE');
    expect(freedoms.countries).not.toContain('NL');
    // Civil society names no place at all.
    expect(sectionStep('3.3').countries).toEqual([]);
    expect(sectionStep('3.3').viaRegions).toBe(false);
  });

  it('knows the grouping a slide is about: the one its heading names, not an adjective in it', () => {
    // "We bouwen aan een Europese pijler binnen de NAVO": NATO (named France is not the subject).
    expect(sectionStep('2.3').region).toBe('nato');
    expect(sectionStep('2.3').countries).toEqual(['FR']);
    // "We bouwen aan een slagvaardig en onafhankelijk Europa".
    expect(sectionStep('3.1').region).toBe('europe');
    // "We verdiepen Europese defensie …": an adjective, no grouping; countries named.
    expect(sectionStep('2.4').region).toBeNull();
    expect(sectionStep('2.2').region).toBeNull();
    // A slide showing members of the groupings it names is about the first of them.
    expect(sectionStep('2.10').region).toBe('eu');
    expect(sectionStep('3.3').region).toBeNull();
  });

  it('puts the passage naming the most countries on screen', () => {
    expect(sectionStep('3.2').key.id).toBe('3.2.2');
    expect(sectionStep('3.1').key.id).toBe('3.1.3');
    expect(sectionStep('1').key.id).toBe('1.0.2');
    // No country anywhere in the section: the first passage.
    expect(sectionStep('2.13').key.id).toBe('2.13.1');
  });
});

describe('keyPassage', () => {
  it('counts distinct countries, leaves the author out, and breaks ties by letter order', () => {
    const a = passage('9.1.1', [mention('UA'), mention('UA'), mention('UA')]);
    const b = passage('9.1.2', [mention('UA'), mention('RU')]);
    const c = passage('9.1.3', [mention('NL', { home: true }), mention('NL', { home: true }), mention('DE'), mention('FR')]);
    expect(keyPassage([a, b, c])?.id).toBe('9.1.2');
    expect(passageCountries(c)).toEqual(['DE', 'FR']);
    expect(keyPassage([passage('9.1.1', [mention(undefined, { region: 'eu' })]), passage('9.1.2', [])])?.id).toBe('9.1.1');
    expect(keyPassage([])).toBeNull();
  });
});

describe('step keys', () => {
  it.each([
    ['ArrowRight', {}, 'next'],
    ['PageDown', {}, 'next'],
    [' ', {}, 'next'],
    [' ', { shiftKey: true }, 'prev'],
    ['ArrowLeft', {}, 'prev'],
    ['PageUp', {}, 'prev'],
    ['Home', {}, 'first'],
    ['End', {}, 'last'],
    ['Escape', {}, 'exit'],
    ['ArrowRight', { altKey: true }, null],
    ['ArrowLeft', { ctrlKey: true }, null],
    ['Home', { metaKey: true }, null],
    ['a', {}, null],
    ['ArrowDown', {}, null],
    ['Enter', {}, null],
  ] as const)('%s %o → %s', (key, mods, expected) => {
    expect(keyAction({ key, ...mods })).toBe(expected);
  });

  it('stays within the steps', () => {
    expect(applyStep(1, 20, 'prev')).toBe(1);
    expect(applyStep(20, 20, 'next')).toBe(20);
    expect(applyStep(5, 20, 'next')).toBe(6);
    expect(applyStep(5, 20, 'first')).toBe(1);
    expect(applyStep(5, 20, 'last')).toBe(20);
    expect(applyStep(5, 20, 'exit')).toBeNull();
  });

  it('leaves keys to fields, to Space on buttons and to arrows on the map', () => {
    const el = (tagName: string, role: string | null = null) => ({ tagName, getAttribute: () => role });
    expect(ownedByTarget({ key: 'ArrowRight' }, el('INPUT'))).toBe(true);
    expect(ownedByTarget({ key: ' ' }, el('BUTTON'))).toBe(true);
    expect(ownedByTarget({ key: 'ArrowRight' }, el('BUTTON'))).toBe(false);
    expect(ownedByTarget({ key: 'PageDown' }, el('CANVAS'))).toBe(true);
    expect(ownedByTarget({ key: 'Escape' }, el('CANVAS'))).toBe(false);
    expect(ownedByTarget({ key: 'ArrowDown' }, el('DIV', 'combobox'))).toBe(true);
    expect(ownedByTarget({ key: 'PageDown' }, el('BODY'))).toBe(false);
    expect(ownedByTarget({ key: 'PageDown' }, null)).toBe(false);
  });
});

describe('presentation paint', () => {
  it('paints the step’s countries; high contrast greys the other shapes but not the micro-states', () => {
    const normal = highlightPaint(['UA'], ['UA', 'BR'], 'normal');
    expect([...normal.keys()]).toEqual(['UA']);
    const high = highlightPaint(['UA'], ['UA', 'BR'], 'high');
    expect(high.get('UA')!.fill).toBe('#000000');
    expect(high.get('BR')!.fill).toBe('#a3a3a3');
    const shaped = shapedCountries(data.countries);
    expect(shaped).toContain('UA');
    expect(shaped).not.toContain('BQ');
  });
});

const key = (id: string) => `${doc.meta.id}/${id}`;

describe('walking the letter', () => {
  it('follows the letter order', () => {
    expect(letterOrder(model).map((e) => e.passage.id)).toEqual(doc.passages.map((p) => p.id));
    expect(neighbour(model, key('2.1.1'), 1)?.passage.id).toBe('2.2.1');
    expect(neighbour(model, key('1.0.1'), -1)?.passage.id).toBe('1.0.1');
    expect(neighbour(model, key('9.9.9'), 1)).toBeNull();
    expect(findPassage(model, key('2.2.1'))?.passage.id).toBe('2.2.1');
    expect(findPassage(model, null)).toBeNull();
  });
  it('selects the first country named and frames all of them', () => {
    const t = walkTarget(model, findPassage(model, key('2.1.1'))!);
    expect(t.country).toBe('RU');
    expect(t.countries).toEqual(['RU', 'UA', 'US']);
    expect(t.frame).toEqual(['RU', 'UA', 'US']);
  });
  it('selects the first grouping when no country is named, and nothing when nothing is', () => {
    const eu = walkTarget(model, findPassage(model, key('3.2.1'))!);
    expect(eu).toMatchObject({ country: null, region: 'eu', frame: regionPlaces(model, 'eu') });
    expect(eu.frame).toContain('FR');
    const none = walkTarget(model, findPassage(model, key('3.3.1'))!);
    expect(none).toMatchObject({ country: null, region: null, frame: [] });
  });
});

describe('print handout', () => {
  it('lists the selected country with the passages under the filter', () => {
    const all = buildHandout(model, [], 'UA');
    expect(all.rows.map((r) => r.country.iso2)).toEqual(['UA']);
    expect(all.passages.map((p) => p.passage.id)).toEqual(model.countryById.get('UA')!.passages.map((r) => r.split('/')[1]));
    const filtered = buildHandout(model, ['prosperity'], 'UA');
    expect(filtered.passages.length).toBeLessThan(all.passages.length);
  });
  it('without a selection lists every named country, most mentioned first, each passage once', () => {
    const h = buildHandout(model, [], null);
    expect(h.rows[0]!.mentions).toBeGreaterThanOrEqual(h.rows.at(-1)!.mentions);
    expect(h.rows.some((r) => r.country.home)).toBe(false);
    expect(new Set(h.passages.map((p) => p.ref)).size).toBe(h.passages.length);
  });
});

describe('QR code', () => {
  it('encodes locally into a square path, longer links into bigger codes', () => {
    const short = qrPath('https://example.org/?present=3');
    const long = qrPath(`https://example.org/?present=3&themes=${'security,'.repeat(20)}`);
    expect(short.size).toBeGreaterThanOrEqual(21);
    expect(long.size).toBeGreaterThan(short.size);
    expect(short.d).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(qrPath('same')).toEqual(qrPath('same'));
  });
});
