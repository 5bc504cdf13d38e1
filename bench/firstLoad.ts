/**
 * Which files the first view of the production build loads, read from the build itself
 * (Vite manifest + dist/index.html + the built CSS), and their gzip sizes. Used by the
 * size-budget test (tests/unit/budget.test.ts); nothing here is hard-coded to file names.
 *
 * The first view = the entry's static import graph and CSS, everything index.html links
 * (modulepreload, stylesheet), every dynamic chunk not declared ON_DEMAND (the MapLibre map,
 * the shown language's messages), scripts those chunks start (the MapLibre worker),
 * the data files the app fetches on start, and the @font-face files whose unicode-range
 * covers text the page shows.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Kind = 'js' | 'css' | 'data' | 'fonts' | 'html';

export interface LoadedFile {
  /** Path relative to the build folder. */
  file: string;
  kind: Kind;
  bytes: number;
  gzip: number;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

/**
 * Dynamic imports that only some visits run, each with its trigger. Every other dynamic import
 * counts as part of the first load: a new lazy chunk is assumed to load for everyone (as the
 * map and the Dutch messages do) until it is declared here,
 * so the budget errs on the side of counting too much.
 */
const ON_DEMAND: readonly { module: RegExp; when: string }[] = [
  { module: /src\/app\/fallback\/SvgMap\.tsx$/, when: 'no WebGL, or the MapLibre chunk failed' },
  { module: /src\/app\/fallback\/FallbackMap\.tsx$/, when: 'no WebGL, or the MapLibre chunk failed (the SVG map\'s frame: note, list button)' },
  { module: /src\/app\/letters\/compareMode\.ts$/, when: '?compare= (two letters compared: the map by change, the table of changes)' },
  { module: /src\/app\/classroom\/Presentation\.tsx$/, when: '?present=' },
  { module: /src\/app\/classroom\/ReadingView\.tsx$/, when: '?read=1' },
  { module: /src\/app\/share\/exportImage\.ts$/, when: 'the download menu exports an image' },
  { module: /src\/app\/share\/EmbedBuilder\.tsx$/, when: 'the embed dialog opens' },
  { module: /src\/app\/panel\/SelectionPanel\.tsx$/, when: 'a country, region or passage is selected (fetched at the first pointer move, touch, key or focus)' },
  { module: /src\/app\/classroom\/HandoutBody\.tsx$/, when: 'printing: the handout button, Ctrl/Cmd+P, or after a print from the browser menu' },
  { module: /src\/i18n\/locales\/en\.ts$/, when: 'English: ?lang=en, an English browser, or the language switch (Dutch, the default, is counted)' },
  { module: /src\/app\/embed\/EmbedShell\.tsx$/, when: '?embed=1' },
  { module: /src\/app\/classroom\/WalkBar\.tsx$/, when: 'walking the letter (walk=1)' },
  { module: /src\/app\/share\/DownloadOptions\.tsx$/, when: 'the download menu opens (or its button is hovered or focused)' },
  { module: /src\/app\/method\/MethodDialog\.tsx$/, when: '"How was this map made?" opens (Share menu or an embed\'s credit line)' },
  { module: /src\/app\/components\/MapTooltip\.tsx$/, when: 'the first mouse or pen hover over a country' },
  { module: /src\/app\/share\/ShareTools\.tsx$/, when: 'the Share menu (or the phone header\'s "more") opens, or its button is hovered or focused' },
  { module: /src\/app\/search\/notNamed\.ts$/, when: 'a search that matches nothing, or names a country the letter does not mention (with unnamed.json)' },
  { module: /src\/app\/list\/ListPane\.tsx$/, when: 'the list view (?list=1 or the Map/List switch)' },
  { module: /src\/map\/keyboard\.ts$/, when: 'the first key press or focus on the page (the map\'s arrow keys, src/map/keyboardLazy.ts)' },
  { module: /src\/app\/letters\/index\.ts$/, when: 'the data holds more than one letter (the letter switch and the counts of one letter)' },
  { module: /src\/map\/framer\.ts$/, when: 'the map first frames places: a link with a country or region, a choice in search, list or panel, a walk or presentation step' },
  { module: /src\/pwa\/offline\.tsx$/, when: 'after the first map has drawn (or 3 s after load): the service worker\'s registration (Workbox) and its update prompt' },
];
const onDemand = (module: string) => ON_DEMAND.some((d) => d.module.test(module));

