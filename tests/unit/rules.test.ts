/**
 * The matcher's rules, one block per rule, in Dutch and English, on real sentences (Kamerstukken,
 * Council conclusions, UN statements, news). What each rule must find and what it must leave.
 */
import { describe, expect, it } from 'vitest';
import { applyDocumentRules } from '../../src/pipeline/document';
import { fold } from '../../src/pipeline/fold';
import { createMatcher, type Matcher } from '../../src/pipeline/mentions';
import type { Lang } from '../../src/pipeline/types';
import { gazetteer } from './reference';

const nl = createMatcher(gazetteer, 'nl');
const en = createMatcher(gazetteer, 'en');

/** Matches a one-paragraph document and applies the document rules: "surface → target". */
const doc = (matcher: Matcher, ...paragraphs: string[]) =>
  applyDocumentRules(paragraphs.map((text) => ({ text, mentions: matcher.find(text) })), matcher.lang).map((ms) =>
    ms.map((m) => `${m.surface} → ${m.iso2 ?? m.region}`),
  );
const found = (text: string, matcher: Matcher = nl) => doc(matcher, text)[0]!;
const countries = (text: string, matcher: Matcher = nl) => found(text, matcher).map((s) => s.split(' → ')[1]).filter((t) => /^[A-Z]{2}$/.test(t!));

