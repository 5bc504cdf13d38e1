/**
 * Two letters compared per country: how often each names it, per 1,000 words of that letter,
 * so a long letter and a short one can be set side by side. Direct mentions only (the country's
 * own names, in passages and headings), as the map's counts; the words are those of the
 * passages, which is what a reader reads.
 */
import type { LetterDocument } from '../../pipeline/types';

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

export function compareLetters(from: LetterDocument, to: LetterDocument): Comparison {
  const words = { from: countWords(from), to: countWords(to) };
  const a = countMentions(from);
  const b = countMentions(to);
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort();
  const countries = ids.map((iso2): CountryChange => {
    const f = a.get(iso2) ?? 0;
    const t = b.get(iso2) ?? 0;
    const fromRate = perThousand(f, words.from);
    const toRate = perThousand(t, words.to);
    const change = toRate - fromRate;
    return { iso2, from: f, to: t, fromRate, toRate, change, class: classify(f, t, change) };
  });
  return { words, countries };
}
