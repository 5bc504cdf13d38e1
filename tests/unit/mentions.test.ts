import { describe, expect, it } from 'vitest';
import { inflectDutch } from '../../src/pipeline/gazetteer';
import { createMatcher } from '../../src/pipeline/mentions';
import { gazetteer } from './reference';

const nl = createMatcher(gazetteer, 'nl');
const en = createMatcher(gazetteer, 'en');

/** "surface → target" for each mention, target being the ISO code or region id. */
const found = (text: string, matcher = nl) =>
  matcher.find(text).map((m) => `${m.surface} → ${m.iso2 ?? m.region}`);

describe('Dutch country names, demonyms, abbreviations (sentences from the letter)', () => {
  it('finds the adjective, the country, the region and home in the opening of chapter 2', () => {
    const ms = nl.find('De Russische agressieoorlog in Oekraïne is de grootste directe veiligheidsdreiging voor Europa en daarmee Nederland.');
    expect(ms.map((m) => [m.surface, m.kind, m.iso2 ?? m.region])).toEqual([
      ['Russische', 'demonym', 'RU'],
      ['Oekraïne', 'country', 'UA'],
      ['Europa', 'region', 'europe'],
      ['Nederland', 'country', 'NL'],
    ]);
    expect(ms.find((m) => m.iso2 === 'NL')?.home).toBe(true);
    expect(ms.find((m) => m.iso2 === 'UA')?.home).toBeUndefined();
  });

  it('reads the abbreviations VS and VK and the NATO allies list', () => {
    expect(found('ook via partnerschappen met landen als Japan, Zuid-Korea en Australië en de NAVO bondgenoten VK, Noorwegen, Canada, VS en Turkije.')).toEqual([
      'Japan → JP', 'Zuid-Korea → KR', 'Australië → AU', 'NAVO → nato', 'VK → GB', 'Noorwegen → NO', 'Canada → CA', 'VS → US', 'Turkije → TR',
    ]);
    expect(nl.find('de VS is de wereldmacht')[0]?.kind).toBe('abbreviation');
  });

  it('reads inflected adjectives: Franse, Israëlische, Palestijnse', () => {
    expect(found('Het kabinet heeft besloten in te gaan op het Franse aanbod')).toEqual(['Franse → FR']);
    expect(found('Er moet een einde komen aan (de uitbreiding van) illegale Israëlische nederzettingen, het geweld tegen burgers in Gaza')).toEqual([
      'Israëlische → IL', 'Gaza → PS',
    ]);
    expect(found('een onafhankelijke, democratische en levensvatbare Palestijnse staat naast een veilig Israël.')).toEqual(['Palestijnse → PS', 'Israël → IL']);
  });

  it('treats Gaza as a territory of Palestine', () => {
    expect(nl.find('het geweld tegen burgers in Gaza')[0]).toMatchObject({ kind: 'territory', iso2: 'PS' });
  });
});

describe('compounds', () => {
  it('counts Rusland-sancties as Russia, covering the whole word', () => {
    const [eu, ru] = nl.find('het verder versterken van de EU Rusland-sancties: het kabinet');
    expect(eu).toMatchObject({ surface: 'EU', region: 'eu' });
    expect(ru).toMatchObject({ surface: 'Rusland-sancties', iso2: 'RU', compound: true, form: 'Rusland' });
  });

  it('reads "EU- en NAVO-lidmaatschap" as two organisations', () => {
    expect(found('richting toekomstig EU- en NAVO-lidmaatschap')).toEqual(['EU- → eu', 'NAVO-lidmaatschap → nato']);
  });

  it('reads EU-lidstaat and Afrika-strategie', () => {
    expect(found('onze reputatie als betrouwbare en leidende EU-lidstaat te versterken')).toEqual(['EU-lidstaat → eu']);
    expect(found('Via een brede Afrika-strategie bouwen we aan gelijkwaardige partnerschappen.')).toEqual(['Afrika-strategie → africa']);
  });
});

describe('cities standing for their country', () => {
  it.each([
    ['Moskou', 'RU'],
    ['Washington', 'US'],
    ['Teheran', 'IR'],
    ['Den Haag', 'NL'],
  ])('%s → %s', (city, iso2) => {
    const [m] = nl.find(`Het overleg met ${city} ligt stil.`);
    expect(m).toMatchObject({ surface: city, kind: 'city', iso2 });
  });
});

