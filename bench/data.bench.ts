/**
 * `npm run bench:data`: build time of the pipeline (text → passages → mentions → themes →
 * atlas) for the letter and for the letter repeated 100×. Growth should be linear: the
 * ratio of the two times divided by 100 stays near 1. Geometry is prepared once, outside
 * the timing, because it does not depend on the text.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildAtlas } from '../src/pipeline/atlas';
import { buildGazetteer } from '../src/pipeline/gazetteer';
import { prepareWorld } from '../src/pipeline/geometry';
import { createLetterBuilder } from '../src/pipeline/letter';
import { libraryNames } from '../src/pipeline/library-names';
import { parseReference } from '../src/pipeline/reference';
import { readReferenceFiles } from '../scripts/reference-files';

const letter = readFileSync('seeds/beleidsbrief-buitenlandse-zaken-2026.txt', 'utf8');
const reference = parseReference(readReferenceFiles('data'));
const library = libraryNames();
const t0 = performance.now();
const world = prepareWorld(JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')), { extraPoints: reference.points });
const worldMs = performance.now() - t0;
const build = createLetterBuilder({ gazetteer: buildGazetteer({ ...reference, libraryNames: library }), themes: reference.themes, rules: reference.rules });

function run(text: string): number {
  const start = performance.now();
  const doc = build({ id: 'bench', file: 'bench.txt', text });
  buildAtlas({ documents: [doc], themes: reference.themes, regions: reference.regions, names: reference.names, libraryNames: library, world });
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const big = Array.from({ length: 100 }, () => letter).join('\n\n');
for (let i = 0; i < 5; i++) run(letter); // warm-up: JIT and regex compilation
const one = median(Array.from({ length: 21 }, () => run(letter)));
const hundred = median(Array.from({ length: 5 }, () => run(big)));

console.log(`world geometry (once): ${worldMs.toFixed(0)} ms`);
console.log(`letter 1×   (${(letter.length / 1024).toFixed(0)} KiB): ${one.toFixed(2)} ms (median of 21)`);
console.log(`letter 100× (${(big.length / 1024).toFixed(0)} KiB): ${hundred.toFixed(1)} ms (median of 5)`);
console.log(`ratio 100×/1×: ${(hundred / one).toFixed(1)} (linear growth ≈ 100; per-copy factor ${(hundred / one / 100).toFixed(2)})`);
