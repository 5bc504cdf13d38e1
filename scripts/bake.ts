/**
 * Bakes the static pages into a finished `vite build` (vite.config.ts runs it after every
 * build; by hand: `node --import ./scripts/bake/register.mjs --import tsx scripts/bake.ts dist`).
 * Reads the built index.html and data, renders every page with the functions of src/bake/,
 * and writes the pages, their preview images, sitemap.xml and robots.txt into the build.
 * ATLAS_SITE_URL sets the absolute address canonical links and previews use.
 */
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bakeSite } from './bake/site';

const dist = resolve(process.argv[2] ?? 'dist');
const siteUrl = process.env.ATLAS_SITE_URL ?? 'https://beleidsatlas.nl/';
const t0 = performance.now();
const report = await bakeSite({ dist, siteUrl: siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/` });
console.log(
  `baked ${report.pages} pages and ${report.images} preview images into ${join(dist)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
