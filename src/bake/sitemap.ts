/** sitemap.xml (every page, with its other-language twin) and robots.txt. Pure. */
import { escapeXml } from '../render/escape';
import type { PageRef } from './pages';

export function renderSitemap(siteUrl: string, pages: readonly PageRef[], twin: (p: PageRef) => PageRef | null): string {
  const urls = pages.map((p) => {
    const other = twin(p);
    const links = [p, ...(other ? [other] : [])]
      .sort((a, b) => a.lang.localeCompare(b.lang))
      .map((l) => `<xhtml:link rel="alternate" hreflang="${l.lang}" href="${escapeXml(siteUrl + l.path)}"/>`)
      .join('');
    return `<url><loc>${escapeXml(siteUrl + p.path)}</loc>${links}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export const renderRobots = (siteUrl: string): string => `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}sitemap.xml\n`;