describe('regions', () => {
  it('finds the regions named in the letter, with the longest name winning', () => {
    expect(found('Het conflict in Iran en het Midden-Oosten en de veiligheidssituatie in Venezuela en het Caraïbisch gebied laten zien')).toEqual([
      'Iran → IR', 'Midden-Oosten → middle-east', 'Venezuela → VE', 'Caraïbisch gebied → caribbean',
    ]);
    expect(found('We dragen bij aan vredesprocessen in o.a. de Hoorn van Afrika door ontwapening')).toEqual(['Hoorn van Afrika → horn-of-africa']);
    expect(found('Met onze Scandinavische en Baltische partners gaan we op veiligheid en innovatie nog nauwer samenwerken.')).toEqual([
      'Scandinavische → scandinavia', 'Baltische → baltic-states',
    ]);
    expect(found('Onze partners in de Golfregio zijn essentieel')).toEqual(['Golfregio → gulf']);
    expect(found('De Benelux is voor ons van oudsher een intensief samenwerkingsverband')).toEqual(['Benelux → benelux']);
  });

  it('ignores the case of the first letter of multi-word regions ("westelijke Balkan")', () => {
    expect(found('landen in de westelijke Balkan verder verdiepen')).toEqual(['westelijke Balkan → western-balkans']);
  });

  it('reads the mondiale Zuiden as an open-ended region', () => {
    const [m] = nl.find('zodat ook landen in het mondiale Zuiden hier meer baat bij hebben');
    expect(m).toMatchObject({ surface: 'mondiale Zuiden', kind: 'region', region: 'global-south' });
    expect(gazetteer.regions.get('global-south')?.members).toEqual([]);
  });

  it('tells the Caribbean part of the Kingdom from the Kingdom itself', () => {
    expect(found('waaronder de verdediging van het Caraïbisch deel van het Koninkrijk.')).toEqual(['Caraïbisch deel van het Koninkrijk → kingdom-caribbean']);
  });
});

describe('organisations', () => {
  it('finds the international financial institutions and the VN', () => {
    expect(found('Naast de VN zijn WTO, OESO en de internationale financiële instellingen (Wereldbank, Internationaal Monetair Fonds en de regionale ontwikkelingsbanken) essentiële onderdelen')).toEqual([
      'VN → un', 'WTO → wto', 'OESO → oecd', 'Wereldbank → world-bank', 'Internationaal Monetair Fonds → imf', 'regionale ontwikkelingsbanken → regional-development-banks',
    ]);
  });

  it('reads the Raad van Europa as the Council of Europe, not as Europe', () => {
    expect(found('In 2027 is Nederland voorzitter van de Raad van Europa, de organisatie bij uitstek')).toEqual(['Nederland → NL', 'Raad van Europa → council-of-europe']);
  });

  it('reads the Internationaal Strafhof', () => {
    expect(found('We zetten ons in voor het Internationaal Strafhof en de totstandkoming van een tribunaal')).toEqual(['Internationaal Strafhof → icc']);
  });
});

describe('traps', () => {
  it('Kopenhagencriteria and Kopenhagen-criteria are not Denmark', () => {
    expect(found('waarbij de Kopenhagencriteria leidend zijn.')).toEqual([]);
    expect(found('De Kopenhagen-criteria zijn leidend: hoe sneller landen hervormen')).toEqual([]);
  });

  it('Zuid-Afrika is South Africa, not the Africa region', () => {
    expect(found('Landen als Zuid-Afrika, Kenia en Nigeria zullen met hun groeimarkten')).toEqual(['Zuid-Afrika → ZA', 'Kenia → KE', 'Nigeria → NG']);
  });

  it('Verenigd Koninkrijk is the UK while het Koninkrijk is the Netherlands (home)', () => {
    expect(found('relaties met het Verenigd Koninkrijk')).toEqual(['Verenigd Koninkrijk → GB']);
    const [k] = nl.find('voor de belangen van het Koninkrijk in de wereld');
    expect(k).toMatchObject({ surface: 'Koninkrijk', iso2: 'NL', home: true });
  });

  it('Noord-Kaukasus is Russia', () => {
    expect(found('het geweld in de Noord-Kaukasus')).toEqual(['Noord-Kaukasus → RU']);
  });

  it('people and currencies are not places', () => {
    expect(found('We moeten met urgentie opvolging geven aan de Draghi en Letta aanbevelingen')).toEqual([]);
    expect(found('In May 2026 the summit pledged USD 5 billion.', en)).toEqual([]);
    expect(found('a loan of 5 billion USD to us', en)).toEqual([]);
  });
});

describe('English text works the same way', () => {
  it('finds demonyms, regions and organisations', () => {
    expect(found('Russian aggression against Ukraine is the greatest threat to Europe.', en)).toEqual(['Russian → RU', 'Ukraine → UA', 'Europe → europe']);
    expect(found('relations with the UK, Norway, Türkiye and the countries of the Western Balkans', en)).toEqual([
      'UK → GB', 'Norway → NO', 'Türkiye → TR', 'Western Balkans → western-balkans',
    ]);
    expect(found('NATO remains the cornerstone; the US is the world power', en)).toEqual(['NATO → nato', 'US → US']);
    expect(found('a viable Palestinian state next to a secure Israel; violence in Gaza', en)).toEqual(['Palestinian → PS', 'Israel → IL', 'Gaza → PS']);
  });
});

describe('inflectDutch', () => {
  it.each([
    ['Russisch', 'Russische'],
    ['Frans', 'Franse'],
    ['Europees', 'Europese'],
    ['Chinees', 'Chinese'],
    ['Amerikaans', 'Amerikaanse'],
    ['Israëlisch', 'Israëlische'],
    ['Palestijns', 'Palestijnse'],
  ])('%s → %s', (base, inflected) => expect(inflectDutch(base)).toBe(inflected));
});
