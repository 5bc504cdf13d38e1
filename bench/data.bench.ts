/**
 * `npm run bench:data`: build time of the pipeline for the letter and for the letter repeated
 * 100×. Growth should be linear: time(100×) / time(1×) ≈ 100. The text stages (passages,
 * mentions, themes) and the atlas stage (aggregation, region outlines) are timed apart because
 * the atlas stage carries a fixed cost (dissolving outlines) that would hide the growth.
 * Geometry is prepared once, outside the timing: it does not depend on the text.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildAtlas } from '../src/pipeline/atlas';
import { buildGazetteer } from '../src/pipeline/gazetteer';
import { prepareWorld } from '../src/pipeline/geometry';
import { createLetterBuilder } from '../src/pipeline/letter';
import { libraryNames } from '../src/pipeline/library-names';
import { parseReference } from '../src/pipeline/reference';
import type { LetterDocument } from '../src/pipeline/types';
import { readReferenceFiles } from '../scripts/reference-files';

const letter = readFileSync('seeds/beleidsbrief-buitenlandse-zaken-2026.txt', 'utf8');
const reference = parseReference(readReferenceFiles('data'));
const library = libraryNames();
let t = performance.now();
const world = prepareWorld(JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')), { extraPoints: reference.points });
const worldMs = performance.now() - t;
t = performance.now();
const build = createLetterBuilder({ gazetteer: buildGazetteer({ ...reference, libraryNames: library }), themes: reference.themes, rules: reference.rules });
const setupMs = performance.now() - t;

function run(text: string): { text: number; atlas: number; total: number } {
  const t0 = performance.now();
  const doc: LetterDocument = build({ id: 'bench', file: 'bench.txt', text });
  const t1 = performance.now();
  buildAtlas({ documents: [doc], themes: reference.themes, regions: reference.regions, names: reference.names, libraryNames: library, world });
  const t2 = performance.now();
  return { text: t1 - t0, atlas: t2 - t1, total: t2 - t0 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const measure = (text: string, n: number) => {
  const runs = Array.from({ length: n }, () => run(text));
  return { text: median(runs.map((r) => r.text)), atlas: median(runs.map((r) => r.atlas)), total: median(runs.map((r) => r.total)) };
};
const big = Array.from({ length: 100 }, () => letter).join('\n\n');
for (let i = 0; i < 5; i++) run(letter); // warm-up: JIT and regex compilation
const ten = Array.from({ length: 10 }, () => letter).join('\n\n');
const one = measure(letter, 21);
const tenx = measure(ten, 9);
const hundred = measure(big, 5);

const row = (label: string, a: number, m: number, b: number) =>
  console.log(
    `${label.padEnd(26)} 1×: ${a.toFixed(2).padStart(8)} ms   10×: ${m.toFixed(1).padStart(7)} ms   100×: ${b.toFixed(1).padStart(8)} ms   ` +
      `ratio 100×/1×: ${(b / a).toFixed(1)}   100×/10×: ${(b / m).toFixed(1)}`,
  );
console.log(`setup (once): world geometry ${worldMs.toFixed(0)} ms, gazetteer + rules ${setupMs.toFixed(0)} ms`);
console.log(`letter: ${(letter.length / 1024).toFixed(0)} KiB; 100×: ${(big.length / 1024).toFixed(0)} KiB (medians of 21, 9 and 5 runs)`);
row('text → passages/mentions', one.text, tenx.text, hundred.text);
row('atlas (layers, outlines)', one.atlas, tenx.atlas, hundred.atlas);
row('total', one.total, tenx.total, hundred.total);
console.log('linear growth: text-stage ratios near 100 and 10; the atlas stage has a fixed cost (outlines), so its ratios are lower');
