import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanMarkup } from '../../src/pipeline/markup';
import { applyDocumentRules } from '../../src/pipeline/document';
import { createMatcher } from '../../src/pipeline/mentions';
import { parseLetter } from '../../src/pipeline/structure';
import { SeedError } from '../../src/pipeline/errors';
import { gazetteer, LETTER_TEXT } from './reference';

const nl = createMatcher(gazetteer, 'nl');
const en = createMatcher(gazetteer, 'en');

// Random text biased towards the material that trips extractors: real words and names from
// the letter, hyphens, asterisks, superscripts, diacritics and odd white space.
const words = LETTER_TEXT.split(/\s+/).filter(Boolean);
const pieces = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom('-', '*', '**', '^', '¹', '²', '\n', '\n\n', ' ', '  ', 'Zuid-', 'EU-', 'ï', 'ë', '\u0301', 'Koninkrijk', 'VS', 'Caraïbisch', 's', '1. '),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);
const text = fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join(' '));

describe('the extractor on any input', () => {
  it('never throws and every offset points at the surface text, with a target (nl and en)', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const matcher of [nl, en]) {
          let last = 0;
          const [mentions] = applyDocumentRules([{ text: t, mentions: matcher.find(t) }], matcher.lang);
          for (const m of mentions!) {
            expect(t.slice(m.start, m.end)).toBe(m.surface);
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.iso2 ?? m.region).toBeTruthy();
            last = m.end;
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('markup cleaning keeps spans inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = cleanMarkup(t);
        for (const s of r.spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(r.text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the structure parser either parses or refuses with a SeedError, never crashes', () => {
    fc.assert(
      fc.property(text, (t) => {
        try {
          const r = parseLetter(t, 'x');
          for (const p of r.passages) expect(p.text.length).toBeGreaterThan(0);
        } catch (e) {
          expect(e).toBeInstanceOf(SeedError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
