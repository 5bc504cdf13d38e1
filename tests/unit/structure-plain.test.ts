/** Structure of texts without numbered chapters: questions, articles, headings, one section. */
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/pipeline/structure';

const titles = (text: string) => parseLetter(text, 'doc').sections.map((s) => `${s.id} ${s.title}`);

describe('question/answer blocks', () => {
  const kv = [
    'Vragen van het lid Piri (PvdA) aan de Minister van Buitenlandse Zaken over nieuwsberichten over Soedan (ingezonden 6 oktober 2023).',
    '',
    'Antwoord van Minister Bruins Slot (Buitenlandse Zaken) (ontvangen 4 december 2023).',
    '',
    'Vraag 1',
    '',
    'Kunt u een update geven van de actuele situatie van de strijd die gaande is in Soedan?',
    '',
    'Antwoord 1',
    '',
    'De strijd tussen de Sudan Armed Forces (SAF) en de Rapid Support Forces (RSF) is nog altijd gaande.',
    '',
    'Vraag 2',
    '',
    'Is het voor de Verenigde Naties (VN) mogelijk om een betrouwbaar beeld te krijgen?',
    '',
    'Antwoord 2',
    '',
    'Het is voor de VN mogelijk op hoofdlijnen een goed beeld te krijgen.',
  ].join('\n');

  it('makes a section per question with its answer under it, the preamble apart', () => {
    const r = parseLetter(kv, 'kv');
    expect(r.structure).toEqual({ kind: 'questions', detail: 'no numbered chapters; 2 question blocks (2 with an answer)' });
    expect(r.sections.map((s) => `${s.id} ${s.title}`)).toEqual(['0 kv', '1 Vraag 1', '1.1 Antwoord 1', '2 Vraag 2', '2.1 Antwoord 2']);
    expect(r.sections.find((s) => s.id === '1')!.number).toBe('1');
    expect(r.passages.map((p) => p.id)).toEqual(['0.0.1', '0.0.2', '1.0.1', '1.1.1', '2.0.1', '2.1.1']);
  });

  it('reads English "Question 1" / "Answer" and a question on the marker line', () => {
    expect(titles('Question 1: Is the minister aware of the report on Sudan?\n\nAnswer\n\nYes.')).toEqual(['1 Question 1:', '1.1 Answer']);
  });

  it('joins hard-wrapped questions back into one passage, names and all', () => {
    const text = [
      'Vraag 6',
      'Deelt u de zorgen dat ook militaire goederen uit Nederland in handen van de RSF eindigen,',
      'gezien het feit dat Nederland sinds 2023 weer militaire goederen aan de Verenigde',
      'Arabische Emiraten levert?',
      'Vraag 7',
      'Welke garantie heeft u van de Verenigde Arabische Emiraten dat deze goederen niet',
      'in Soedan eindigen? Op welke manier controleert u dit?',
    ].join('\n');
    const r = parseLetter(text, 'kv');
    expect(r.passages.map((p) => p.text)).toEqual([
      'Deelt u de zorgen dat ook militaire goederen uit Nederland in handen van de RSF eindigen, gezien het feit dat Nederland sinds 2023 weer militaire goederen aan de Verenigde Arabische Emiraten levert?',
      'Welke garantie heeft u van de Verenigde Arabische Emiraten dat deze goederen niet in Soedan eindigen? Op welke manier controleert u dit?',
    ]);
  });
});

describe('hard-wrapped letters', () => {
  const text = [
    'Brief regering : Nederlandse en bredere Europese inzet in de Sahel',
    '29 521 Nederlandse deelname aan vredesmissies',
    '34 952 Investeren in Perspectief – Goed voor de Wereld, Goed voor Nederland',
    'Nr. 403 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING',
    'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
    'Den Haag, 17 maart 2020',
    'De internationale en de Nederlandse inzet in de regio concentreert zich voornamelijk',
    'op de zogenaamde G5-Sahellanden. Begin 2014 richtten de staatshoofden van Burkina',
    'Faso, Mali, Mauritanië, Niger en Tsjaad de G5-Sahel op om de onderlinge samenwerking',
    'en coördinatie op het gebied van veiligheid en economische ontwikkeling te versterken.',
    'Tegelijkertijd wordt de inzet in de Sahel vormgegeven in nauwe samenhang met de West-',
    'en Noord-Afrikaanse regio alsook de Tsjaadmeerregio.',
  ].join('\n');

  it('keep the letter head out of the text and join the paragraphs back, names and dangling hyphens intact', () => {
    const r = parseLetter(text, 'sahel');
    expect(r.meta).toMatchObject({ title: 'Brief regering : Nederlandse en bredere Europese inzet in de Sahel', kamerstuk: '29 521, nr. 403', date: '2020-03-17', place: 'Den Haag' });
    const texts = r.passages.map((p) => p.text);
    expect(texts[0]).toMatch(/^De internationale en de Nederlandse inzet/);
    expect(texts.join(' ')).toContain('de staatshoofden van Burkina Faso, Mali, Mauritanië');
    expect(texts.join(' ')).toContain('met de West- en Noord-Afrikaanse regio');
    expect(texts.some((t) => /^(?:Faso|en Noord|op de zogenaamde|34 952|Nr\.|Aan de|Den Haag)/.test(t))).toBe(false);
  });
});