describe('spelling variants are one name (folded comparison, not a list of spellings)', () => {
  it('with or without the hyphen between the parts of a name', () => {
    expect(countries('Ook in Zuid Sudan komen steeds meer mensen aan.')).toEqual(['SS']);
    expect(countries('het opflakkerend geweld in de Centraal Afrikaanse Republiek')).toEqual(['CF']);
    expect(countries('the presidential election in Guinea Bissau on 24th November 2019', en)).toEqual(['GW']);
    expect(countries('de grensregio’s met Zuid-Soedan')).toEqual(['SS']);
  });

  it('with or without diacritics', () => {
    expect(countries('naast een veilig Israel en een levensvatbare Palestijnse staat')).toEqual(['IL', 'PS']);
    expect(countries('De Russische agressieoorlog in Oekraine is de grootste dreiging')).toEqual(['RU', 'UA']);
    expect(countries('Het is van belang dat Curacao en Aruba meedoen')).toEqual(['CW', 'AW']);
  });

  it('with a curly or a typewriter apostrophe', () => {
    expect(countries('De mission bezocht Côte d’Ivoire op 17 mei 2017.')).toEqual(['CI']);
    expect(countries('A joint high-level mission visited Côte d’Ivoire on 17 May 2017.', en)).toEqual(['CI']);
  });

  it('with a doubled consonant (older official Dutch spellings)', () => {
    expect(countries('de Filippijnen en Marokko')).toEqual(['PH', 'MA']);
    expect(countries('de Filipijnen')).toEqual(['PH']);
  });

  it('in Dutch, oe and u alike: the international spelling in a Dutch text', () => {
    expect(countries('Vele tienduizenden inwoners Sudan op de vlucht')).toEqual(['SD']);
    expect(countries('de situatie in andere regio’s, zoals Darfoer en de grensregio’s')).toEqual(['SD']);
    expect(countries('Oeganda en Uganda')).toEqual(['UG', 'UG']);
  });

  it('in Dutch, also the English spelling of cities and English abbreviations quoted from English', () => {
    expect(countries('een belangrijk deel van de hoofdstad Khartoum')).toEqual(['SD']);
    expect(countries('het artikel «Miscalculations, divisions marked offensive planning by U.S., Ukraine» in The Washington Post')).toEqual(['US', 'UA']);
  });

  it('keeps single words case-sensitive: "us" is never the US, "golf" never the Gulf', () => {
    expect(found('They told us that the golf course was closed.', en)).toEqual([]);
    expect(found('We gaan golf spelen en de vs. van de wedstrijd', nl)).toEqual([]);
  });

  it('folds text and forms alike, keeping offsets on the text as written', () => {
    const text = 'In Zuid Sudan en Côte d’Ivoire.';
    for (const m of nl.find(text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(fold('Filippijnen', 'nl').text).toBe('Filipijnen');
    expect(fold('Zuid-Soedan', 'nl').text).toBe(fold('Zuid Sudan', 'nl').text);
    // "oë" is two vowels, not the oe of Soedan.
    expect(fold('Noë', 'nl').text).toBe('Noe');
  });

  it('never lets two places fold to the same key within a language', () => {
    for (const lang of ['nl', 'en'] as Lang[]) {
      const byKey = new Map<string, Set<string>>();
      for (const e of gazetteer.entries[lang]) {
        const key = fold(e.surface, lang).text;
        const target = e.iso2 ?? e.region ?? (e.candidates ?? []).join('|');
        byKey.set(key, (byKey.get(key) ?? new Set()).add(target));
      }
      const clashes = [...byKey].filter(([, targets]) => targets.size > 1).map(([k, t]) => `${k}: ${[...t].join(', ')}`);
      expect(clashes, lang).toEqual([]);
    }
  });
});

describe('abbreviations the document defines', () => {
  it('(CAR) after the Centraal-Afrikaanse Republiek makes CAR that country in the rest of the document', () => {
    const [first, second] = doc(
      nl,
      'Het opflakkerend geweld in de Centraal-Afrikaanse Republiek (CAR) heeft sinds 2013 niet meer zo veel mensen op de vlucht gejaagd.',
      'Vluchtelingen die uit de CAR in Tsjaad aankomen zeggen dat huizen zijn platgebrand.',
    );
    expect(first).toEqual(['Centraal-Afrikaanse Republiek → CF']);
    expect(second).toEqual(['CAR → CF', 'Tsjaad → TD']);
  });

  it('(R.O.K.) after the Republic of Korea: connector words may be initialled or not', () => {
    const [, later] = doc(
      en,
      'Republic of Korea (R.O.K.) Special Representative for Korean Peninsula Peace and Security Affairs Kim Hong-kyun met in Washington.',
      'North Korea’s programs directly threaten the security of the R.O.K., Japan, and the United States.',
    );
    expect(later).toEqual(['North Korea → KP', 'R.O.K. → KR', 'Japan → JP', 'United States → US']);
  });

  it('applies only to the document that defines it', () => {
    expect(found('Vluchtelingen die uit de CAR in Tsjaad aankomen.')).toEqual(['Tsjaad → TD']);
  });

  it('(hierna: …) and (hereinafter "…") define any short name', () => {
    expect(doc(nl, 'de Democratische Republiek Congo (hierna: DRC of Congo-Kinshasa)', 'In DRC of Congo-Kinshasa …')[0]).toEqual(['Democratische Republiek Congo → CD']);
    const [, later] = doc(en, 'the Republic of Guinea-Bissau (hereinafter "the Republic") and its partners', 'The Republic shall notify the Secretary-General.');
    expect(later).toEqual(['Republic → GW']);
  });

  it('counts a name and the abbreviation restated in brackets once', () => {
    expect(found('zowel uit de Verenigde Staten (VS) als uit het Verenigd Koninkrijk (VK) wapens')).toEqual(['Verenigde Staten → US', 'Verenigd Koninkrijk → GB']);
    expect(found('the situation in the eastern Democratic Republic of Congo (DRC). The withdrawal of the M23 from Goma', en)).toEqual([
      'Congo → CD', 'Goma → CD',
    ]);
  });

  it('does not let an office or a pair of parties borrow a place’s name', () => {
    expect(doc(en, 'the Special Envoy for Myanmar (SEM) met the parties.', 'The SEM will report.')).toEqual([['Myanmar → MM'], []]);
    expect(doc(en, 'between the Kingdom of the Netherlands and the Republic of Guinea-Bissau (hereinafter "the Parties")', 'The Parties agree.')[1]).toEqual([]);
  });
});

describe('names inside names: agreements, criteria, courts named after a place (a class, not a list)', () => {
  it.each([
    'waarbij de Kopenhagencriteria leidend zijn',
    'De Kopenhagen-criteria zijn leidend',
    'de Kopenhagen criteria',
    'de criteria van Kopenhagen',
    'het Akkoord van Parijs',
    'het Klimaatakkoord van Parijs',
    'het Parijs-akkoord',
    'het Verdrag van Wenen inzake diplomatiek verkeer',
    'de Conventies van Genève',
    'de uitvoering van de Minsk-akkoorden blijft gebrekkig',
    'de akkoorden van Minsk',
    'de Minsk-groep van de OVSE',
    'het Boedapest-memorandum',
    'het Memorandum van Boedapest',
    'de Dublin-verordening',
    'een Dublin-claim',
    'het Berlijn-proces',
    'de Club van Parijs',
    'de Club van Rome',
    'het Ottawa-verdrag en het Verdrag van Ottawa',
    'de Oslo-akkoorden',
    'de Washington Consensus',
    'een uitspraak van de Rechtbank Den Haag',
  ])('nl: "%s" names no country', (text) => expect(countries(text)).toEqual([]));

  it.each([
    'the Copenhagen criteria',
    'the Copenhagen political criteria',
    'the Paris Agreement',
    'Paris Climate Agreement',
    'the Vienna Convention on Diplomatic Relations',
    'the Treaty of Lisbon',
    'the Minsk agreements',
    'the Minsk Group',
    'the Oslo Accords',
    'the Ottawa Treaty and the Ottawa Convention',
    'the Dublin Regulation and the Dublin rules',
    'the Budapest Memorandum',
    'the Berlin Process',
    'the Paris Club',
    'the Club of Rome',
    'the Washington Consensus',
    'the Brussels effect',
    'the Brussels Treaty of 17 March 1948',
    'in The Washington Post of 4 December 2023',
  ])('en: "%s" names no country', (text) => expect(countries(text, en)).toEqual([]));

  it('leaves the place a mention where it is the subject or a party', () => {
    expect(countries('het verder versterken van de EU Rusland-sancties')).toEqual(['RU']);
    expect(countries('De verklaring van Rusland over de akkoorden')).toEqual(['RU']);
    expect(countries('Het overleg met Moskou ligt stil; het regime in Moskou')).toEqual(['RU', 'RU']);
    expect(countries('the Moscow regime and the talks in Paris', en)).toEqual(['RU', 'FR']);
    expect(countries('the Ukraine Energy Support Fund', en)).toEqual(['UA']);
  });
});

describe('languages are not countries', () => {
  it.each([
    ['De tekst is in het Engels en het Frans beschikbaar.', []],
    ['Franstalige landen in West-Afrika', []],
    ['de Engelse tekst en de Franse versie', []],
    ['In Russisch bezet gebied is de situatie ernstig.', ['RU']],
    ['Het Franse aanbod voor een strategische dialoog', ['FR']],
    ['Hij spreekt Russisch en Oekraïens.', []],
  ])('nl: %s', (text, expected) => expect(countries(text)).toEqual(expected));

  it.each([
    ['The English and French texts are equally authentic.', []],
    ['Spanish-speaking countries in Latin America', []],
    ['The report was translated into French.', []],
    ['French and Spanish versions are available.', []],
    ['Russian aggression against Ukraine', ['RU', 'UA']],
    ['a French proposal on deterrence', ['FR']],
  ])('en: %s', (text, expected) => expect(countries(text, en)).toEqual(expected));
});

describe('headings in capitals', () => {
  it('finds names in an all-capitals heading, and no country in a two-letter word there', () => {
    expect(found('RUSSISCHE AGRESSIE TEGEN OEKRAÏNE EN DE NAVO')).toEqual(['RUSSISCHE → RU', 'OEKRAÏNE → UA', 'NAVO → nato']);
    expect(found('RUSSIAN AGGRESSION AGAINST UKRAINE', en)).toEqual(['RUSSIAN → RU', 'UKRAINE → UA']);
    expect(found('LET US TALK ABOUT IT', en)).toEqual([]);
    expect(found('DE EU-VS RELATIE EN DE VN')).toEqual(['EU- → eu', 'VN → un']);
  });
});

describe('people', () => {
  it('an uninflected Dutch demonym before a capitalised name is a first name', () => {
    expect(countries('minister Frans Weekers sprak met Frans Timmermans over het Franse aanbod')).toEqual(['FR']);
    // A place after it is no first name: the two make one name, or a compound.
    expect(countries('Het Frans-Duitse voorstel en de kust van Frans Guyana')).toEqual(['FR', 'DE', 'GF']);
  });
});

describe('compounds resolve as a whole', () => {
  it('Bissau-Guinean is Guinea-Bissau; Papoea-Nieuw-Guinea and Nieuw-Guinea are not Guinea', () => {
    expect(countries('The Authority congratulated the Bissau-Guinean people for their participation.', en)).toEqual(['GW']);
    expect(countries('het Bissau-Guinese volk')).toEqual(['GW']);
    expect(countries('Papoea-Nieuw-Guinea en het eiland Nieuw-Guinea')).toEqual(['PG']);
    expect(countries('Papua New Guinea', en)).toEqual(['PG']);
  });

  it('a compound of two places names both', () => {
    expect(found('de Frans-Duitse as en de Russisch-Oekraïense oorlog')).toEqual(['Frans- → FR', 'Duitse → DE', 'Russisch- → RU', 'Oekraïense → UA']);
    expect(found('de Russische agressie, de situatie in het Midden-Oosten en de EU-VS relatie')).toEqual(['Russische → RU', 'Midden-Oosten → middle-east', 'EU- → eu', 'VS → US']);
  });

  it('a compass point qualifies a place, unless together they name another country', () => {
    expect(countries('de situatie in Noord-Syrië')).toEqual(['SY']);
    expect(found('In Zuid-Sudan gaat het met name om Zuid-Sudanezen die teruggaan')).toEqual(['Zuid-Sudan → SS', 'Zuid-Sudanezen → SS']);
  });
});

describe('ambiguous short names resolve from the document', () => {
  it('a bare Congo in a text naming the DRC, Kinshasa or Goma is the DRC', () => {
    expect(doc(en, 'The withdrawal of the M23 from Goma is a first step.', 'Fighting resumed in Congo.')[1]).toEqual(['Congo → CD']);
    expect(doc(nl, 'De regering in Kinshasa reageerde.', 'Congo ziet de vluchtelingen liever vertrekken.')[1]).toEqual(['Congo → CD']);
  });

  it('a bare Congo in a text naming only Congo-Brazzaville is that Congo', () => {
    expect(doc(nl, 'De president van Congo-Brazzaville bezocht Parijs.', 'Congo exporteert vooral olie.')[1]).toEqual(['Congo → CG']);
  });

  it('a bare Congo with no other clue is the DRC (current usage, data/ambiguous.csv)', () => {
    expect(found('Honderd Zuid-Sudanese vluchtelingen hebben in Congo dertien VN-medewerkers gegijzeld.')).toEqual(['Zuid-Sudanese → SS', 'Congo → CD', 'VN-medewerkers → un']);
  });

  it('Korea follows Noord- or Zuid-Korea in the same document, and stays unread when both or neither occur', () => {
    expect(doc(nl, 'Noord-Korea voerde een nieuwe rakettest uit.', 'Korea dreigt met meer tests.')[1]).toEqual(['Korea → KP']);
    expect(doc(en, 'Trade with South Korea grew.', 'Korea is our third partner.')[1]).toEqual(['Korea → KR']);
    expect(doc(nl, 'Noord-Korea en Zuid-Korea spraken.', 'Korea blijft verdeeld.')[1]).toEqual([]);
    expect(found('Korea blijft verdeeld.')).toEqual([]);
  });

  it('records which countries a resolved name could have meant', () => {
    const m = applyDocumentRules([{ text: 'Congo ziet ze liever vertrekken.', mentions: nl.find('Congo ziet ze liever vertrekken.') }], 'nl')[0]![0];
    expect(m).toMatchObject({ surface: 'Congo', iso2: 'CD', resolvedFrom: ['CD', 'CG'] });
  });
});
