import { endsAsLanguage, gluedPrefix, isFirstName, isLanguage, isNamedInstrument } from './context';
import { fold, foldKey, type Folded } from './fold';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import type { Lang, Mention } from './types';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entries whose folded form ends here; more than one only when two spellings fold alike. */
  entries?: GazetteerEntry[];
}

/** A mention as the matcher finds it; an ambiguous name carries its candidates until the document decides. */
export interface FoundMention extends Mention {
  candidates?: string[];
  fallback?: string;
}

export interface Matcher {
  lang: Lang;
  find(text: string): FoundMention[];
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Builds a trie over the folded surface forms (see ./fold.ts), so a scan costs one walk per
 * word start however large the gazetteer, and spelling variants match by rule. Single words
 * match case-sensitively ("us" is never the US); the first letter of a multi-word form may be
 * either case ("westelijke Balkan", "Mondiale Zuiden").
 */
export function createMatcher(gazetteer: Gazetteer, lang: Lang): Matcher {
  const root: TrieNode = { next: new Map() };
  const insert = (key: string, entry: GazetteerEntry) => {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    (node.entries ??= []).push(entry);
  };
  for (const e of gazetteer.entries[lang]) {
    const key = foldKey(e.surface, lang);
    insert(key, e);
    if (/\s/.test(e.surface) && !/^[\p{Lu}]{2,}/u.test(e.surface)) {
      const first = key[0]!;
      const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
      if (flipped !== first) insert(flipped + key.slice(1), e);
    }
  }
  const exclusions = gazetteer.exclusions[lang].map((p) => foldKey(p, lang));
  // Country and territory names per code, for "Zuid-Sudanezen": a qualifier that makes another country.
  const names = new Map<string, string[]>();
  for (const e of gazetteer.entries[lang]) {
    if (!e.iso2 || (e.kind !== 'country' && e.kind !== 'territory')) continue;
    names.set(e.iso2, [...(names.get(e.iso2) ?? []), foldKey(e.surface, lang)]);
  }
  /** The entry for "<qualifier> <a name of iso2>" when that is another place ("Zuid Sudan" → SS). */
  const qualified = (qualifier: string, iso2: string): GazetteerEntry | null => {
    for (const name of names.get(iso2) ?? []) {
      let node: TrieNode | undefined = root;
      for (const ch of `${foldKey(qualifier, lang)} ${name}`) node = node?.next.get(ch);
      const other = node?.entries?.find((e) => e.iso2 && e.iso2 !== iso2);
      if (other) return other;
    }
    return null;
  };

  const hitAt = (text: string, f: Folded, k: number) => {
    const hit = longestAt(root, f, text, k);
    if (!hit) return null;
    const start = f.origin[k]!;
    const end = f.origin[hit.end]!;
    const entry = choose(hit.entries, text.slice(start, end));
    return entry ? { start, end, foldedEnd: hit.end, entry } : null;
  };

  const find = (text: string): FoundMention[] => {
    const f = fold(text, lang);
    const excluded = exclusionRanges(f, exclusions);
    const out: FoundMention[] = [];
    // Where the last demonym read as a language ended: "spreekt Russisch en Oekraïens".
    let languageEnd = -1;
    let k = 0;
    while (k < f.text.length) {
      if (isWordChar(f.text[k - 1]) || !isWordChar(f.text[k])) {
        k++;
        continue;
      }
      const hit = hitAt(text, f, k);
      if (!hit) {
        k++;
        continue;
      }
      const { start, entry: e } = hit;
      const [end, compound, dangling] = extend(text, hit.end, e, (at) => {
        const kk = foldedIndex(f, at, k);
        return kk !== null && hitAt(text, f, kk) !== null;
      });
      const next = () => {
        while (k < f.text.length && f.origin[k]! < end) k++;
      };
      if (excluded.some(([s, x]) => s < end && start < x)) {
        next();
        continue;
      }
      // A name glued to a capitalised word that is no place is part of a longer name
      // ("Bissau-Guinean", "Nieuw-Guinea"); after a place it is a mention of its own ("Frans-Duitse").
      const glued = gluedPrefix(text, start);
      const afterPlace = glued !== null && out.length > 0 && out.at(-1)!.end >= start - 1 && out.at(-1)!.start <= glued.start;
      const other = glued?.qualifier && e.iso2 ? qualified(glued.word, e.iso2) : null;
      const demonymAt = (at: number) => {
        const kk = foldedIndex(f, at, k);
        const h = kk === null ? null : hitAt(text, f, kk);
        return h && h.entry.kind === 'demonym' ? h.end : null;
      };
      const placeAt = (at: number) => {
        const kk = foldedIndex(f, at, k);
        return kk !== null && hitAt(text, f, kk) !== null;
      };
      const language =
        e.kind === 'demonym' &&
        ((languageEnd >= 0 && /^\s*(?:,|en|of|and|or)\s+$/u.test(text.slice(languageEnd, start)) && endsAsLanguage(text, hit.end, lang)) ||
          isLanguage(text, start, hit.end, lang, demonymAt));
      if (language) languageEnd = end;
      if (
        language ||
        (glued && !glued.qualifier && !afterPlace) ||
        isNamedInstrument(text, start, hit.end, e.kind, lang, placeAt) ||
        (e.kind === 'demonym' && end === hit.end && isFirstName(text, start, end, lang, placeAt))
      ) {
        next();
        continue;
      }
      const m: FoundMention = { start, end, surface: text.slice(start, end), kind: e.kind, form: e.form };
      if (e.iso2) m.iso2 = e.iso2;
      if (other && glued) {
        // "Zuid-Sudanezen" is South Sudan: the qualifier and the name make another country.
        Object.assign(m, { start: glued.start, surface: text.slice(glued.start, end), iso2: other.iso2, form: `${glued.word}-${e.form}` });
      }
      if (e.candidates) m.candidates = e.candidates;
      if (e.fallback) m.fallback = e.fallback;
      if (e.region) m.region = e.region;
      if (compound || dangling) m.compound = true;
      if (e.home) m.home = true;
      out.push(m);
      next();
    }
    return out;
  };

  /**
   * An all-capitals heading ("RUSSISCHE AGRESSIE TEGEN OEKRAÏNE") is matched as if title-cased,
   * since names are case-sensitive; a two-letter country abbreviation is no evidence there
   * ("LET US"), an organisation's is ("EU").
   */
  const findAny = (text: string): FoundMention[] => {
    const letters = text.match(/\p{L}/gu) ?? [];
    const upper = letters.filter((c) => /\p{Lu}/u.test(c)).length;
    if (letters.length < 6 || upper / letters.length < 0.9) return find(text);
    const titled = text.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
    if (titled.length !== text.length) return find(text);
    const named = find(titled).map((m) => ({ ...m, surface: text.slice(m.start, m.end) }));
    const abbreviations = find(text).filter((m) => (m.surface.length > 2 || (m.region && !m.iso2)) && !named.some((n) => n.start < m.end && m.start < n.end));
    return [...named, ...abbreviations].sort((a, b) => a.start - b.start);
  };

  return { lang, find: findAny };
}

/** The folded index whose original offset is `at` (searching forward from `from`), or null. */
function foldedIndex(f: Folded, at: number, from: number): number | null {
  for (let k = from; k < f.origin.length; k++) {
    if (f.origin[k] === at) return k;
    if (f.origin[k]! > at) return null;
  }
  return null;
}

/**
 * Of the entries a folded form reaches, the one spelled exactly as written; else the one all
 * agree on. Two spellings that fold alike but mean different places match neither.
 */
function choose(entries: GazetteerEntry[], written: string): GazetteerEntry | null {
  const exact = entries.find((e) => e.surface === written);
  if (exact) return exact;
  const first = entries[0]!;
  return entries.every((e) => e.iso2 === first.iso2 && e.region === first.region && !e.candidates) ? first : null;
}

/** The longest form starting at k that ends on a word boundary (or a hyphenated compound). */
function longestAt(root: TrieNode, f: Folded, original: string, k: number): { end: number; entries: GazetteerEntry[] } | null {
  let node: TrieNode | undefined = root;
  let best: { end: number; entries: GazetteerEntry[] } | null = null;
  for (let j = k; j < f.text.length && node; j++) {
    node = node.next.get(f.text[j]!);
    if (node?.entries && boundaryAfter(original, f.origin[j + 1]!, node.entries[0]!)) best = { end: j + 1, entries: node.entries };
  }
  return best;
}

/** Checked on the text as written, so that a hyphen still tells a compound from a genitive. */
function boundaryAfter(text: string, end: number, entry: GazetteerEntry): boolean {
  const next = text[end];
  if (!isWordChar(next)) return true;
  // Dutch genitive: "Ruslands invloed".
  return next === 's' && entry.kind !== 'abbreviation' && !isWordChar(text[end + 1]) && text[end + 1] !== '-';
}

/**
 * "Rusland-sancties", "EU-lidstaat": the compound counts as a mention of its first part and the
 * surface covers the whole word. "EU- en NAVO-lidmaatschap" keeps the dangling hyphen, and so
 * does a compound of two places ("Frans-Duitse", "EU-VS"), whose second part is a mention of
 * its own. Returns [end, compound, dangling].
 */
function extend(text: string, end: number, entry: GazetteerEntry, placeAt: (at: number) => boolean): [number, boolean, boolean] {
  if (text[end] === 's' && entry.kind !== 'abbreviation' && !isWordChar(text[end + 1])) end++;
  if (text[end] !== '-') return [end, false, false];
  if (!isWordChar(text[end + 1])) return /^-\s+(en|of|and|or)\s/.test(text.slice(end, end + 6)) ? [end + 1, true, true] : [end, false, false];
  if (placeAt(end + 1)) return [end + 1, true, true];
  let k = end + 1;
  while (k < text.length && (isWordChar(text[k]) || (text[k] === '-' && isWordChar(text[k + 1])))) k++;
  return [k, true, false];
}

/** Word-bounded occurrences of the folded exclusion phrases: whatever overlaps them is not a place. */
function exclusionRanges(f: Folded, phrases: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    for (let at = f.text.indexOf(phrase); at !== -1; at = f.text.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      if (!isWordChar(f.text[at - 1]) && !isWordChar(f.text[end])) ranges.push([f.origin[at]!, f.origin[end]!]);
    }
  }
  return ranges;
}
