/**
 * `npx tsx bench/previews.ts [outDir]`: time to make the link-preview cards the bake makes, one
 * per mentioned country, per region/organisation and the home page: SVG (src/bake/preview.ts)
 * and PNG (src/bake/png.ts) apart, in ms per image. With `outDir`, the PNGs are written there
 * to look at. The data is loaded as the app loads it (overview + detailed shapes).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderPng } from '../src/bake/png';
import { previewSvg, type PreviewInput, type PreviewSubject } from '../src/bake/preview';
import { computeChoropleth } from '../src/app/choropleth/paint';
import { loadAtlasData } from '../src/app/data/load';
import { buildModel, countryName, regionPlaces } from '../src/app/data/model';

const out = process.argv[2];
if (out) mkdirSync(out, { recursive: true });
const data = await loadAtlasData(async (url) => new Response(readFileSync(url.replace(/^\.\/data\//, 'public/data/'))), './');
const detail = await data.detail!();
const model = buildModel(data);
const { paint } = computeChoropleth(model, []);
const source = 'Beleidsbrief Buitenlandse Zaken 2026 · Kamerstuk 36 800 V, nr. 103';

const cards: { id: string; subject: PreviewSubject; name: string; count: string }[] = [
  { id: 'home', subject: { kind: 'world' }, name: 'Beleidsbrief Buitenlandse Zaken 2026', count: `${model.countryById.size} landen` },
];
for (const c of model.countryById.values()) {
  if (!c.mentioned) continue;
  cards.push({ id: c.iso2, subject: { kind: 'country', iso2: c.iso2 }, name: countryName(c, 'nl'), count: `${c.direct.all ?? 0} vermeldingen in ${c.passages.length} passages` });
}
for (const r of model.regionById.values()) {
  cards.push({ id: r.id, subject: { kind: 'grouping', id: r.id, members: regionPlaces(model, r.id) }, name: r.label.nl, count: `${r.direct.all ?? 0} vermeldingen in ${r.passages.length} passages` });
}

let svgMs = 0;
let pngMs = 0;
let bytes = 0;
const t0 = performance.now();
for (const card of cards) {
  const input: PreviewInput = { countries: data.countries, detail, paint, subject: card.subject, text: { name: card.name, count: card.count, source, site: 'Beleidsatlas' } };
  const t1 = performance.now();
  const svg = previewSvg(input);
  const t2 = performance.now();
  const png = await renderPng(svg);
  const t3 = performance.now();
  svgMs += t2 - t1;
  pngMs += t3 - t2;
  bytes += png.length;
  if (out) writeFileSync(join(out, `${card.id}.png`), png);
}
const total = performance.now() - t0;
const n = cards.length;
console.log(`${n} cards in ${(total / 1000).toFixed(1)} s: ${(total / n).toFixed(1)} ms/image (SVG ${(svgMs / n).toFixed(1)} ms, PNG ${(pngMs / n).toFixed(1)} ms), ${(bytes / n / 1024).toFixed(0)} KiB/image`);
