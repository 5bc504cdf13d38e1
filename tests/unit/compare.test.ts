/** Two letters compared per country (src/app/letters/compare.ts), on letters the real build made. */
import { beforeAll, describe, expect, it } from 'vitest';
import { classify, compareLetters, countWords, type Comparison } from '../../src/app/letters/compare';
import type { LetterDocument } from '../../src/pipeline/types';
import { builtLetters, buildTwoLetters, EDITED_ID, SEED_ID } from '../app/twoLetters';

let seed: LetterDocument;
let edited: LetterDocument;

beforeAll(() => {
  const out = buildTwoLetters();
  const docs = builtLetters(out);
  seed = docs.find((d) => d.meta.id === SEED_ID)!;
  edited = docs.find((d) => d.meta.id === EDITED_ID)!;
}, 120_000);

const row = (c: Comparison, iso2: string) => c.countries.find((r) => r.iso2 === iso2);

describe('comparing two letters', () => {
  it('a country only the later letter names is new; one it no longer names is gone', () => {
    const c = compareLetters(seed, edited);
    expect(row(c, 'AR')).toMatchObject({ from: 0, fromRate: 0, class: 'new' });
    expect(row(c, 'AR')!.to).toBeGreaterThan(0);
    expect(row(c, 'BR')).toMatchObject({ to: 0, toRate: 0, class: 'gone' });
    expect(row(c, 'BR')!.change).toBeLessThan(0);
  });

  it('the other way round, the classes turn round too', () => {
    const c = compareLetters(edited, seed);
    expect(row(c, 'AR')!.class).toBe('gone');
    expect(row(c, 'BR')!.class).toBe('new');
  });

  it('a country named as often in letters as long is the same', () => {
    const c = compareLetters(seed, edited);
    expect(c.words.from).toBe(c.words.to);
    expect(row(c, 'UA')).toMatchObject({ class: 'same', change: 0 });
    expect(row(c, 'UA')!.from).toBeGreaterThan(0);
  });

  it('counts per 1,000 words of each letter, so a shorter letter naming a country as often names it more', () => {
    // The seed's first half: the same sentences, half the words.
    const half: LetterDocument = { ...seed, passages: seed.passages.slice(0, Math.floor(seed.passages.length / 2)) };
    const c = compareLetters(seed, half);
    expect(c.words.to).toBeLessThan(c.words.from);
    for (const r of c.countries) {
      expect(r.fromRate).toBeCloseTo((r.from * 1000) / c.words.from, 10);
      expect(r.toRate).toBeCloseTo((r.to * 1000) / c.words.to, 10);
      expect(r.class).toBe(classify(r.from, r.to, r.toRate - r.fromRate));
    }
    const classes = new Set(c.countries.map((r) => r.class));
    expect(classes).toContain('more');
    expect(classes).toContain('gone');
    // No country can be new in a letter cut from another.
    expect(classes).not.toContain('new');
    // A country whose every mention is in the first half is named more often per word there.
    const kept = c.countries.filter((r) => r.from === r.to && r.from > 0);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((r) => r.class === 'more')).toBe(true);
  });

  it('counts the words a reader reads: whitespace-separated, in the passages', () => {
    const one: LetterDocument = { ...seed, passages: [{ ...seed.passages[0]!, text: 'Nederland steunt  Oekraïne.\nOnverminderd.' }] };
    expect(countWords(one)).toBe(4);
  });

  it('classes: a small difference under half a hundredth per 1,000 words is the same', () => {
    expect(classify(2, 2, 0.004)).toBe('same');
    expect(classify(2, 3, 0.01)).toBe('more');
    expect(classify(3, 2, -0.01)).toBe('less');
    expect(classify(0, 1, 0.5)).toBe('new');
    expect(classify(1, 0, -0.5)).toBe('gone');
  });
});
