/**
 * What an embed's card says about a selection: its name, the count under the chosen themes,
 * the passages the atlas would list and the first one's opening words. Pure, so the card's
 * size never depends on how much the letter says: one name, one count, a few words, a link.
 */
import type { Lang } from '../../pipeline/types';
import { countFor, filterPassages } from '../data/counts';
import { countryName, findPassage, passagesFor, sectionTitles, type AtlasModel, type PassageEntry } from '../data/model';

export interface CardSelection {
  country: string | null;
  region: string | null;
  passage: string | null;
}

type CardKind = 'country' | 'region' | 'organisation' | 'passage';

export interface CardContent {
  kind: CardKind;
  name: string;
  /** Direct mentions under the chosen themes (null for a lone passage). */
  mentions: number | null;
  /** What the atlas lists under the chosen themes, in letter order. */
  passages: PassageEntry[];
  /** The passages reach the country only through a region or organisation it belongs to. */
  via: boolean;
  /** The passage whose opening words the card shows: the linked one (`passage=`) if listed, else the first. */
  quoted: PassageEntry | null;
}

/** Characters of a passage the card shows: three lines in the narrowest card (about 280 px of text). */
export const OPENING_CHARS = 110;

/**
 * The first words of a passage, cut at a word boundary and ended with an ellipsis when
 * there is more; short passages come back whole.
 */
export function openingWords(text: string, max = OPENING_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  // One very long word (a URL, a compound) is cut where it must be.
  const head = space > max / 2 ? cut.slice(0, space) : flat.slice(0, max);
  // "Nederland.…" reads as a stutter: the ellipsis replaces whatever punctuation ends the cut.
  return `${head.replace(/[\s.,;:!?–—-]+$/, '')}…`;
}

export function cardContent(model: AtlasModel, s: CardSelection, themes: readonly string[], lang: Lang): CardContent | null {
  const content = selectionContent(model, s, themes, lang);
  if (!content) return null;
  const linked = s.passage ? content.passages.find((e) => e.ref === s.passage) : undefined;
  return { ...content, quoted: linked ?? content.passages[0] ?? null };
}

function selectionContent(model: AtlasModel, s: CardSelection, themes: readonly string[], lang: Lang): Omit<CardContent, 'quoted'> | null {
  const c = s.country ? model.countryById.get(s.country) : undefined;
  if (c) {
    const direct = filterPassages(passagesFor(model, c.passages), themes);
    const mentions = countFor(c.direct, themes);
    // Named nowhere under these themes: what reaches it through its regions and organisations.
    const via = mentions === 0 ? filterPassages(passagesFor(model, c.viaPassages), themes) : [];
    return { kind: 'country', name: countryName(c, lang), mentions, passages: via.length > 0 ? via : direct, via: via.length > 0 };
  }
  const r = s.region ? model.regionById.get(s.region) : undefined;
  if (r) {
    const passages = filterPassages(passagesFor(model, r.passages), themes);
    return { kind: r.type === 'organisation' ? 'organisation' : 'region', name: r.label[lang], mentions: countFor(r.direct, themes), passages, via: false };
  }
  const entry = findPassage(model, s.passage);
  if (entry) return { kind: 'passage', name: sectionTitles(model, entry).at(-1) ?? entry.doc.meta.title, mentions: null, passages: [entry], via: false };
  return null;
}
