/**
 * Real public texts of other shapes than the 2026 letter (tests/fixtures/SOURCES.md): the
 * pipeline reads each without numbered chapters and finds the countries a reader counted
 * (tests/fixtures/expected.ts), minus the misses listed there with their reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLetterBuilder } from '../../src/pipeline/letter';
import { FIXTURES } from '../fixtures/expected';
import { gazetteer, reference } from './reference';

const DIR = new URL('../fixtures/texts/', import.meta.url);
const build = createLetterBuilder({ gazetteer, themes: reference.themes, rules: reference.rules });
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('fixtures', () => {
  it('has an expectation for every text and at least five texts in each shape family', () => {
    expect(files.map((f) => f.replace(/\.txt$/, '')).sort()).toEqual(Object.keys(FIXTURES).sort());
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(new Set(Object.values(FIXTURES).map((f) => f.lang))).toEqual(new Set(['nl', 'en']));
  });

  describe.each(files)('%s', (file) => {
    const id = file.replace(/\.txt$/, '');
    const expected = FIXTURES[id]!;
    const doc = build({ id, file, text: readFileSync(new URL(file, DIR), 'utf8') });
    const all = [...doc.sections.flatMap((s) => s.mentions ?? []), ...doc.passages.flatMap((p) => p.mentions)];

    it(`is read as ${expected.lang}, structure "${expected.structure}"`, () => {
      expect(doc.meta.lang).toBe(expected.lang);
      expect(doc.meta.structure).toBe(expected.structure);
      expect(doc.passages.length).toBeGreaterThan(0);
    });

    it('finds the countries a reader counts (less the listed misses)', () => {
      const found: Record<string, number> = {};
      for (const m of all) if (m.iso2 && !m.home) found[m.iso2] = (found[m.iso2] ?? 0) + 1;
      const want: Record<string, number> = {};
      for (const [iso2, n] of Object.entries(expected.counted)) {
        const left = n - (expected.misses?.[iso2]?.[0] ?? 0);
        if (left > 0) want[iso2] = left;
      }
      expect(found).toEqual(want);
    });

    it('marks the countries its headings and title name as in_heading, with offsets into the title', () => {
      const headed = new Set<string>();
      for (const s of doc.sections) {
        for (const m of s.mentions ?? []) {
          expect(m.inHeading).toBe(true);
          expect(s.title.slice(m.start, m.end)).toBe(m.surface);
          if (m.iso2 && !m.home) headed.add(m.iso2);
        }
      }
      expect([...headed].sort()).toEqual([...(expected.inHeadings ?? [])].sort());
      for (const p of doc.passages) for (const m of p.mentions) expect(p.text.slice(m.start, m.end)).toBe(m.surface);
    });
  });
});
