import { readFileSync } from 'node:fs';
import { csvParse, dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/pipeline/atlas';
import { prepareWorld } from '../../src/pipeline/geometry';
import { createLetterBuilder } from '../../src/pipeline/letter';
import { gazetteer, LETTER_TEXT, library, reference } from './reference';

const topology = JSON.parse(readFileSync(new URL('../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'));
const world = prepareWorld(topology, { extraPoints: reference.points });
const build = createLetterBuilder({ gazetteer, themes: reference.themes, rules: reference.rules });
const doc = build({ id: 'bbz', file: 'seeds/bbz.txt', text: LETTER_TEXT });
const out = buildAtlas({ documents: [doc], themes: reference.themes, regions: reference.regions, names: reference.names, libraryNames: library, world });
const country = (iso2: string) => out.countries.features.find((f) => f.id === iso2)!.properties;

describe('country layer', () => {
  it('has one feature per country, sorted, each with nl and en names', () => {
    const ids = out.countries.features.map((f) => String(f.id));
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(country('UA')).toMatchObject({ name_nl: 'Oekraïne', name_en: 'Ukraine' });
    expect(country('GB')).toMatchObject({ name_nl: 'Verenigd Koninkrijk', name_en: 'United Kingdom' });
    expect(country('XK')).toMatchObject({ name_nl: 'Kosovo', name_en: 'Kosovo' });
    expect(country('PS').name_en).toBe('Palestine');
  });

  it('counts Ukraine per theme, its heading included, and lists its passages in letter order', () => {
    const ua = country('UA');
    // 7 in passages + 1 in the heading "We blijven Oekraïne steunen".
    expect(ua.direct.all).toBe(8);
    expect(ua.direct['ukraine-russia']).toBe(8);
    expect(ua.passages).toEqual(['bbz/2.1.1', 'bbz/2.2.1', 'bbz/2.12.1']);
    expect(ua.headings).toEqual(['bbz/2.2']);
    expect(ua.mentioned).toBe(true);
  });

  it('counts a grouping named in a heading for its members, without a passage', () => {
    const nato = out.atlas.regions.find((r) => r.id === 'nato')!;
    expect(nato.headings).toEqual(['bbz/2.3']);
    expect(nato.passages).not.toContain('bbz/2.3');
    expect(country('DK').headings).toEqual([]);
  });

  it('keeps direct mentions apart from mentions through a region or organisation', () => {
    // Denmark is never named, but Scandinavia, the EU and NATO are.
    const dk = country('DK');
    expect(dk.direct.all).toBe(0);
    expect(dk.via.all).toBeGreaterThan(0);
    expect(dk.regions).toEqual(expect.arrayContaining(['eu', 'nato', 'scandinavia']));
    expect(dk.passages).toEqual([]);
    expect(dk.viaPassages).toContain('bbz/3.1.3');
  });

  it('marks the Netherlands as home', () => {
    expect(country('NL').home).toBe(true);
    expect(out.countries.features.filter((f) => f.properties.home).map((f) => f.id)).toEqual(['NL']);
  });

  it('gives small and shapeless countries a place: Malta, Singapore, Sint Maarten, Caribbean Netherlands', () => {
    for (const iso2 of ['MT', 'SG', 'SX', 'AW', 'CW']) expect(out.countries.features.find((f) => f.id === iso2)?.geometry.type).toMatch(/Polygon/);
    const bq = out.countries.features.find((f) => f.id === 'BQ')!;
    expect(bq.geometry).toEqual({ type: 'Point', coordinates: [-68.27, 12.15] });
    expect(bq.properties.regions).toContain('kingdom-caribbean');
    expect(out.unplaced).toEqual([]);
  });

  it('does not light up the world for open-ended groupings (VN, mondiale Zuiden)', () => {
    const un = out.atlas.regions.find((r) => r.id === 'un')!;
    expect(un.members).toEqual([]);
    expect(un.outline).toBe(false);
    expect(un.passages).toEqual(['bbz/3.4.1']);
    expect(out.countries.features.filter((f) => f.properties.regions.includes('global-south'))).toEqual([]);
  });
});

describe('regions', () => {
  it('lists only mentioned regions, with counts and outlines for those with members', () => {
    const ids = out.atlas.regions.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).not.toContain('sahel');
    const wb = out.atlas.regions.find((r) => r.id === 'western-balkans')!;
    expect(wb.members).toEqual(['AL', 'BA', 'ME', 'MK', 'RS', 'XK']);
    expect(wb.passages).toEqual(['bbz/3.2.2']);
    expect(out.regions.features.map((f) => f.id)).toContain('western-balkans');
  });
});

describe('mentions.csv', () => {
  // The byte-order mark is for spreadsheets; d3-dsv (like most parsers) wants it stripped.
  const rows = csvParse(out.mentionsCsv.replace(/^\uFEFF/, ''));

  it('starts with a UTF-8 byte-order mark, so Excel reads "Oekraïne", not "OekraÃ¯ne"', () => {
    expect([...Buffer.from(out.mentionsCsv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvParse(out.mentionsCsv).columns[0], 'unstripped, the mark sticks to the first column').not.toBe('document');
    expect(rows.find((r) => r.surface === 'Oekraïne')).toMatchObject({ iso2: 'UA' });
  });

  it('mentions-excel.csv has the same rows with semicolons and CRLF, for Excel with a Dutch list separator', () => {
    expect(out.mentionsExcelCsv.startsWith('\uFEFFdocument;passage;section;')).toBe(true);
    expect(out.mentionsExcelCsv.split('\r\n')[1]).toMatch(/^bbz;1\.0\.1;/);
    const excel = dsvFormat(';').parse(out.mentionsExcelCsv.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
    expect(excel.columns).toEqual(rows.columns);
    expect([...excel]).toEqual([...rows]);
  });

  it('has the public columns and one row per mention, headings included', () => {
    expect(rows.columns.slice(0, 4)).toEqual(['document', 'passage', 'section', 'section_id']);
    for (const c of ['document', 'passage', 'section', 'kind', 'surface', 'iso2', 'region', 'themes', 'in_heading']) expect(rows.columns).toContain(c);
    const headingMentions = doc.sections.reduce((n, s) => n + (s.mentions?.length ?? 0), 0);
    expect(headingMentions).toBe(5);
    expect(rows).toHaveLength(doc.passages.reduce((n, p) => n + p.mentions.length, 0) + headingMentions);
  });

  it('marks a heading mention in_heading, with its section and no passage, before the passages under it', () => {
    const i = rows.findIndex((r) => r.in_heading === '1' && r.iso2 === 'UA');
    expect(rows[i]).toMatchObject({ passage: '', section: 'We blijven Oekraïne steunen', section_id: '2.2', surface: 'Oekraïne', start: '11', end: '19', themes: 'ukraine-russia' });
    expect(rows[i + 1]).toMatchObject({ passage: '2.2.1', in_heading: '' });
  });

  it('writes member codes for regions and nothing for open-ended ones', () => {
    const scand = rows.find((r) => r.surface === 'Scandinavische')!;
    expect(scand).toMatchObject({ kind: 'demonym', iso2: 'DK NO SE', region: 'scandinavia', passage: '3.1.3' });
    expect(rows.find((r) => r.surface === 'mondiale Zuiden')).toMatchObject({ kind: 'region', iso2: '', region: 'global-south' });
    expect(rows.find((r) => r.surface === 'Rusland-sancties')).toMatchObject({ kind: 'country', iso2: 'RU', compound: '1' });
    expect(rows.every((r) => ['country', 'demonym', 'abbreviation', 'city', 'territory', 'region', 'organisation'].includes(r.kind!))).toBe(true);
  });
});
