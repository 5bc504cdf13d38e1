/**
 * Size budgets, checked on a real production build (sizes are deterministic, so a test is
 * the right place): the first load stays within 640 KiB gzip (600 for the app, the rest the
 * baked HTML, issue #12), the map data ≤ 150 KiB gzip, and what a baked page needs before
 * its first paint (HTML + CSS) ≤ 60 KiB for a home page and ≤ 40 KiB for a place page.
 * Builds into a private temp folder, so engineers running tests side by side never clash.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beforeFirstPaint, breakdown, firstLoadFiles, fontsFor, parseUnicodeRange, type LoadedFile } from '../../bench/firstLoad';
import { runBuild } from '../../scripts/data-build';
import { loadAtlasData } from '../../src/app/data/load';
import { tenLetterSeeds } from './tenLetters';
import { styleSource } from '../../src/bake/firstPaint';
import en from '../../src/i18n/locales/en';
import nl from '../../src/i18n/locales/nl';

const KiB = 1024;
/**
 * The product budgets (issue #6). MapLibre's chunk and worker alone are ~425 KiB of the 600,
 * React ~69 and i18next ~17, so what is left for the app, data and fonts is small: see
 * README "Budgets" for what keeps it there (overview shapes, lazy panels, one font file).
 */
const BUDGET = { firstLoad: 640 * KiB, data: 150 * KiB, homePaint: 60 * KiB, placePaint: 40 * KiB };

const flatten = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(flatten) : [];

let dist = '';
let files: LoadedFile[] = [];

