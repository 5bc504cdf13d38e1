import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/data-build';
import { docOfRef, documentId, PASSAGE_KEY, passageRef } from '../../src/pipeline/keys';
import { LETTER_TEXT } from './reference';

describe('letter ids and passage keys', () => {
  it.each([
    ['beleidsbrief-buitenlandse-zaken-2026.txt', 'beleidsbrief-buitenlandse-zaken-2026'],
    ['Beleidsbrief 2027.txt', 'beleidsbrief-2027'],
    ['Kamerbrief over Oekraïne (def).txt', 'kamerbrief-over-oekraine-def'],
    ['__.txt', 'document'],
  ])('%s → %s', (file, id) => {
    expect(documentId(file)).toBe(id);
    expect(documentId(file)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('a key is the letter id and the passage id; the letter is recovered from it', () => {
    const key = passageRef('beleidsbrief-2027', '2.2.1');
    expect(key).toBe('beleidsbrief-2027/2.2.1');
    expect(PASSAGE_KEY.test(key)).toBe(true);
    expect(docOfRef(key)).toBe('beleidsbrief-2027');
    expect(PASSAGE_KEY.test('2.2.1')).toBe(false);
    expect(PASSAGE_KEY.test('a/b/2.2.1')).toBe(false);
  });

  it('refuses two seed files whose names give the same id', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'twins-'));
    writeFileSync(join(seeds, 'Brief 2027.txt'), LETTER_TEXT);
    writeFileSync(join(seeds, 'brief-2027.txt'), LETTER_TEXT);
    const out = join(mkdtempSync(join(tmpdir(), 'twins-out-')), 'data');
    const topology = JSON.parse(readFileSync(new URL('../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'));
    const result = runBuild({ seeds, out, data: new URL('../../data', import.meta.url).pathname, topology });
    expect(result.errors[0]).toMatch(/Brief 2027\.txt and brief-2027\.txt both get the id "brief-2027"/);
  });
});
