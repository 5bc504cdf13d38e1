import { describe, expect, it } from 'vitest';
import { createLetterBuilder } from '../../src/pipeline/letter';
import { gazetteer, LETTER_TEXT, reference } from './reference';

const build = createLetterBuilder({ gazetteer, themes: reference.themes, rules: reference.rules });
const doc = build({ id: 'beleidsbrief-buitenlandse-zaken-2026', file: 'seeds/beleidsbrief-buitenlandse-zaken-2026.txt', text: LETTER_TEXT });
const mentions = doc.passages.flatMap((p) => p.mentions);
const passage = (id: string) => doc.passages.find((p) => p.id === id)!;

describe('the whole letter', () => {
  it('is detected as Dutch', () => expect(doc.meta.lang).toBe('nl'));

  it('mentions each country as often as a careful reader counts', () => {
    // Counted by reading the 28 passages (headings excluded: "We blijven Oekraïne steunen" is a title).
    // Direct mentions only: name, adjective, abbreviation, city, territory.
    const counted: Record<string, number> = {
      UA: 7, US: 5, RU: 4,
      AU: 2, CA: 2, CN: 2, FR: 2, GB: 2, IL: 2, JP: 2, KR: 2, NO: 2, PS: 2, TR: 2,
      AM: 1, BR: 1, CH: 1, DE: 1, ES: 1, ID: 1, IN: 1, IR: 1, IT: 1, KE: 1, MD: 1, NG: 1, NZ: 1, PL: 1, VE: 1, VN: 1, ZA: 1,
    };
    const actual: Record<string, number> = {};
    for (const m of mentions) if (m.iso2 && !m.home) actual[m.iso2] = (actual[m.iso2] ?? 0) + 1;
    expect(actual).toEqual(counted);
  });

  it('counts the places its headings name, marked in_heading and attached to their section', () => {
    // The passage counts above are unchanged; these five mentions in four headings are new.
    const headed = doc.sections.filter((s) => s.mentions).map((s) => [s.id, s.title, s.mentions!.map((m) => m.iso2 ?? m.region)]);
    expect(headed).toEqual([
      ['2.2', 'We blijven Oekraïne steunen', ['UA']],
      ['2.3', 'We bouwen aan een Europese pijler binnen de NAVO', ['europe', 'nato']],
      ['2.4', 'We verdiepen Europese defensie en veiligheid samenwerking', ['europe']],
      ['3.1', 'We bouwen aan een slagvaardig en onafhankelijk Europa', ['europe']],
    ]);
    for (const s of doc.sections) for (const m of s.mentions ?? []) {
      expect(m.inHeading).toBe(true);
      expect(s.title.slice(m.start, m.end)).toBe(m.surface);
    }
    expect(doc.sections.find((s) => s.id === '2.2')!.themes).toEqual(['ukraine-russia']);
    expect(doc.meta.structure).toBeUndefined();
  });

  it('marks every mention of the Netherlands or the Kingdom as home', () => {
    const home = mentions.filter((m) => m.iso2 === 'NL');
    expect(home.length).toBeGreaterThan(20);
    expect(home.every((m) => m.home)).toBe(true);
    expect(new Set(home.map((m) => m.surface))).toEqual(new Set(['Nederland', 'Nederlandse', 'Koninkrijk']));
  });

  it('never takes Denmark from the Copenhagen criteria, nor people for places', () => {
    expect(mentions.some((m) => m.iso2 === 'DK')).toBe(false);
    expect(mentions.some((m) => /Draghi|Letta|Kopenhagen/.test(m.surface))).toBe(false);
  });

  it('finds the regions and organisations the letter names', () => {
    const regions = new Set(mentions.map((m) => m.region).filter(Boolean));
    for (const id of ['eu', 'nato', 'un', 'wto', 'oecd', 'imf', 'world-bank', 'council-of-europe', 'icc', 'middle-east', 'gulf', 'horn-of-africa', 'western-balkans', 'baltic-states', 'scandinavia', 'benelux', 'latin-america', 'caribbean', 'kingdom-caribbean', 'global-south', 'africa', 'europe']) {
      expect(regions, id).toContain(id);
    }
  });

  it('has offsets that point at the surface text in every passage', () => {
    for (const p of doc.passages) for (const m of p.mentions) expect(p.text.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe('themes', () => {
  it('gives every theme at least one passage', () => {
    for (const t of reference.themes) expect(doc.passages.some((p) => p.themes.includes(t.id)), t.id).toBe(true);
  });

  it('keys the Ukraine section to Ukraine & Russia, saying which heading', () => {
    expect(passage('2.2.1').themeReasons).toContainEqual({ theme: 'ukraine-russia', via: 'section', match: 'We blijven Oekraïne steunen' });
  });

  it('records the keyword as written in the text', () => {
    const reasons = passage('2.11.1').themeReasons.filter((r) => r.theme === 'migration');
    expect(reasons).toContainEqual({ theme: 'migration', via: 'section', match: 'We moderniseren het internationale vluchtelingenrecht' });
    expect(reasons.some((r) => r.via === 'keyword' && passage('2.11.1').text.includes(r.match))).toBe(true);
  });

  it('ties Rusland-sancties to Ukraine & Russia by keyword in the European defence section', () => {
    const p = passage('2.4.1');
    expect(p.themes).toEqual(expect.arrayContaining(['security', 'ukraine-russia']));
    expect(p.themeReasons.find((r) => r.theme === 'ukraine-russia')).toMatchObject({ via: 'keyword', match: 'Rusland' });
  });

  it('lists themes in the order of data/themes.csv, every one with a reason', () => {
    const order = reference.themes.map((t) => t.id);
    for (const p of doc.passages) {
      expect([...p.themes].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(p.themes);
      for (const t of p.themes) expect(p.themeReasons.some((r) => r.theme === t)).toBe(true);
    }
  });
});

describe('English documents', () => {
  const en = build({
    id: 'en',
    file: 'en.txt',
    text: 'Foreign policy letter 2026\n\n1. What we will do\n\nRussian aggression against Ukraine is the greatest threat to Europe and therefore to the Netherlands. NATO remains the cornerstone of our security.\n',
  });

  it('are detected as English and matched with English names', () => {
    expect(en.meta.lang).toBe('en');
    expect(en.passages[0]!.mentions.map((m) => m.iso2 ?? m.region)).toEqual(['RU', 'UA', 'europe', 'NL', 'nato']);
    expect(en.passages[0]!.themes).toEqual(expect.arrayContaining(['security', 'ukraine-russia']));
  });

  it('can be forced to Dutch', () => {
    const forced = build({ id: 'x', file: 'x.txt', text: '1. Titel\n\nThe Netherlands and Ukraine.', lang: 'nl' });
    expect(forced.meta.lang).toBe('nl');
  });
});
