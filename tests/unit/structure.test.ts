import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SeedError } from '../../src/pipeline/errors';
import { parseLetter } from '../../src/pipeline/structure';

const LETTER = readFileSync(new URL('../../seeds/beleidsbrief-buitenlandse-zaken-2026.txt', import.meta.url), 'utf8');
const letter = parseLetter(LETTER, 'beleidsbrief-buitenlandse-zaken-2026');
const passage = (startsWith: string) => letter.passages.find((p) => p.text.startsWith(startsWith))!;

describe('the letter head', () => {
  it('yields title, Kamerstuk, date, place and both signatories', () => {
    expect(letter.meta).toEqual({
      id: 'beleidsbrief-buitenlandse-zaken-2026',
      title: 'Beleidsbrief Buitenlandse Zaken 2026',
      kamerstuk: '36 800 V, nr. 103',
      date: '2026-04-24',
      place: 'Den Haag',
      signatories: [
        { role: 'De minister van Buitenlandse Zaken', name: 'T.B.W. Berendsen' },
        { role: 'De minister van Buitenlandse Handel en Ontwikkelingssamenwerking', name: 'S.W. Sjoerdsma' },
      ],
    });
  });

  it('keeps the head out of the passages', () => {
    expect(letter.passages.some((p) => p.text.includes('Hierbij bieden wij u'))).toBe(false);
  });
});

describe('sections', () => {
  it('finds the four numbered chapters', () => {
    expect(letter.sections.filter((s) => s.level === 1).map((s) => `${s.number}. ${s.title}`)).toEqual([
      '1. Een optimistisch en realistisch buitenlandbeleid',
      '2. Wat we gaan doen',
      '3. We verbreden en versterken partnerschappen',
      '4. Buitenlandbeleid voor onze toekomst',
    ]);
  });

  it('finds unnumbered subheadings, including emphasised ones and one glued to its paragraph', () => {
    const titles = letter.sections.filter((s) => s.level === 2).map((s) => s.title);
    expect(titles).toContain('We blijven Oekraïne steunen');
    expect(titles).toContain('Onze welvaart versterken - wereldwijd');
    expect(titles).toContain('We ondersteunen onze burgers wereldwijd wanneer dat nodig is');
    expect(titles).toContain('We bouwen aan een slagvaardig en onafhankelijk Europa');
    expect(titles).toContain('Partnerschappen met maatschappelijk middenveld');
    expect(titles).toHaveLength(17);
  });

  it('keeps the bold word of an emphasised heading as a span', () => {
    const s = letter.sections.find((x) => x.title === 'We ondersteunen onze burgers wereldwijd wanneer dat nodig is')!;
    const strong = s.spans.find((x) => x.kind === 'strong')!;
    expect(s.title.slice(strong.start, strong.end)).toBe('onze burgers');
  });
});

describe('passages', () => {
  it('have unique ids made of chapter, subheading and paragraph number', () => {
    const ids = letter.passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(passage('We gaan door met de militaire').id).toBe('2.2.1');
    expect(passage('We gaan door met de militaire').sectionPath).toEqual(['2', '2.2']);
    expect(passage('De wereld om ons heen').id).toBe('1.0.1');
  });

  it('joins a paragraph that a page break split ("achter de schermen," / "bilateraal, …")', () => {
    const p = passage('De opkomst van autocraten');
    expect(p.text).toContain('Voor de schermen, achter de schermen, bilateraal, in EU-verband of juist in multilateraal verband.');
    expect(letter.passages.some((x) => x.text.startsWith('bilateraal'))).toBe(false);
  });

  it('joins across a footnote that stood between the two halves', () => {
    const p = passage('Het conflict in Iran');
    expect(p.text).toContain('raakt ons via irreguliere migratie, terrorisme en ondermijnende criminaliteit. We dragen bij');
    expect(p.text).not.toContain('Het ministerie van Buitenlandse Zaken stelt');
  });

  it('attaches each footnote to the passage carrying its marker', () => {
    expect(passage('De NAVO blijft de hoeksteen').footnotes).toEqual([
      { n: 1, text: 'Het ministerie van Buitenlandse Zaken stelt in de eerste helft van 2026 een internationale veiligheidsstrategie op met een uitwerking van de Nederlandse inzet voor Europese veiligheid.' },
    ]);
    expect(passage('Buitenlandse handel zorgt').footnotes).toEqual([{ n: 2, text: 'Kamerstuk 29826, nr. 277' }]);
    expect(passage('We sporen de Europese Commissie').footnotes.map((f) => f.n)).toEqual([3]);
    expect(letter.passages.flatMap((p) => p.footnotes)).toHaveLength(3);
  });

  it('writes 18^e as 18e', () => {
    expect(passage('De wereld om ons heen').text).toContain('We zijn de 18e economie van de wereld.');
  });

  it('records the seed line of each passage', () => {
    const lines = LETTER.split('\n');
    for (const p of letter.passages) expect(lines[p.line - 1]).toContain(p.text.slice(0, 20));
  });
});

describe('documents that are not letters', () => {
  it('reads a text without headings as one section titled by the file name (see structure-plain.test.ts)', () => {
    const r = parseLetter('Gewoon een zin.\n\nNog een zin.', 'x', 'seeds/x.txt');
    expect(r.structure.kind).toBe('single');
    expect(r.sections.map((s) => s.title)).toEqual(['x']);
    expect(r.passages.map((p) => p.text)).toEqual(['Gewoon een zin.', 'Nog een zin.']);
  });

  it('refuses a text of only white space, naming the file', () => {
    expect(() => parseLetter(' \n\n ', 'x', 'seeds/x.txt')).toThrow(SeedError);
  });

  it('reports the letter as numbered chapters', () => {
    expect(letter.structure).toEqual({ kind: 'chapters', detail: '4 numbered chapters' });
  });

  it('handles CRLF-free minimal letters with a heading and one paragraph', () => {
    const r = parseLetter('Titel\n\n1. Inleiding\n\nDe VS en het VK.', 'mini');
    expect(r.meta.title).toBe('Titel');
    expect(r.passages.map((p) => p.text)).toEqual(['De VS en het VK.']);
  });
});
