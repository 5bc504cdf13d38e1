/**
 * Grammatical rules that decide, from the words around a name, that it is not a mention of
 * the place: a treaty or court named after a city, a language, a part of a longer name. They
 * are rules over classes of words, not lists of phrases, so they hold for texts nobody has
 * read yet. Pure; offsets are into the text as written.
 */
import type { Lang, MentionKind } from './types';

/**
 * Head nouns of things named after the place where they were agreed or sit: criteria,
 * agreements, treaties, conventions, statutes, processes, formats, courts … ("the Copenhagen
 * criteria", "Verdrag van Wenen", "Minsk-akkoorden", "Rechtbank Den Haag"). Strategies,
 * sanctions, conferences and talks are about the place and stay mentions ("Afrika-strategie",
 * "Rusland-sancties").
 */
const INSTRUMENT_HEADS: Record<Lang, string[]> = {
  nl: [
    'criteria', 'akkoord', 'akkoorden', 'verdrag', 'verdragen', 'conventie', 'conventies', 'statuut', 'protocol', 'protocollen',
    'memorandum', 'overeenkomst', 'overeenkomsten', 'verordening', 'verordeningen', 'proces', 'formaat', 'format', 'groep',
    'club', 'consensus', 'verklaring', 'handvest', 'agenda', 'principes', 'beginselen', 'regels', 'systeem', 'afspraken',
    'slotakte', 'akte', 'hof', 'gerechtshof', 'rechtbank', 'tribunaal', 'effect', 'claim', 'claims',
  ],
  en: [
    'criteria', 'agreement', 'agreements', 'accord', 'accords', 'treaty', 'treaties', 'convention', 'conventions', 'statute',
    'protocol', 'protocols', 'memorandum', 'regulation', 'regulations', 'process', 'format', 'group', 'club', 'consensus',
    'declaration', 'charter', 'agenda', 'principles', 'rules', 'system', 'commitments', 'act', 'document', 'court', 'tribunal',
    'effect', 'claim', 'claims',
  ],
};
const HEAD_SET: Record<Lang, Set<string>> = { nl: new Set(INSTRUMENT_HEADS.nl), en: new Set(INSTRUMENT_HEADS.en) };
/** Dutch writes the head onto the place with a hyphen, possibly with a modifier: "Parijs-klimaatakkoord". */
const NL_COMPOUND_HEAD = new RegExp(`(?:^|\\p{L})(?:${INSTRUMENT_HEADS.nl.join('|')})$`, 'u');
const OF: Record<Lang, string> = { nl: 'van|in|te', en: 'of|in' };
const ARTICLE: Record<Lang, string> = { nl: 'de|het', en: 'the' };

