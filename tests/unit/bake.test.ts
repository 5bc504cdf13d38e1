/**
 * The baker's pure parts: page addresses, the SVG map and its camera, the head, inline styles
 * moved to classes, the page assembled from the built index.html, sitemap and robots.
 * Real data: the seed letter's public/data (npm run data).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeChoropleth } from '../../src/app/choropleth/paint';
import { loadAtlasData } from '../../src/app/data/load';
import { buildModel, type AtlasModel } from '../../src/app/data/model';
import { bakedView, NOMINAL_BOX, renderBakedMap } from '../../src/bake/bakedMap';
import { cameraFromBaked, parseBakedView } from '../../src/bake/bakedView';
import { jsonLd, renderHead, type HeadInput } from '../../src/bake/head';
import { allowStyles, deferApp, rebaseCss, styleSource } from '../../src/bake/firstPaint';
import { extractStyles, newSheet, sheetCss } from '../../src/bake/inlineStyles';
import { assemblePage, fragmentsOnPage, kamerstukUrl, pageTexts } from '../../src/bake/page';
import { allPages, otherLanguage, pagePath, rootFrom, slugify } from '../../src/bake/pages';
import { renderRobots, renderSitemap } from '../../src/bake/sitemap';
import { createI18n } from '../../src/i18n/i18n';
import en from '../../src/i18n/locales/en';
import nl from '../../src/i18n/locales/nl';
import { lightPalette } from '../../src/map/style';

let model: AtlasModel;
beforeAll(async () => {
  model = buildModel(await loadAtlasData(async (url) => new Response(readFileSync(`public/${url.replace(/^\.\//, '')}`))));
});

describe('page addresses', () => {
  it.each([
    ['Oekraïne', 'oekraine'],
    ['Côte d’Ivoire', 'cote-divoire'],
    ['Bosnië en Herzegovina', 'bosnie-en-herzegovina'],
    ['São Tomé and Príncipe', 'sao-tome-and-principe'],
    ['Åland', 'aland'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));

  it('gives places readable paths in both languages (pinned: a rename must be deliberate)', () => {
    expect(pagePath(model, 'nl', { kind: 'country', id: 'UA' })).toBe('land/oekraine/');
    expect(pagePath(model, 'en', { kind: 'country', id: 'UA' })).toBe('en/country/ukraine/');
    expect(pagePath(model, 'nl', { kind: 'country', id: 'US' })).toBe('land/verenigde-staten/');
    expect(pagePath(model, 'nl', { kind: 'region', id: 'africa' })).toBe('regio/afrika/');
    expect(pagePath(model, 'en', { kind: 'region', id: 'africa' })).toBe('en/region/africa/');
    expect(pagePath(model, 'nl', null)).toBe('');
    expect(pagePath(model, 'en', null)).toBe('en/');
    expect(pagePath(model, 'nl', { kind: 'country', id: 'ZZ' })).toBeNull();
  });

  it('has one page per coloured country and per region, in both languages, each path once', () => {
    const pages = allPages(model);
    const countries = [...model.countryById.values()].filter((c) => c.mentioned || c.home).length;
    expect(pages).toHaveLength(2 * (1 + countries + model.regionById.size));
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    // The author country too: the panels link to it.
    expect(pages.some((p) => p.subject?.id === 'NL')).toBe(true);
    for (const p of pages) expect(p.path === '' || /^[a-z0-9/-]+\/$/.test(p.path), p.path).toBe(true);
  });

  it('reaches the root from any page and pairs each page with its other language', () => {
    expect(rootFrom('')).toBe('./');
    expect(rootFrom('en/')).toBe('../');
    expect(rootFrom('en/country/ukraine/')).toBe('../../../');
    const ua = allPages(model).find((p) => p.path === 'land/oekraine/')!;
    expect(otherLanguage(model, ua)?.path).toBe('en/country/ukraine/');
  });
});

describe('the baked map', () => {
  const render = (outlined: string[]) =>
    renderBakedMap({ countries: model.data.countries, paint: computeChoropleth(model, []).paint, palette: lightPalette, outlined, label: 'Kaart: Oekraïne' });

  it('frames the subject where the app would frame it at the nominal box', () => {
    const view = bakedView(model.data.countries, ['UA']);
    expect(view.lng).toBeGreaterThan(22);
    expect(view.lng).toBeLessThan(41);
    expect(view.lat).toBeGreaterThan(44);
    expect(view.lat).toBeLessThan(53);
    const world = bakedView(model.data.countries, []);
    expect(world.zoom).toBeLessThan(view.zoom);
  });

  it('draws the countries in the choropleth colours, outlines the subject, names the picture', () => {
    const svg = render(['UA']);
    const paint = computeChoropleth(model, []).paint;
    expect(svg).toMatch(/^<svg class="baked-map-svg"/);
    expect(svg).toContain('role="img" aria-label="Kaart: Oekraïne"');
    expect(svg).toMatch(new RegExp(`<path data-iso="UA" fill="${paint.get('UA')!.fill}" d="M`));
    // Named directly: no hatch; a country reached only through a region has one.
    expect(svg).not.toContain('data-via="UA"');
    const viaOnly = [...paint].find(([, p]) => p.viaOnly)![0];
    expect(render([])).toMatch(new RegExp(`<path data-via="${viaOnly}" d="M`));
    // Netherlands in the author's orange, and the outline group holds the subject.
    expect(render([])).toContain(`data-iso="NL" data-home="" fill="${lightPalette.home}"`);
    expect(svg).toMatch(/<g fill="none" stroke="#000000"[^>]*><path d="M/);
    expect(render([])).not.toMatch(/<g fill="none" stroke="#000000"/);
  });

  it('renders the same markup for the same input (no unordered iteration or randomness)', () => {
    expect(render(['FJ'])).toBe(render(['FJ']));
  });

  it('gives back its own view as the camera when shown at its nominal size', () => {
    const svg = render(['UA']);
    const view = parseBakedView(/data-view="([^"]+)"/.exec(svg)![1])!;
    const centre = [NOMINAL_BOX.width / 2, NOMINAL_BOX.height / 2] as const;
    const same = cameraFromBaked(view, NOMINAL_BOX, centre, 1);
    expect(same.lng).toBeCloseTo(view.lng, 6);
    expect(same.lat).toBeCloseTo(view.lat, 6);
    expect(same.zoom).toBeCloseTo(view.zoom, 6);
    // Shown at half size, one zoom level out; the box centre 100 units right is east of it.
    expect(cameraFromBaked(view, NOMINAL_BOX, centre, 0.5).zoom).toBeCloseTo(view.zoom - 1, 6);
    expect(cameraFromBaked(view, NOMINAL_BOX, [centre[0] + 100, centre[1]], 1).lng).toBeGreaterThan(view.lng);
    expect(parseBakedView('1,2')).toBeNull();
    expect(parseBakedView('a,b,c')).toBeNull();
  });
});

describe('page texts and head', () => {
  it('titles and describes a country page from its counts', () => {
    const t = createI18n('nl', { nl, en }).getFixedT('nl');
    const page = allPages(model).find((p) => p.path === 'land/oekraine/')!;
    const texts = pageTexts(model, page, t);
    expect(texts.title).toBe('Oekraïne in de Beleidsbrief Buitenlandse Zaken 2026');
    const ua = model.countryById.get('UA')!;
    expect(texts.description).toContain(`${ua.direct.all} vermeldingen in ${ua.passages.length} passages`);
    expect(texts.description).toContain('Kamerstuk 36 800 V, nr. 103');
    const tEn = createI18n('en', { nl, en }).getFixedT('en');
    const enPage = allPages(model).find((p) => p.path === 'en/country/ukraine/')!;
    expect(pageTexts(model, enPage, tEn).title).toBe('Ukraine in the Foreign Affairs Policy Letter 2026');
  });

  it('describes a country the letter reaches only through a region by that region', () => {
    const t = createI18n('nl', { nl, en }).getFixedT('nl');
    const viaOnly = [...model.countryById.values()].find((c) => c.mentioned && !c.home && !(c.direct.all ?? 0))!;
    const page = allPages(model).find((p) => p.lang === 'nl' && p.subject?.id === viaOnly.iso2)!;
    const region = model.regionById.get(viaOnly.regions[0]!)!;
    expect(pageTexts(model, page, t).description).toContain(region.label.nl);
  });

  const head: HeadInput = {
    lang: 'nl',
    title: 'Bosnië & Herzegovina in de "brief"',
    description: 'x < y',
    canonical: 'https://example.org/land/bosnie/',
    alternates: [
      { lang: 'en', href: 'https://example.org/en/country/bosnia/' },
      { lang: 'nl', href: 'https://example.org/land/bosnie/' },
    ],
    image: { url: 'https://example.org/land/bosnie/preview.png', alt: 'Kaart' },
    siteName: 'Beleidsatlas',
    siteUrl: 'https://example.org/',
    source: { title: 'Beleidsbrief Buitenlandse Zaken 2026', kamerstuk: '36 800 V, nr. 103', date: '2026-04-24', url: kamerstukUrl('36 800 V, nr. 103') },
    about: '</script><script>alert(1)</script>',
  };

  it('escapes every text it puts in the head, and JSON-LD cannot end its script early', () => {
    const html = renderHead(head);
    expect(html).toContain('<title>Bosnië &amp; Herzegovina in de &quot;brief&quot;</title>');
    expect(html).toContain('<meta name="description" content="x &lt; y" />');
    expect(html).toContain('<link rel="canonical" href="https://example.org/land/bosnie/" />');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://example.org/en/country/bosnia/" />');
    expect(html).toContain('<meta property="og:image" content="https://example.org/land/bosnie/preview.png" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const data = JSON.parse(jsonLd(head)) as { citation: { legislationIdentifier: string; url: string }; about: { name: string } };
    expect(data.citation.legislationIdentifier).toBe('Kamerstuk 36 800 V, nr. 103');
    expect(data.citation.url).toBe('https://zoek.officielebekendmakingen.nl/kst-36800-V-103.html');
    expect(data.about.name).toBe(head.about);
  });

  it('links a Kamerstuk reference to its official publication, and nothing else', () => {
    expect(kamerstukUrl('36 800 V, nr. 103')).toBe('https://zoek.officielebekendmakingen.nl/kst-36800-V-103.html');
    expect(kamerstukUrl('21 501-02, nr. 3000')).toBeNull();
    expect(kamerstukUrl('')).toBeNull();
  });
});

describe('inline styles become classes (strict CSP)', () => {
  it('moves each distinct style into one sheet and keeps the other attributes', () => {
    const sheet = newSheet();
    const html = extractStyles(
      '<span class="swatch" style="background:#332288" aria-hidden="true"></span><span style="width:75%;background:#332288"></span><span class="x" style="background:#332288"></span>',
      sheet,
    );
    expect(html).not.toContain('style=');
    expect(html).toMatch(/^<span class="swatch bk-[0-9a-f]{8}" aria-hidden="true"><\/span><span class="bk-[0-9a-f]{8}"><\/span><span class="x bk-/);
    expect(sheet.rules.size).toBe(2);
    const css = sheetCss(sheet);
    expect(css).toMatch(/\.bk-[0-9a-f]{8}\{background:#332288 !important\}/);
    expect(css).toMatch(/\{width:75% !important;background:#332288 !important\}/);
  });
});

describe('a page from the built index.html', () => {
  // The shape of the built index.html (vite.config.ts: CSP first, then Vite's tags and the early hints).
  const template = `<!doctype html>
<html lang="nl">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;; object-src &#39;none&#39;">
    <meta charset="UTF-8" />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/store-abc.js">
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
    <link rel="preload" href="data/atlas.json" as="fetch" crossorigin="">
    <link rel="modulepreload" href="./assets/atlasMap-abc.js">
    <link rel="manifest" href="./manifest.webmanifest">
    <title>Beleidsatlas</title>
    <meta
      name="description"
      content="oud"
    />
  </head>
  <body>
    <div id="root"></div>
    <noscript>oud</noscript>
  </body>
</html>`;
  const parts = {
    lang: 'en' as const,
    root: '../../../',
    head: '<title>Ukraine</title>',
    query: '?country=UA&lang=en',
    markup: '<header>h</header><div class="map-area"><div class="map" aria-busy="true"></div></div>',
    map: '<svg></svg>',
    styles: { css: 'body{margin:0}\n\n.bk-1{width:75% !important}', inlined: ['assets/index-abc.css', 'assets/baked-x.css'] },
    boot: 'assets/boot-x.js',
    noscriptCss: 'assets/noscript-x.css',
    noscript: { text: 'Needs JavaScript', data: 'data/mentions.csv', other: { href: '../../../land/oekraine/', label: 'Nederlands', lang: 'nl' }, home: { href: '../../../en/', label: 'Overview' } },
  };

  it('puts the head, the base, the markup and the map in, and the old title and note out', () => {
    const html = assemblePage(template, parts);
    expect(html).toContain('<html lang="en" data-baked="" data-atlas-page="?country=UA&amp;lang=en">');
    expect(html).toContain('<meta charset="UTF-8" />\n    <base href="../../../" />');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>Ukraine</title>');
    expect(html).not.toContain('oud');
    expect(html).toContain('<link rel="stylesheet" href="assets/baked-x.css" disabled />');
    expect(html).toContain('<noscript><link rel="stylesheet" href="assets/noscript-x.css" /></noscript>');
    expect(html).toContain('<div class="map-area"><div class="baked-map" data-baked-map=""><svg></svg></div><div class="map"');
    expect(html).toContain('<a href="../../../land/oekraine/" lang="nl" hreflang="nl">Nederlands</a>');
  });

  it('paints from the HTML alone: the CSS inline and allowed by its hash, the stylesheets it replaces linked but disabled', () => {
    const html = assemblePage(template, parts);
    expect(html).toContain('<style>body{margin:0}\n\n.bk-1{width:75% !important}</style>');
    const sha = createHash('sha256').update('body{margin:0}\n\n.bk-1{width:75% !important}').digest('base64');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replace(/&apos;/g, "'");
    expect(policy).toBe(`default-src 'self'; script-src 'self'; style-src 'self' 'sha256-${sha}'; object-src 'none'`);
    // Every stylesheet link left is a disabled stand-in (or the no-script sheet): none holds the first paint.
    const links = [...html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '').matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
    expect(links).toEqual(['<link rel="stylesheet" href="assets/index-abc.css" disabled />', '<link rel="stylesheet" href="assets/baked-x.css" disabled />']);
  });

  it('holds the app\'s scripts and hints back until the boot script puts them in after the first paint', () => {
    const html = assemblePage(template, parts);
    const held = /<template id="atlas-boot">([\s\S]*?)<\/template>/.exec(html)![1]!;
    expect(held).toContain('<script type="module" crossorigin src="./assets/index-abc.js"></script>');
    expect(held).toContain('<link rel="modulepreload" crossorigin href="./assets/store-abc.js">');
    expect(held).toContain('<link rel="preload" href="data/atlas.json" as="fetch" crossorigin="">');
    expect(held).toContain('<link rel="modulepreload" href="./assets/atlasMap-abc.js">');
    const outside = html.replace(/<template id="atlas-boot">[\s\S]*?<\/template>/, '');
    expect(outside.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="assets/boot-x.js">']);
    expect(outside).not.toMatch(/rel="(modulepreload|preload)"/);
    expect(outside).toContain('<link rel="manifest" href="./manifest.webmanifest">');
    // A place page's panel chunk is hinted with them (its first render shows the panel).
    const place = assemblePage(template, { ...parts, modules: ['assets/SelectionPanel-x.js'] });
    expect(/<template id="atlas-boot">([\s\S]*?)<\/template>/.exec(place)![1]).toContain('<link rel="modulepreload" href="assets/SelectionPanel-x.js">');
  });

  it('refuses a template or markup it cannot bake into, rather than write a page without a map', () => {
    expect(() => assemblePage(template.replace(/<script type="module"[^>]*><\/script>/, ''), parts)).toThrow(/module script/);
    expect(() => assemblePage(template.replace('style-src &#39;self&#39;; ', ''), parts)).toThrow(/style-src/);
    expect(() => assemblePage(template.replace('<div id="root"></div>', ''), parts)).toThrow(/root/);
    expect(() => assemblePage(template, { ...parts, markup: '<p>no map</p>' })).toThrow(/map box/);
  });

  it('puts text with $ patterns in as text, and keeps in-page links on the page', () => {
    const html = assemblePage(template, { ...parts, head: '<title>$& $` $\' $$</title>' });
    expect(html).toContain('<title>$& $` $\' $$</title>');
    expect(fragmentsOnPage('<a href="#panel">x</a><a href="land/x/">y</a>', 'land/oekraine/')).toBe('<a href="land/oekraine/#panel">x</a><a href="land/x/">y</a>');
    expect(fragmentsOnPage('<a href="#panel">x</a>', '')).toBe('<a href="#panel">x</a>');
  });

  it('leaves the root page without a base (its relative paths are right as they are)', () => {
    expect(assemblePage(template, { ...parts, root: './' })).not.toContain('<base');
  });
});

describe('the first paint\'s CSS', () => {
  it('rebases the stylesheet\'s relative URLs to the site root, and leaves others alone', () => {
    // As @fontsource/noto-sans is built into assets/ by Vite.
    const css = readFileSync('node_modules/@fontsource/noto-sans/400.css', 'utf8').replace(/\.\/files\//g, './');
    const out = rebaseCss(css, 'assets');
    expect(out).toMatch(/url\(assets\/noto-sans-latin-400-normal\.woff2\) format\('woff2'\)/);
    expect(out).not.toMatch(/url\(\.\//);
    expect(rebaseCss('a{background:url("x.png")}b{mask:url(data:image/svg+xml,y)}c{f:url(#p)}d{e:url(/abs.png)}', 'assets/')).toBe(
      'a{background:url("assets/x.png")}b{mask:url(data:image/svg+xml,y)}c{f:url(#p)}d{e:url(/abs.png)}',
    );
  });

  it('adds the inline style\'s source to style-src only', () => {
    expect(allowStyles("default-src 'self'; style-src 'self'; img-src 'self'", ["'sha256-abc='"])).toBe("default-src 'self'; style-src 'self' 'sha256-abc='; img-src 'self'");
    expect(styleSource('body{margin:0}')).toBe(`'sha256-${createHash('sha256').update('body{margin:0}').digest('base64')}'`);
  });

  it('refuses a page whose head has no module script to hold back', () => {
    expect(() => deferApp('<html><head><title>x</title></head><body></body></html>', 'assets/boot.js')).toThrow(/module script/);
  });
});

describe('sitemap and robots', () => {
  it('lists every page with its language twin, and robots points to it', () => {
    const pages = allPages(model);
    const xml = renderSitemap('https://example.org/', pages, (p) => otherLanguage(model, p));
    expect(xml.match(/<url>/g)).toHaveLength(pages.length);
    expect(xml).toContain('<loc>https://example.org/land/oekraine/</loc><xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/country/ukraine/"/>');
    expect(renderRobots('https://example.org/')).toContain('Sitemap: https://example.org/sitemap.xml');
  });
});