const kindOf = (file: string): Kind =>
  /\.(woff2?|ttf|otf)$/.test(file) ? 'fonts' : /\.css$/.test(file) ? 'css' : /\.html$/.test(file) ? 'html' : /^data\//.test(file) ? 'data' : 'js';

/** Code points a CSS unicode-range covers, as [from, to] pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const p = part.trim().replace(/^U\+/i, '');
    if (p.includes('-')) {
      const [a, b] = p.split('-') as [string, string];
      return [parseInt(a, 16), parseInt(b, 16)];
    }
    if (p.includes('?')) return [parseInt(p.replace(/\?/g, '0'), 16), parseInt(p.replace(/\?/g, 'F'), 16)];
    return [parseInt(p, 16), parseInt(p, 16)];
  });
}

/** woff2 files of the @font-face rules in `css` whose range covers any character of `text`. */
export function fontsFor(css: string, text: string): string[] {
  const codes = new Set([...text].map((c) => c.codePointAt(0)!));
  const out: string[] = [];
  for (const rule of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(rule)?.[1];
    if (!url) continue;
    const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
    const ranges = range ? parseUnicodeRange(range) : [[0, 0x10ffff] as [number, number]];
    if ([...codes].some((c) => ranges.some(([a, b]) => c >= a && c <= b))) out.push(url);
  }
  return out;
}

/**
 * `loads`: on-demand modules this visit does load (with several letters, the letters' code:
 * the switch is part of the first view).
 */
export function firstLoadFiles(dist: string, opts: { text: string; dataFiles: readonly string[]; loads?: readonly RegExp[] }): LoadedFile[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>(['index.html']);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    // Scripts a chunk starts (the MapLibre worker via ?url); font assets are decided by the text below.
    for (const asset of chunk.assets ?? []) if (/\.m?js$/.test(asset)) files.add(asset);
    for (const imp of chunk.imports ?? []) visit(imp);
    for (const dyn of chunk.dynamicImports ?? []) if (!onDemand(dyn) || opts.loads?.some((re) => re.test(dyn))) visit(dyn);
  };
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  if (entries.length === 0) throw new Error('no entry in the manifest');
  entries.forEach(visit);

  // Whatever index.html itself makes the browser fetch (hints included: they are downloaded,
  // also from the baked page's <template> after the first paint). A <noscript> stylesheet is
  // fetched only where scripts are off, a disabled one never (its rules are inline, in the HTML).
  const html = readFileSync(join(dist, 'index.html'), 'utf8').replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\.?\/?([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    const path = m[1]!;
    if (/^(data:|https?:)/.test(path) || /rel="(icon|manifest)"/.test(tag)) continue;
    if (/\sdisabled\b/.test(tag)) files.delete(path);
    else files.add(path);
  }

  const fonts = (css: string, dir: string) => {
    for (const url of fontsFor(css, opts.text)) files.add(relative(dist, join(dist, dir, url)));
  };
  for (const css of [...files].filter((f) => f.endsWith('.css'))) fonts(readFileSync(join(dist, css), 'utf8'), dirname(css));
  for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) fonts(css!, '.');
  for (const d of opts.dataFiles) files.add(`data/${d}`);

  return [...files].sort().map((file) => {
    const body = readFileSync(join(dist, file));
    return { file, kind: kindOf(file), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

/**
 * What a page needs before the browser can paint it: the HTML (inline CSS included) and the
 * stylesheets it links (outside <noscript>, not disabled), gzip bytes. `page` is relative to the build, e.g. 'land/oekraine/index.html';
 * its links resolve against its <base href> when it has one.
 */
export function beforeFirstPaint(dist: string, page: string): { html: number; css: number; files: string[] } {
  const html = readFileSync(join(dist, page), 'utf8');
  const base = /<base href="([^"]+)"/.exec(html)?.[1] ?? './';
  const from = join(dist, dirname(page), base);
  const sheets = [...html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '').matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g)]
    .filter((m) => !/\sdisabled\b/.test(m[0]))
    .map((m) => relative(dist, join(from, m[1]!)));
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  return { html: gz(page), css: sheets.reduce((n, f) => n + gz(f), 0), files: sheets };
}

export function breakdown(files: readonly LoadedFile[]): Record<Kind | 'total', number> {
  const out: Record<Kind | 'total', number> = { js: 0, css: 0, data: 0, fonts: 0, html: 0, total: 0 };
  for (const f of files) {
    out[f.kind] += f.gzip;
    out.total += f.gzip;
  }
  return out;
}
