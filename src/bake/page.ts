/**
 * A baked page from its parts: the texts that describe it (title, description, alternatives)
 * and the built index.html with the head, the app's markup and the map put in. Pure.
 */
import type { TFunction } from 'i18next';
import { countryName, regionName, type AtlasModel } from '../app/data/model';
import { escapeXml } from '../render/escape';
import { allowStyles, deferApp, styleSource, STYLESHEET } from './firstPaint';
import type { PageRef } from './pages';

export interface PageTexts {
  title: string;
  description: string;
  /** The baked map's accessible name. */
  mapLabel: string;
  imageAlt: string;
  /** The place's name (absent on the home page). */
  about?: string;
  /** "8 vermeldingen in 3 passages" (the preview's second line). */
  count: string;
}

const topThemes = (model: AtlasModel, counts: Record<string, number>, lang: 'nl' | 'en', n: number): string[] =>
  model.themes
    .filter((th) => (counts[th.id] ?? 0) > 0)
    .sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0) || a.id.localeCompare(b.id))
    .slice(0, n)
    .map((th) => th.label[lang]);

export function pageTexts(model: AtlasModel, page: PageRef, t: TFunction): PageTexts {
  // The seed letter's name in the page's language; with several letters, the newest's own title.
  const letter = model.data.atlas.documents.length > 1 ? (model.letter?.meta.title ?? t('app.subtitle')) : t('app.subtitle');
  const kamerstuk = model.letter?.meta.kamerstuk ?? '';
  const s = page.subject;
  if (!s) {
    const map = t('bake.worldMap', { letter });
    const passages = model.passageByRef.size;
    return { title: t('bake.homeTitle', { letter }), description: t('bake.homeDescription', { letter, kamerstuk }), mapLabel: map, imageAlt: map, count: t('filter.passages', { count: passages }) };
  }
  if (s.kind === 'country') {
    const c = model.countryById.get(s.id)!;
    const name = countryName(c, page.lang);
    const mentions = c.direct.all ?? 0;
    const count = mentions
      ? `${t('panel.mentions', { count: mentions })} ${t('panel.inPassages', { count: c.passages.length })}`
      : t('bake.viaCount', { via: c.regions.map((id) => model.regionById.get(id)).filter((r) => !!r).map((r) => regionName(r!, page.lang)).slice(0, 3).join(', ') });
    const description = mentions
      ? t('bake.describe', { mentions: t('panel.mentions', { count: mentions }), passages: t('panel.inPassages', { count: c.passages.length }), letter, kamerstuk, themes: topThemes(model, c.direct, page.lang, 3).join(', ') })
      : t('bake.describeVia', { name, letter, kamerstuk, via: c.regions.map((id) => model.regionById.get(id)).filter((r) => !!r).map((r) => regionName(r!, page.lang)).join(', ') });
    return { title: t('bake.placeTitle', { name, letter }), description, mapLabel: t('bake.mapOf', { name, letter }), imageAlt: t('bake.previewAlt', { name, count }), about: name, count };
  }
  const r = model.regionById.get(s.id)!;
  const name = regionName(r, page.lang);
  const mentions = r.direct.all ?? 0;
  const count = `${t('panel.mentions', { count: mentions })} ${t('panel.inPassages', { count: r.passages.length })}`;
  return {
    title: t('bake.placeTitle', { name, letter }),
    description: t('bake.describeRegion', { name, letter, kamerstuk, mentions: t('panel.mentions', { count: mentions }) }),
    mapLabel: t('bake.mapOf', { name, letter }),
    imageAlt: t('bake.previewAlt', { name, count }),
    about: name,
    count,
  };
}

/** "36 800 V, nr. 103" → the paper on officielebekendmakingen.nl; null for anything else. */
export function kamerstukUrl(kamerstuk: string): string | null {
  const m = /^(\d[\d ]*\d)\s*([A-Z]{0,4})\s*,\s*nr\.\s*(\d+)$/.exec(kamerstuk.trim());
  if (!m) return null;
  const dossier = m[1]!.replace(/ /g, '');
  return `https://zoek.officielebekendmakingen.nl/kst-${dossier}${m[2] ? `-${m[2]}` : ''}-${m[3]}.html`;
}

export interface PageParts {
  lang: 'nl' | 'en';
  /** How the page reaches the site root ('./', '../../'). */
  root: string;
  /** Tags for the head (./head.ts). */
  head: string;
  /** The state the page stands for, as a query (read by src/bake/handover.ts). */
  query: string;
  /** The app's markup (./ssr.tsx) and the map to put in its map box (./bakedMap.ts). */
  markup: string;
  map: string;
  /**
   * The page's CSS, inlined (./firstPaint.ts): the text, and the stylesheets of the build it
   * stands for (relative to the root; the template's own are among them).
   */
  styles: { css: string; inlined: string[] };
  /** The boot script (src/bake/boot.js as built), relative to the root. */
  boot: string;
  /** Lazy chunks the page's first render needs (a place's panel), relative to the root: hinted with the app's own. */
  modules?: string[];
  noscriptCss: string;
  noscript: {
    text: string;
    data: string;
    other: { href: string; label: string; lang: string } | null;
    home: { href: string; label: string } | null;
  };
}

