import type { Gazetteer, GazetteerEntry } from './gazetteer';
import type { Lang, Mention } from './types';

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: GazetteerEntry;
}

export interface Matcher {
  lang: Lang;
  find(text: string): Mention[];
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Builds a trie over all surface forms so a scan costs one walk per word start, however
 * large the gazetteer. Single words match case-sensitively ("us" is never the US); the first
 * letter of a multi-word form may be either case ("westelijke Balkan", "Mondiale Zuiden").
 */
export function createMatcher(gazetteer: Gazetteer, lang: Lang): Matcher {
  const root: TrieNode = { next: new Map() };
  const insert = (surface: string, entry: GazetteerEntry) => {
    let node = root;
    for (const ch of surface) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.entry ??= entry;
  };
  for (const e of gazetteer.entries[lang]) {
    insert(e.surface, e);
    if (/\s/.test(e.surface) && !/^[\p{Lu}]{2,}/u.test(e.surface)) {
      const first = e.surface[0]!;
      const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
      if (flipped !== first) insert(flipped + e.surface.slice(1), e);
    }
  }
  const exclusions = gazetteer.exclusions[lang];

  return {
    lang,
    find(text: string): Mention[] {
      const excluded = exclusionRanges(text, exclusions);
      const out: Mention[] = [];
      let i = 0;
      while (i < text.length) {
        if (isWordChar(text[i - 1]) || !isWordChar(text[i])) {
          i++;
          continue;
        }
        const hit = longestAt(root, text, i);
        if (!hit) {
          i++;
          continue;
        }
        const [end, compound] = extend(text, hit.end, hit.entry);
        if (excluded.some(([s, e]) => s < end && i < e)) {
          i = end;
          continue;
        }
        const surface = text.slice(i, end);
        const e = hit.entry;
        const m: Mention = { start: i, end, surface, kind: e.kind, form: e.form };
        if (e.iso2) m.iso2 = e.iso2;
        if (e.region) m.region = e.region;
        if (compound) m.compound = true;
        if (e.home) m.home = true;
        out.push(m);
        i = end;
      }
      return out;
    },
  };
}

/** The longest form starting at i that ends on a word boundary (or a hyphenated compound). */
function longestAt(root: TrieNode, text: string, i: number): { end: number; entry: GazetteerEntry } | null {
  let node: TrieNode | undefined = root;
  let best: { end: number; entry: GazetteerEntry } | null = null;
  for (let j = i; j < text.length && node; j++) {
    node = node.next.get(text[j]!);
    if (node?.entry && boundaryAfter(text, j + 1, node.entry)) best = { end: j + 1, entry: node.entry };
  }
  return best;
}

function boundaryAfter(text: string, end: number, entry: GazetteerEntry): boolean {
  const next = text[end];
  if (!isWordChar(next)) return true;
  // Dutch genitive: "Ruslands invloed".
  return next === 's' && entry.kind !== 'abbreviation' && !isWordChar(text[end + 1]) && text[end + 1] !== '-';
}

/**
 * "Rusland-sancties", "EU-lidstaat": the compound counts as a mention of its first part and the
 * surface covers the whole word. "EU- en NAVO-lidmaatschap" keeps the dangling hyphen.
 */
function extend(text: string, end: number, entry: GazetteerEntry): [number, boolean] {
  if (text[end] === 's' && entry.kind !== 'abbreviation' && !isWordChar(text[end + 1])) end++;
  if (text[end] !== '-') return [end, false];
  if (!isWordChar(text[end + 1])) return /^-\s+(en|of|and|or)\s/.test(text.slice(end, end + 6)) ? [end + 1, true] : [end, false];
  let k = end + 1;
  while (k < text.length && (isWordChar(text[k]) || (text[k] === '-' && isWordChar(text[k + 1])))) k++;
  return [k, true];
}

/** Word-bounded occurrences of the exclusion phrases: whatever overlaps them is not a place. */
function exclusionRanges(text: string, phrases: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      if (!isWordChar(text[at - 1]) && !isWordChar(text[end])) ranges.push([at, end]);
    }
  }
  return ranges;
}