beforeAll(() => {
  if (!existsSync('public/data/atlas.json')) throw new Error('run `npm run data` first (npm test does)');
  dist = mkdtempSync(join(tmpdir(), 'atlas-budget-'));
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--emptyOutDir', '--manifest', '--logLevel', 'error'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}, 180_000);

afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('size budgets (gzip, production build)', () => {
  it('first load ≤ 640 KiB (with the baked home page) and map data ≤ 150 KiB', async () => {
    // The data files are the ones the app itself requests on start, served from the build.
    const requested: string[] = [];
    await loadAtlasData(async (url) => {
      const file = url.slice(url.indexOf('data/') + 'data/'.length);
      requested.push(file);
      const body = readFileSync(join(dist, 'data', file), 'utf8');
      return { ok: true, status: 200, json: async () => JSON.parse(body) } as Response;
    });
    // Text the first view can show, to pick the font subsets the browser will download.
    const atlas = JSON.parse(readFileSync(join(dist, 'data', 'atlas.json'), 'utf8')) as unknown;
    const text = [...flatten(nl), ...flatten(en), ...flatten(atlas)].join('');
    files = firstLoadFiles(dist, { text, dataFiles: requested });

    const sum = breakdown(files);
    const kib = (n: number) => `${(n / KiB).toFixed(1)} KiB`.padStart(10);
    console.log(
      [
        'First load (gzip -9):',
        ...files.map((f) => `  ${f.kind.padEnd(5)} ${kib(f.gzip)}  ${f.file}`),
        `  JS ${kib(sum.js)} · CSS ${kib(sum.css)} · data ${kib(sum.data)} · fonts ${kib(sum.fonts)} · HTML ${kib(sum.html)}`,
        `  total ${kib(sum.total)} of ${kib(BUDGET.firstLoad)} (${sum.total > BUDGET.firstLoad ? `${kib(sum.total - BUDGET.firstLoad).trim()} over` : `${kib(BUDGET.firstLoad - sum.total).trim()} to spare`})`,
        `  map data ${kib(sum.data)} of ${kib(BUDGET.data)}`,
      ].join('\n'),
    );

    // The set must be the real one, or the budget would pass vacuously.
    expect(files.some((f) => /maplibre-gl-worker/.test(f.file)), 'the MapLibre worker').toBe(true);
    expect(files.filter((f) => /maplibre-gl-worker/.test(f.file)), 'the worker counted once').toHaveLength(1);
    expect(files.some((f) => f.kind === 'js' && f.gzip > 200 * KiB), 'the MapLibre chunk').toBe(true);
    // The UI uses system fonts; the one font file is the map labels' Noto Sans (latin, 400).
    expect(files.filter((f) => f.kind === 'fonts').map((f) => f.file), 'only the label font').toEqual([
      expect.stringMatching(/^assets\/noto-sans-latin-400-normal-[\w-]+\.woff2$/),
    ]);
    expect(requested.length).toBeGreaterThanOrEqual(3);
    // Chunks declared on-demand must exist, or the declaration is stale and hides nothing.
    expect(files.some((f) => /SvgMap/.test(f.file)), 'the SVG fallback is not on the WebGL first load').toBe(false);

    expect(sum.data, 'map data gzip bytes').toBeLessThanOrEqual(BUDGET.data);
    expect(sum.total, 'first-load gzip bytes').toBeLessThanOrEqual(BUDGET.firstLoad);
  }, 60_000);
});

/*
 * Ten letters in seeds/ (the seed and nine varied copies, ./tenLetters.ts): the data built from
 * them and the app built over that data. The first view fetches the index and one letter, and
 * loads the letters' code (the switch); it must fit the same budget.
 */
describe('size budgets with ten letters (gzip, production build)', () => {
  let tenDist = '';
  let pub = '';
  let seeds = '';
  beforeAll(() => {
    seeds = tenLetterSeeds();
    pub = mkdtempSync(join(tmpdir(), 'atlas-ten-public-'));
    cpSync('public', pub, { recursive: true, filter: (src) => !resolve(src).startsWith(resolve('public/data')) });
    const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'));
    const built = runBuild({ seeds, out: join(pub, 'data'), data: 'data', topology });
    if (built.errors.length) throw new Error(built.errors.join('\n'));
    tenDist = mkdtempSync(join(tmpdir(), 'atlas-budget-ten-'));
    // Vite's own build with this data as the public folder (vite.config.ts hints the newest letter from it).
    const config = JSON.stringify({ publicDir: pub, logLevel: 'error', build: { outDir: tenDist, emptyOutDir: true, manifest: true } });
    execFileSync(process.execPath, ['--input-type=module', '-e', `const { build } = await import('vite'); await build(${config});`], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }, 180_000);
  afterAll(() => {
    for (const dir of [tenDist, pub, seeds]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the first view fetches the index and the newest letter only, and stays within the first-load budget', async () => {
    const index = JSON.parse(readFileSync(join(tenDist, 'data', 'atlas.json'), 'utf8')) as { documents: { id: string; title: string }[] };
    expect(index.documents).toHaveLength(10);
    const requested: string[] = [];
    await loadAtlasData(async (url) => {
      const file = url.slice(url.indexOf('data/') + 'data/'.length);
      requested.push(file);
      const body = readFileSync(join(tenDist, 'data', file), 'utf8');
      return { ok: true, status: 200, json: async () => JSON.parse(body) } as Response;
    });
    // The copy dated 2027 is the newest: its file, and no other letter's, is fetched and hinted.
    const newest = 'letters/beleidsbrief-buitenlandse-zaken-2027.json';
    expect(requested.filter((f) => f.startsWith('letters/'))).toEqual([newest]);
    const html = readFileSync(join(tenDist, 'index.html'), 'utf8');
    expect(html.match(/data\/letters\/[\w.-]+\.json/g)).toEqual([`data/${newest}`]);

    const text = [...flatten(nl), ...flatten(en), ...flatten(index)].join('');
    const loaded = firstLoadFiles(tenDist, { text, dataFiles: requested, loads: [/src\/app\/letters\/index\.ts$/] });
    const sum = breakdown(loaded);
    const kib = (n: number) => `${(n / KiB).toFixed(1)} KiB`;
    console.log(
      `First load with ten letters: total ${kib(sum.total)} (JS ${kib(sum.js)}, CSS ${kib(sum.css)}, data ${kib(sum.data)}: ` +
        loaded.filter((f) => f.kind === 'data').map((f) => `${f.file} ${kib(f.gzip)}`).join(', ') + ')',
    );
    // The letters' code is counted: with several letters the switch is part of the first view.
    const manifest = JSON.parse(readFileSync(join(tenDist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
    const lettersChunk = Object.entries(manifest).find(([k]) => /src\/app\/letters\/index\.ts$/.test(k))![1].file;
    expect(loaded.map((f) => f.file)).toContain(lettersChunk);
    expect(sum.data, 'map data gzip bytes').toBeLessThanOrEqual(BUDGET.data);
    expect(sum.total, 'first-load gzip bytes').toBeLessThanOrEqual(BUDGET.firstLoad);
  }, 60_000);
});

describe('first-load analysis', () => {
  it('reads unicode-range as browsers do', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131, U+25??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x2500, 0x25ff],
    ]);
  });

  it('picks only the font files whose range the text uses', () => {
    const css =
      '@font-face{font-weight:400;src:url(./a-latin.woff2)format("woff2");unicode-range:U+0000-00FF}' +
      '@font-face{font-weight:400;src:url(./a-cyrillic.woff2)format("woff2");unicode-range:U+0400-045F}';
    expect(fontsFor(css, 'Oekraïne')).toEqual(['./a-latin.woff2']);
    expect(fontsFor(css, 'Україна')).toEqual(['./a-cyrillic.woff2']);
  });
});

describe('bytes before the first paint (baked pages, gzip)', () => {
  const pages = () => ['land', 'regio', 'en/country', 'en/region'].flatMap((dir) => readdirSync(join(dist, dir)).map((slug) => `${dir}/${slug}/index.html`));

  it('home pages ≤ 60 KiB of HTML + CSS, each with its map in the HTML', () => {
    for (const page of ['index.html', 'en/index.html']) {
      const { html, css, files } = beforeFirstPaint(dist, page);
      console.log(`${page}: HTML ${(html / KiB).toFixed(1)} KiB + CSS ${(css / KiB).toFixed(1)} KiB (${files.join(', ')})`);
      expect(readFileSync(join(dist, page), 'utf8')).toContain('<svg class="baked-map-svg"');
      // The app's stylesheet is inline, so the HTML's bytes count it; nothing else holds the first paint.
      expect(/<style>([\s\S]*?)<\/style>/.exec(readFileSync(join(dist, page), 'utf8'))?.[1], 'the app stylesheet is inline').toContain('.map-area');
      expect(files, 'no stylesheet round trip before the first paint').toEqual([]);
      expect(html + css, page).toBeLessThanOrEqual(BUDGET.homePaint);
    }
  });

  it('every place page (country, region, both languages) ≤ 40 KiB of HTML + CSS', () => {
    const sizes = pages().map((page) => ({ page, ...beforeFirstPaint(dist, page) }));
    expect(sizes.length).toBeGreaterThan(100);
    const largest = sizes.sort((a, b) => b.html + b.css - (a.html + a.css))[0]!;
    console.log(`largest place page: ${largest.page}: HTML ${(largest.html / KiB).toFixed(1)} KiB + CSS ${(largest.css / KiB).toFixed(1)} KiB`);
    expect(largest.html + largest.css, largest.page).toBeLessThanOrEqual(BUDGET.placePaint);
  });
});

describe('the baked site in the build', () => {
  const SITE = 'https://beleidsatlas.nl/';
  const fileFor = (path: string) => join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
  const pngSize = (file: string) => {
    const b = readFileSync(file);
    // The signature, then IHDR: width and height as big-endian 32-bit integers.
    expect(b.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
    expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  };

  it('a country page has the map as SVG, the passages as text, the meta tags and a canonical link', () => {
    const html = readFileSync(fileFor('land/oekraine/'), 'utf8');
    expect(html).toContain('<svg class="baked-map-svg"');
    expect(html).toMatch(/<h2 id="panel-title"[^>]*>Oekraïne<\/h2>/);
    expect(html).toContain('<mark>Oekraïne</mark>');
    expect(html).toContain('<title>Oekraïne in de Beleidsbrief Buitenlandse Zaken 2026</title>');
    expect(html).toContain(`<link rel="canonical" href="${SITE}land/oekraine/" />`);
    expect(html).toContain(`<meta property="og:image" content="${SITE}land/oekraine/preview.png" />`);
    expect(html).toMatch(/<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org"/);
    // No style attribute or inline script survives (the CSP refuses both); JSON-LD is data, not
    // script; the one <style> is allowed by its hash, and the app's scripts wait in the boot template.
    expect(html).not.toMatch(/\sstyle="/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replace(/&apos;/g, "'");
    expect(policy).toMatch(new RegExp(`style-src 'self' '${styleSource(styles[0]!).slice(1, -1).replace(/[+/=]/g, '\\$&')}';`));
    expect(policy).not.toMatch(/unsafe-inline/);
    expect(html).toMatch(/<template id="atlas-boot"><script type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js"><\/script>/);
    expect(html.match(/<script\b(?![^>]*type="application\/ld\+json")(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
    expect(existsSync(join(dist, /<script type="module" src="(assets\/boot-[\w-]+\.js)">/.exec(html)![1]!))).toBe(true);
  });

  it('a page loads the messages of its own language only, with the app', () => {
    const held = (path: string) => /<template id="atlas-boot">([\s\S]*?)<\/template>/.exec(readFileSync(fileFor(path), 'utf8'))![1]!;
    for (const path of ['en/', 'en/country/ukraine/']) {
      expect(held(path), path).toMatch(/href="\.\/assets\/en-[\w-]+\.js"/);
      expect(held(path), path).not.toMatch(/assets\/nl-/);
    }
    expect(held('land/oekraine/')).toMatch(/href="\.\/assets\/nl-[\w-]+\.js"/);
    // MapLibre's own chunk is imported by the boot script at once (its worker starts before the
    // app's bundle has run): it must need nothing of the app's, or it would wait for that bundle.
    const maplibre = /<link rel="modulepreload" href="\.\/(assets\/maplibre-[\w-]+\.js)" data-boot-import="">/.exec(held(''))![1]!;
    expect(readFileSync(join(dist, maplibre), 'utf8')).not.toMatch(/\bfrom\s*["']\.\/|import\s*\(\s*["']\.\//);
    // A place page's panel comes with the app: its first render shows it.
    expect(held('land/oekraine/')).toMatch(/href="assets\/SelectionPanel-[\w-]+\.js"/);
  });

  it('every page has a preview that decodes as a 1200×630 PNG', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.slice(SITE.length));
    for (const page of pages) expect(pngSize(join(dist, page, 'preview.png')), page).toEqual({ width: 1200, height: 630 });
  });

  it('the sitemap lists every page, and every link in it and in the pages resolves in the build', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/(?:<loc>|href=")(https:[^<"]+)/g)].map((m) => m[1]!.slice(SITE.length));
    for (const path of listed) expect(existsSync(fileFor(path)), path).toBe(true);
    const pages = new Set(listed);
    const onDisk = ['', 'en/', ...['land', 'regio', 'en/country', 'en/region'].flatMap((dir) => readdirSync(join(dist, dir)).map((slug) => `${dir}/${slug}/`))];
    expect([...pages].sort()).toEqual([...new Set(onDisk)].sort());
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sitemap.xml`);
    // The links between pages: relative to each page's <base>, each to a file of the build.
    for (const page of ['land/oekraine/', 'regio/europa/', 'en/country/ukraine/', '']) {
      const html = readFileSync(fileFor(page), 'utf8');
      const base = /<base href="([^"]+)"/.exec(html)?.[1] ?? './';
      for (const [, href] of html.matchAll(/<a\b[^>]*\bhref="([^"#:]+)"/g)) {
        const target = join(page, base, href!);
        expect(existsSync(target.endsWith('/') || !/\.\w+$/.test(target) ? join(dist, target, 'index.html') : join(dist, target)), `${page} → ${href}`).toBe(true);
      }
    }
  });
});