/** Where the baked map goes: in the app's map box, before the element MapLibre will fill. */
const MAP_BOX = '<div class="map"';

export function assemblePage(template: string, p: PageParts): string {
  if (!template.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root"></div> to bake into');
  const at = p.markup.indexOf(MAP_BOX);
  if (at < 0) throw new Error('the rendered app has no map box (<div class="map">)');
  const markup = `${p.markup.slice(0, at)}<div class="baked-map" data-baked-map="">${p.map}</div>${p.markup.slice(at)}`;
  // The inlined files stay linked, disabled: never fetched, but the app's chunk loader sees them.
  const links = [
    `<style>${p.styles.css}</style>`,
    ...p.styles.inlined.map((href) => `<link rel="stylesheet" href="${escapeXml(href)}" disabled />`),
    ...(p.modules ?? []).map((href) => `<link rel="modulepreload" href="${escapeXml(href)}">`),
  ].join('\n    ');
  const nav = [p.noscript.home, p.noscript.other].filter((l) => !!l);
  const noscript =
    `<noscript><div class="noscript-note"><p>${escapeXml(p.noscript.text)} <a href="${escapeXml(p.noscript.data)}">${escapeXml(p.noscript.data)}</a>.</p>` +
    (nav.length
      ? `<p>${nav.map((l) => `<a href="${escapeXml(l.href)}"${'lang' in l ? ` lang="${l.lang}" hreflang="${l.lang}"` : ''}>${escapeXml(l.label)}</a>`).join(' · ')}</p>`
      : '') +
    `</div></noscript>`;
  const policy = (meta: string) =>
    meta.replace(/content="([^"]*)"/, (_m, csp: string) => `content="${escapeXml(allowStyles(unescapeAttr(csp), [styleSource(p.styles.css)]))}"`);
  // Function replacements throughout: a `$&` in a passage or title is text, not a pattern.
  const steps: { find: RegExp | string; put: string | ((found: string) => string); optional?: true }[] = [
    { find: CSP_META, put: policy },
    // The template's stylesheets are in the <style> now.
    { find: new RegExp(STYLESHEET.source, 'g'), put: '', optional: true },
    { find: /<html lang="[a-z]+">/, put: `<html lang="${p.lang}" data-baked="" data-atlas-page="${escapeXml(p.query)}">` },
    { find: '<meta charset="UTF-8" />', put: `<meta charset="UTF-8" />${p.root === './' ? '' : `\n    <base href="${p.root}" />`}` },
    { find: /<title>[\s\S]*?<\/title>\s*/, put: '', optional: true },
    { find: /<meta\s+name="description"[\s\S]*?\/>\s*/, put: '', optional: true },
    // The template's own note goes first, before the head gets a <noscript> of its own.
    { find: /<noscript>[\s\S]*?<\/noscript>\s*/, put: '', optional: true },
    { find: '</head>', put: `  ${p.head}\n    ${links}\n    <noscript><link rel="stylesheet" href="${escapeXml(p.noscriptCss)}" /></noscript>\n  </head>` },
    { find: '<div id="root"></div>', put: `${noscript}\n    <div id="root">${markup}</div>` },
  ];
  const html = steps.reduce((html, { find, put, optional }) => {
    const found = typeof find === 'string' ? html.includes(find) : new RegExp(find.source, find.flags.replace('g', '')).test(html);
    if (!found && !optional) throw new Error(`index.html has no ${String(find)} to bake into`);
    return html.replace(find, typeof put === 'string' ? () => put : put);
  }, template);
  return deferApp(html, p.boot);
}

/** The template's Content-Security-Policy (vite.config.ts puts it first in the head). */
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

const unescapeAttr = (s: string): string =>
  s.replace(/&(#39|apos|quot|lt|gt|amp);/g, (_m, e: string) => ({ '#39': "'", apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' })[e]!);

/**
 * In-page links of a page with a <base href> resolve against the base (the site root): they
 * get the page's own path, so without JavaScript too they stay on the page.
 */
export const fragmentsOnPage = (markup: string, path: string): string => (path ? markup.replace(/\shref="#/g, ` href="${path}#`) : markup);

/** The built index.html for `embed/`: unbaked, one folder down, and not for search engines. */
export function embedPage(template: string): string {
  if (!template.includes('<meta charset="UTF-8" />')) throw new Error('index.html has no <meta charset="UTF-8" /> to put a base after');
  return template.replace('<meta charset="UTF-8" />', () => '<meta charset="UTF-8" />\n    <base href="../" />\n    <meta name="robots" content="noindex" />');
}
