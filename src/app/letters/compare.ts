/**
 * Two letters compared per country: how often each names it, per 1,000 words of that letter,
 * so a long letter and a short one can be set side by side. Direct mentions only (the country's
 * own names, in passages and headings), as the map's counts; the words are those of the
 * passages, which is what a reader reads.
 */
import type { TFunction } from 'i18next';
import type { Lang, LetterDocument } from '../../pipeline/types';
import type { AtlasModel } from '../data/model';

export type ChangeClass = 'new' | 'gone' | 'more' | 'less' | 'same';

export interface CountryChange {
  iso2: string;
  /** Mentions in each letter (from, to). */
  from: number;
  to: number;
  /** Mentions per 1,000 words in each letter. */
  fromRate: number;
  toRate: number;
  /** toRate - fromRate. */
  change: number;
  class: ChangeClass;
}

export interface Comparison {
  /** Words in each letter's passages. */
  words: { from: number; to: number };
  /** Every country named in either letter, by iso2. */
  countries: CountryChange[];
}

/** Rates this close (under 0.005 per 1,000 words) read as the same: the table shows two decimals. */
const SAME = 0.005;

export function countWords(doc: LetterDocument): number {
  let n = 0;
  for (const p of doc.passages) n += p.text.match(/\S+/g)?.length ?? 0;
  return n;
}

export function countMentions(doc: LetterDocument): Map<string, number> {
  const out = new Map<string, number>();
  const add = (iso2: string | undefined) => iso2 && out.set(iso2, (out.get(iso2) ?? 0) + 1);
  for (const s of doc.sections) for (const m of s.mentions ?? []) add(m.iso2);
  for (const p of doc.passages) for (const m of p.mentions) add(m.iso2);
  return out;
}

export function classify(from: number, to: number, change: number): ChangeClass {
  if (from === 0) return 'new';
  if (to === 0) return 'gone';
  return Math.abs(change) < SAME ? 'same' : change > 0 ? 'more' : 'less';
}

const perThousand = (n: number, words: number) => (words ? (n * 1000) / words : 0);

/** One place's change between two letters, from its mentions and each letter's words. */
export function changeOf(from: number, to: number, words: { from: number; to: number }): Omit<CountryChange, 'iso2'> {
  const fromRate = perThousand(from, words.from);
  const toRate = perThousand(to, words.to);
  const change = toRate - fromRate;
  return { from, to, fromRate, toRate, change, class: classify(from, to, change) };
}

/** A rate as the table and the panel show it: two decimals, the change with its sign. */
export const formatRate = (lang: Lang, v: number, signed = false) =>
  v.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: signed ? 'exceptZero' : 'auto' });

export function compareLetters(from: LetterDocument, to: LetterDocument): Comparison {
  const words = { from: countWords(from), to: countWords(to) };
  const a = countMentions(from);
  const b = countMentions(to);
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort();
  const countries = ids.map((iso2): CountryChange => ({ iso2, ...changeOf(a.get(iso2) ?? 0, b.get(iso2) ?? 0, words) }));
  return { words, countries };
}

/** A letter's date in the reader's language (`short`: "24 apr 2026", for the table's column heads); its title when undated. */
export const letterDate = (doc: LetterDocument, lang: Lang, month: 'short' | 'long' = 'long') =>
  doc.meta.date ? new Date(`${doc.meta.date}T12:00:00`).toLocaleDateString(lang, { day: 'numeric', month, year: 'numeric' }) : doc.meta.title;

/** A country or a region/organisation, as the panel and an embed's card compare it. */
export type Place = { kind: 'country'; iso2: string } | { kind: 'region'; id: string };

/** The place in one letter's model (src/app/letters/letterModel.ts): its counts, passages and headings there. */
export const placeIn = (model: AtlasModel, p: Place) => (p.kind === 'country' ? model.countryById.get(p.iso2) : model.regionById.get(p.id));

/** The place's change from the first letter's model to the second's: the same measure as the table's. */
export function placeChange(models: readonly [AtlasModel, AtlasModel], p: Place): Omit<CountryChange, 'iso2'> | null {
  const [a, b] = models;
  if (!a.letter || !b.letter) return null;
  return changeOf(placeIn(a, p)?.direct.all ?? 0, placeIn(b, p)?.direct.all ?? 0, { from: countWords(a.letter), to: countWords(b.letter) });
}

/** Both letters as a source line (an exported image, an embed's credit): titles and Kamerstuk numbers. */
export function sourcesLine(from: LetterDocument, to: LetterDocument, t: TFunction): string {
  const cite = (d: LetterDocument) => (d.meta.kamerstuk ? t('compare.cite', { title: d.meta.title, kamerstuk: d.meta.kamerstuk }) : d.meta.title);
  return t('compare.sources', { from: cite(from), to: cite(to) });
}