describe('articles', () => {
  it('makes a section per article, the preamble apart, numbered as printed', () => {
    const text = 'Verdrag tussen Nederland en Duitsland betreffende de coproductie van films ondertekend te Berlijn\n\nZijn het volgende overeengekomen:\n\nArtikel 1\n\n1. Coproducties worden erkend.\n\nArtikel 2a\n\n1. In het kader van dit Verdrag omvat het begrip film alle films.';
    const r = parseLetter(text, 'verdrag');
    expect(r.structure.kind).toBe('articles');
    expect(r.sections.map((s) => `${s.id} ${s.number} ${s.title}`)).toEqual(['0 null Verdrag tussen Nederland en Duitsland betreffende de coproductie van films ondertekend te Berlijn', '1 1 Artikel 1', '2 2a Artikel 2a']);
    expect(r.passages.map((p) => p.id)).toEqual(['0.0.1', '1.0.1', '2.0.1']);
  });

  it('puts articles under chapters when the text has them', () => {
    const text = 'CHAPTER I\n\nArticle 1\n\nThe Parties shall cooperate.\n\nArticle 2\n\nThe Parties shall inform each other.\n\nCHAPTER II\n\nArticle 3\n\nThis Convention enters into force.';
    expect(titles(text)).toEqual(['1 CHAPTER I', '1.1 Article 1', '1.2 Article 2', '2 CHAPTER II', '2.1 Article 3']);
  });
});

describe('unnumbered headings', () => {
  const agenda = [
    'Geannoteerde agenda voor de Raad Buitenlandse Zaken van 27 januari 2025',
    '',
    'Op maandag 27 januari a.s. vindt de Raad Buitenlandse Zaken (RBZ) plaats in Brussel. De Raad zal spreken over de Russische agressie jegens Oekraïne.',
    '',
    'Rusland-Oekraïne',
    '',
    'De Raad zal spreken over de voortdurende agressieoorlog tegen Oekraïne en de verschillende EU-werksporen.',
    '',
    'Georgië',
    '',
    'De Raad zal stilstaan bij de situatie in Georgië.',
  ].join('\n');

  it('makes the title and each short line followed by a paragraph a section', () => {
    const r = parseLetter(agenda, 'agenda');
    expect(r.structure).toEqual({ kind: 'headings', detail: 'no numbered chapters; 3 sections under unnumbered headings' });
    expect(r.meta.title).toBe('Geannoteerde agenda voor de Raad Buitenlandse Zaken van 27 januari 2025');
    expect(r.sections.map((s) => `${s.id} ${s.title}`)).toEqual(['1 Geannoteerde agenda voor de Raad Buitenlandse Zaken van 27 januari 2025', '2 Rusland-Oekraïne', '3 Georgië']);
    expect(r.passages.map((p) => p.id)).toEqual(['1.0.1', '2.0.1', '3.0.1']);
  });

  it('takes a headline ending in a question mark as the title', () => {
    expect(titles('Vele inwoners Sudan op de vlucht: waar gaan ze naartoe?\n\nTsjaad vangt de meeste mensen op.')[0]).toBe('1 Vele inwoners Sudan op de vlucht: waar gaan ze naartoe?');
  });

  it('leaves a list of short lines as passages (an agenda without paragraphs)', () => {
    const r = parseLetter('Agenda\n\nOekraïne\nMidden-Oosten\nGeorgië en Moldavië', 'a');
    expect(r.structure.kind).toBe('single');
    expect(r.passages.map((p) => p.text)).toEqual(['Oekraïne', 'Midden-Oosten', 'Georgië en Moldavië']);
  });

  it('does not take "1. … 3. …" list items for chapters when they do not count from 1', () => {
    const r = parseLetter('Verslag\n\nDe Raad sprak over:\n\n3. Oekraïne\n\n5. Georgië\n\nDaarna volgde de lunch.', 'v');
    expect(r.structure.kind).not.toBe('chapters');
    expect(r.passages.map((p) => p.text)).toContain('3. Oekraïne');
  });
});

describe('one section', () => {
  it('is titled by the first line when it reads as a title, else by the file name', () => {
    expect(titles('Security Council Press Statement on Sudan\n\nThe members of the Security Council reiterated their concern.')).toEqual(['1 Security Council Press Statement on Sudan']);
    expect(titles('The members of the Security Council reiterated their concern at the situation in Sudan.')).toEqual(['1 doc']);
  });

  it('reads a Kamerbrief head into the metadata: Kamerstuk, title, date, place and a one-line signature', () => {
    const text = '36 045 Situatie in Oekraïne\n\nNr. 174 BRIEF VAN DE MINISTER VAN DEFENSIE\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 17 januari 2024\n\nOekraïne is een soeverein land dat een existentiële oorlog voert.\n\nDe Minister van Defensie, K.H. Ollongren';
    const r = parseLetter(text, 'brief');
    expect(r.meta).toMatchObject({ title: 'Situatie in Oekraïne', kamerstuk: '36 045, nr. 174', date: '2024-01-17', place: 'Den Haag' });
    expect(r.meta.signatories).toEqual([{ role: 'De Minister van Defensie', name: 'K.H. Ollongren' }]);
    expect(r.sections.map((s) => s.title)).toEqual(['Situatie in Oekraïne']);
    expect(r.passages.map((p) => p.text)).toEqual(['Oekraïne is een soeverein land dat een existentiële oorlog voert.']);
  });
});

describe('letters with numbered chapters', () => {
  it('keep prose after the salutation and before chapter 1 as an introduction (section 0)', () => {
    const text = 'Geachte voorzitter,\n\nHierbij informeer ik uw Kamer over de situatie in Soedan en de Nederlandse inzet.\n\n1. Politieke situatie\n\nDe strijd in Darfur gaat door.';
    const r = parseLetter(text, 'brief');
    expect(r.structure.kind).toBe('chapters');
    expect(r.sections.map((s) => `${s.id} ${s.title}`)).toEqual(['0 brief', '1 Politieke situatie']);
    expect(r.passages.map((p) => p.id)).toEqual(['0.0.1', '1.0.1']);
  });
});