const WORD = /[\p{L}\p{N}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/** The word that follows `end` after white space (not after punctuation), and where it ends. */
function nextWord(text: string, end: number): { word: string; end: number } | null {
  const m = /^[ \u00a0]+([\p{L}][\p{L}'-]*)/u.exec(text.slice(end, end + 60));
  return m ? { word: m[1]!, end: end + m[0].length } : null;
}

/**
 * A place written as part of the name of an instrument or court named after it:
 * - place first: "Copenhagen criteria", "the Copenhagen political criteria", "Kopenhagen-criteria",
 *   "Minsk-akkoorden", "Dublin rules";
 * - head first: "Verdrag van Lissabon", "criteria van Kopenhagen", "Treaty of Rome",
 *   "Conventies van Genève", "Rechtbank Den Haag".
 * For a city any head counts. For a country the head must be a capitalised title ("Akkoord van
 * Samoa"), since "de verklaring van Rusland" is Russia's statement, and a country named first
 * is a party, not a venue ("EU-Turkey Statement", "Ukraine Facility").
 */
export function isNamedInstrument(text: string, start: number, end: number, kind: MentionKind, lang: Lang, isPlace: (at: number) => boolean = () => false): boolean {
  const city = kind === 'city';
  if (!city && kind !== 'country' && kind !== 'territory') return false;
  const heads = HEAD_SET[lang];

  if (city) {
    if (text[end] === '-') {
      const tail = /^-([\p{L}-]+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
      if (heads.has(tail) || NL_COMPOUND_HEAD.test(tail)) return true;
    }
    const next = nextWord(text, end);
    if (next && heads.has(next.word.toLowerCase())) return true;
    // "Paris Climate Agreement": a capitalised modifier between city and head.
    const then = next && /^\p{Lu}/u.test(next.word) ? nextWord(text, next.end) : null;
    if (then && /^\p{Lu}/u.test(then.word) && heads.has(then.word.toLowerCase())) return true;
    const afterArticle = new RegExp(`(?:^|[^\\p{L}])(?:${ARTICLE[lang]}|the)\\s+$`, 'iu').test(text.slice(Math.max(0, start - 8), start));
    // "The Washington Post", "the Moscow Times", "de Berlijn Verklaring": article, city and a
    // capitalised word make one proper name. ("the Moscow regime" stays Russia.)
    if (afterArticle && next && /^\p{Lu}\p{Ll}/u.test(next.word) && !isPlace(next.end - next.word.length)) return true;
    // "the Copenhagen political criteria": a city used attributively after an article.
    if (afterArticle && next) {
      const then = nextWord(text, next.end);
      if (then && heads.has(then.word.toLowerCase())) return true;
      const third = then && nextWord(text, then.end);
      if (third && heads.has(third.word.toLowerCase())) return true;
    }
  }

  const before = text.slice(Math.max(0, start - 40), start);
  const headFirst = new RegExp(`(?:^|[^\\p{L}])(\\p{L}+)\\s+(?:(?:${OF[lang]})\\s+)?(?:(?:${ARTICLE[lang]})\\s+)?$`, 'u').exec(before);
  if (headFirst) {
    const head = headFirst[1]!;
    const withPreposition = new RegExp(`\\s(?:${OF[lang]})\\s+(?:(?:${ARTICLE[lang]})\\s+)?$`, 'u').test(before);
    const capitalised = /^\p{Lu}/u.test(head);
    // Dutch compounds end in the head: "Klimaatakkoord van Parijs", "Vredesverdrag van Versailles".
    const isHead = heads.has(head.toLowerCase()) || (lang === 'nl' && NL_COMPOUND_HEAD.test(head.toLowerCase()));
    if (isHead && (capitalised || (city && withPreposition))) return true;
  }
  return false;
}

/** Nouns after a demonym that make it a language: "French texts", "de Engelse versie", "Spanish-speaking". */
const LANGUAGE_NOUNS: Record<Lang, RegExp> = {
  nl: /^(?:-|\s+)(?:talig|talige|sprekend|sprekende|sprekenden|taal|talen|tekst|teksten|versie|versies|vertaling|vertalingen|ondertiteling|ondertiteld)(?![\p{L}])/u,
  en: /^(?:-|\s+)(?:speaking|speaker|speakers|language|languages|text|texts|version|versions|translation|translations|subtitles|-language)(?![\p{L}])/u,
};
/** Words before a bare demonym that make it the language: "in het Engels", "into French", "spreekt Russisch". */
const LANGUAGE_BEFORE: Record<Lang, RegExp> = {
  nl: /(?:^|[^\p{L}])(?:het|in|naar|uit|spreekt|spreken|sprak|spraken)\s+$/iu,
  en: /(?:^|[^\p{L}])(?:in|into|from|speak|speaks|spoke|speaking|spoken)\s+$/iu,
};
/** …and after it, nothing that would make it an adjective ("in Russisch bezet gebied" stays Russia). */
const LANGUAGE_AFTER: Record<Lang, RegExp> = {
  nl: /^(?:\s*(?:[,.;:)!?]|$)|\s+(?:en|of|is|was|wordt|werd|vertaald|gesteld|geschreven|opgesteld|beschikbaar|als)(?![\p{L}]))/u,
  en: /^(?:\s*(?:[,.;:)!?]|$)|\s+(?:and|or|is|was|as)(?![\p{L}]))/u,
};

/** Nothing after a demonym that would make it an adjective: "… en Oekraïens." but not "en Russische troepen". */
export const endsAsLanguage = (text: string, end: number, lang: Lang) => LANGUAGE_AFTER[lang].test(text.slice(end, end + 40)) || LANGUAGE_NOUNS[lang].test(text.slice(end, end + 40));

/**
 * A demonym used as the name of a language: "English and French texts", "Franstalig" (never a
 * match: written together), "in het Engels", "Spanish-speaking". Coordinated demonyms share the
 * noun: "French and Spanish versions", "Engelse en Franse tekst".
 */
export function isLanguage(text: string, start: number, end: number, lang: Lang, isDemonymAt: (at: number) => number | null): boolean {
  const after = text.slice(end, end + 80);
  if (LANGUAGE_NOUNS[lang].test(after)) return true;
  const and = lang === 'nl' ? /^\s*(?:,|en|of)\s+/u : /^\s*(?:,|and|or)\s+/u;
  const conj = and.exec(after);
  if (conj) {
    const otherEnd = isDemonymAt(end + conj[0].length);
    if (otherEnd !== null && isLanguage(text, end + conj[0].length, otherEnd, lang, isDemonymAt)) return true;
  }
  const bare = lang === 'en' || !/e$/.test(text.slice(start, end));
  return bare && LANGUAGE_BEFORE[lang].test(text.slice(Math.max(0, start - 20), start)) && LANGUAGE_AFTER[lang].test(after);
}

/**
 * Prefixes that qualify a place written after them with a hyphen and leave it a mention:
 * compass points ("Noord-Syrië", "Oost-Congo") and combining forms ("Sino-Russian").
 */
const QUALIFIERS = new Set([
  'noord', 'zuid', 'oost', 'west', 'midden', 'centraal', 'noordoost', 'noordwest', 'zuidoost', 'zuidwest', 'groot',
  'north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern',
  'eastern', 'western', 'greater', 'sino', 'indo', 'afro', 'anglo', 'euro', 'franco', 'russo', 'turco', 'greco', 'italo',
  'austro', 'arabo', 'judeo',
]);

/**
 * The capitalised word a name is glued to by a hyphen ("Bissau" in "Bissau-Guinean", "Nieuw" in
 * "Nieuw-Guinea"), or null when the name starts freely or after a lower-case prefix
 * ("pro-Russische", "anti-Amerikaans"). Such a name is part of a longer name unless the word
 * before it is a compass point or combining form (`qualifier`: "Noord-Syrië", "Sino-Russian") or
 * itself a place ("Frans-Duitse", "EU-Turkije"), which the caller knows.
 */
export function gluedPrefix(text: string, start: number): { word: string; start: number; qualifier: boolean } | null {
  if (text[start - 1] !== '-' || !isWord(text[start - 2])) return null;
  let s = start - 2;
  while (s > 0 && (isWord(text[s - 1]) || (text[s - 1] === '-' && isWord(text[s - 2])))) s--;
  const word = text.slice(s, start - 1);
  const last = word.split('-').at(-1)!;
  if (!/^\p{Lu}/u.test(last)) return null;
  return { word, start: s, qualifier: QUALIFIERS.has(last.toLowerCase()) };
}

/**
 * Dutch writes an adjective before a noun in lower case, so an uninflected demonym followed by a
 * capitalised word that is no place is a first name: "Frans Weekers", "Frans Timmermans".
 */
export function isFirstName(text: string, start: number, end: number, lang: Lang, isPlace: (at: number) => boolean): boolean {
  if (lang !== 'nl' || /e$/.test(text.slice(start, end))) return false;
  const next = nextWord(text, end);
  return next !== null && /^\p{Lu}\p{Ll}/u.test(next.word) && !isPlace(next.end - next.word.length);
}
