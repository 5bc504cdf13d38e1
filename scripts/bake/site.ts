/**
 * The baker's reading and writing: everything it decides is a pure function of src/bake/.
 * Every file is written to a temporary name and renamed, so a failed bake leaves the
 * previous pages whole.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { i18n } from 'i18next';
import { computeChoropleth } from '../../src/app/choropleth/paint';
import { loadAtlasData, type Fetcher } from '../../src/app/data/load';
import { buildModel, regionPlaces, type AtlasModel } from '../../src/app/data/model';
import { BAKED_DETAIL_ZOOM, bakedView, renderBakedMap } from '../../src/bake/bakedMap';
import { renderHead } from '../../src/bake/head';
import { extractStyles, newSheet, sheetCss } from '../../src/bake/inlineStyles';
import { HEADER_CSP } from '../../csp.config';
import { allowStyles, hostHeaders, rebaseCss, styleSource, STYLESHEET } from '../../src/bake/firstPaint';
import { assemblePage, embedPage, fragmentsOnPage, kamerstukUrl, pageTexts } from '../../src/bake/page';
import { allPages, otherLanguage, pagePath, rootFrom, type PageRef } from '../../src/bake/pages';
import { renderRobots, renderSitemap } from '../../src/bake/sitemap';
import { prepareSsr, renderPage } from '../../src/bake/ssr';
import { createI18n } from '../../src/i18n/i18n';
import en from '../../src/i18n/locales/en';
import nl from '../../src/i18n/locales/nl';
import { lightPalette } from '../../src/map/style';
import type { CountriesCollection } from '../../src/map/contract';
import { bakePreviews, type PreviewJob } from './previews';
import { writeAtomic } from './write';

export interface BakeOptions {
  dist: string;
  siteUrl: string;
}

const hashed = (name: string, content: string, ext = 'css') => `${name}-${createHash('sha256').update(content).digest('base64url').slice(0, 8)}.${ext}`;

export async function bakeSite({ dist, siteUrl }: BakeOptions): Promise<{ pages: number; images: number }> {
  const templateFile = join(dist, 'index.html');
  const template = readFileSync(templateFile, 'utf8');
  if (template.includes('data-baked')) throw new Error(`${templateFile} is already baked: run vite build first (it bakes by itself).`);

  const fetcher: Fetcher = async (url) => new Response(readFileSync(join(dist, url.replace(/^\.\//, ''))));
  const data = await loadAtlasData(fetcher, './');
  const model = buildModel(data);
  const detail = data.detail ? await data.detail() : data.countries;
  const i18n: i18n = createI18n('nl', { nl, en });
  await prepareSsr();

  const assets = readdirSync(join(dist, 'assets'));
  // The selection panels' own stylesheet: a baked country page shows that panel from the start.
  const panelCss = assets.find((f) => /^SelectionPanel-.*\.css$/.test(f));
  const panelJs = assets.find((f) => /^SelectionPanel-.*\.js$/.test(f));
  // The template hints the Dutch messages (vite.config.ts); an English page hints its own.
  const messages = (lang: string) => assets.filter((f) => new RegExp(`^${lang}-[\\w-]+\\.js$`).test(f));
  const [nlJs, enJs] = [messages('nl'), messages('en')];
  const templates = {
    nl: template,
    en: nlJs.length === 1 && enJs.length === 1 ? template.replace(`./assets/${nlJs[0]}`, `./assets/${enJs[0]}`) : template,
  };
  const own = (file: string) => readFileSync(join(import.meta.dirname, '..', '..', 'src', 'bake', file), 'utf8');
  // The page's CSS goes inline (src/bake/firstPaint.ts): the template's stylesheets, rebased to the root.
  const appCss = [...template.matchAll(STYLESHEET)].map((m) => m[1]!.replace(/^\.\//, ''));
  const cssAt = (file: string) => rebaseCss(readFileSync(join(dist, file), 'utf8'), dirname(file));
  // The baked sheet is written last (it collects every page's classes), so its text comes along.
  // Two sets of sheets in all (home pages; place pages with the panel's): each read and joined once.
  const inlined = new Map<string, { inlined: string[]; css: string }>();
  const inline = (files: string[], baked: { file: string; css: string }) => {
    const key = files.join();
    const known = inlined.get(key);
    if (known) return known;
    const styles = { inlined: files, css: files.map((file) => (file === baked.file ? baked.css : cssAt(file))).join('\n') };
    inlined.set(key, styles);
    return styles;
  };
  const bootSource = own('boot.js');
  const boot = `assets/${hashed('boot', bootSource, 'js')}`;
  writeAtomic(join(dist, boot), bootSource);
  const noscriptSource = own('noscript.css');
  const noscriptCss = hashed('noscript', noscriptSource);
  writeAtomic(join(dist, 'assets', noscriptCss), noscriptSource);

  const sheet = newSheet();
  const paint = computeChoropleth(model, []).paint;
  const pages = allPages(model);
  const jobs: PreviewJob[] = [];
  const bodies: { page: PageRef; html: (bakedCss: { file: string; css: string }) => string }[] = [];
  const source = sourceOf(model);

  for (const page of pages) {
    const t = i18n.getFixedT(page.lang);
    const texts = pageTexts(model, page, t);
    const outlined = outlinedOf(model, page);
    const view = bakedView(data.countries, outlined);
    const countries: CountriesCollection = view.zoom >= BAKED_DETAIL_ZOOM ? detail : data.countries;
    const map = renderBakedMap({ countries, paint, palette: lightPalette, outlined, label: texts.mapLabel });
    const root = rootFrom(page.path);
    // The state the page stands for. The Dutch home stands for none: there the reader's
    // browser language still decides, as it always has at the site root.
    const query = page.subject ? `?${page.subject.kind}=${page.subject.id}&lang=${page.lang}` : page.lang === 'nl' ? '' : `?lang=${page.lang}`;
    const markup = await renderPage(
      { lang: page.lang, query, hrefFor: (place) => hrefFrom(model, page, place) },
      model,
      i18n,
      fetcher,
    );
    const body = fragmentsOnPage(extractStyles(markup, sheet), page.path);
    const other = otherLanguage(model, page);
    const image = `${siteUrl}${page.path}preview.png`;
    const head = renderHead({
      lang: page.lang,
      title: texts.title,
      description: texts.description,
      canonical: `${siteUrl}${page.path}`,
      alternates: [page, ...(other ? [other] : [])].sort((a, b) => a.lang.localeCompare(b.lang)).map((p) => ({ lang: p.lang, href: `${siteUrl}${p.path}` })),
      image: { url: image, alt: texts.imageAlt },
      siteName: t('app.title'),
      siteUrl,
      source,
      ...(texts.about ? { about: texts.about } : {}),
    });
    jobs.push({ file: join(dist, page.path, 'preview.png'), page, texts, outlined });
    bodies.push({
      page,
      html: (bakedCss) =>
        assemblePage(templates[page.lang], {
          lang: page.lang,
          root,
          head,
          query,
          markup: body,
          map,
          styles: inline([...appCss, bakedCss.file, ...(page.subject && panelCss ? [`assets/${panelCss}`] : [])], bakedCss),
          boot,
          ...(page.subject && panelJs ? { modules: [`assets/${panelJs}`] } : {}),
          noscriptCss: `assets/${noscriptCss}`,
          noscript: {
            text: t('bake.noscript'),
            data: 'data/mentions.csv',
            other: other ? { href: other.path || './', label: t('bake.otherLanguage'), lang: other.lang } : null,
            home: page.subject ? { href: hrefFrom(model, page, null)!, label: t('bake.home') } : null,
          },
        }),
    });
  }

  // The page embeds load: the app as built, not baked (a frame shows the embed, never the full page first).
  writeAtomic(join(dist, 'embed', 'index.html'), embedPage(template));

  const css = sheetCss(sheet);
  const bakedCss = hashed('baked', css);
  writeAtomic(join(dist, 'assets', bakedCss), css);
  // Images first, pages last: a bake that fails on the way leaves the built index.html as it was.
  const images = await bakePreviews(jobs, { model, countries: data.countries, detail, paint, i18n, source });
  for (const { page, html } of bodies) writeAtomic(join(dist, page.path, 'index.html'), html({ file: `assets/${bakedCss}`, css }));
  writeAtomic(join(dist, 'sitemap.xml'), renderSitemap(siteUrl, pages, (p) => otherLanguage(model, p)));
  writeAtomic(join(dist, 'robots.txt'), renderRobots(siteUrl));
  // For hosts that read it (Netlify, Cloudflare Pages): the header policy, with the pages' inline styles.
  writeAtomic(join(dist, '_headers'), hostHeaders(allowStyles(HEADER_CSP, [...inlined.values()].map((st) => styleSource(st.css)).sort())));
  return { pages: pages.length, images };
}

function outlinedOf(model: AtlasModel, page: PageRef): string[] {
  const s = page.subject;
  if (!s) return [];
  return s.kind === 'country' ? [s.id] : regionPlaces(model, s.id);
}

/** Links resolve against the page's <base href>, which is the site root: root-relative paths. */
function hrefFrom(model: AtlasModel, page: PageRef, place: { kind: 'country' | 'region'; id: string } | null): string | null {
  const path = pagePath(model, page.lang, place);
  return path === null ? null : path || './';
}

function sourceOf(model: AtlasModel) {
  const meta = model.letter?.meta;
  const kamerstuk = meta?.kamerstuk ?? '36 800 V, nr. 103';
  return { title: meta?.title ?? 'Beleidsbrief Buitenlandse Zaken 2026', kamerstuk, date: meta?.date ?? null, url: kamerstukUrl(kamerstuk) };
}
