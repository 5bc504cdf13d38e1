/**
 * The <head> of a baked page: title, description, canonical and language alternates, Open
 * Graph and Twitter card tags with the page's preview image, and schema.org JSON-LD that
 * cites the Kamerstuk. Pure: texts and absolute URLs in, markup out. JSON-LD is data, not
 * script (the browser never runs it), so the strict CSP needs no hash for it.
 */
import { escapeXml } from '../render/escape';

export interface HeadInput {
  lang: 'nl' | 'en';
  title: string;
  description: string;
  /** Absolute URL of this page. */
  canonical: string;
  /** Absolute URLs of this page in each language. */
  alternates: { lang: 'nl' | 'en'; href: string }[];
  /** Absolute URL of the 1200×630 preview, and its text alternative. */
  image: { url: string; alt: string };
  siteName: string;
  /** Absolute URL of the site root. */
  siteUrl: string;
  /** The letter the page is about. */
  source: { title: string; kamerstuk: string; date: string | null; url: string | null };
  /** What the page is about (a country or region name), absent for the home page. */
  about?: string;
}

const attr = escapeXml;

export function renderHead(h: HeadInput): string {
  const tags = [
    `<title>${escapeXml(h.title)}</title>`,
    `<meta name="description" content="${attr(h.description)}" />`,
    `<link rel="canonical" href="${attr(h.canonical)}" />`,
    ...h.alternates.map((a) => `<link rel="alternate" hreflang="${a.lang}" href="${attr(a.href)}" />`),
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${attr(h.siteName)}" />`,
    `<meta property="og:locale" content="${h.lang === 'nl' ? 'nl_NL' : 'en_GB'}" />`,
    `<meta property="og:title" content="${attr(h.title)}" />`,
    `<meta property="og:description" content="${attr(h.description)}" />`,
    `<meta property="og:url" content="${attr(h.canonical)}" />`,
    `<meta property="og:image" content="${attr(h.image.url)}" />`,
    `<meta property="og:image:type" content="image/png" />`,
    `<meta property="og:image:width" content="1200" />`,
    `<meta property="og:image:height" content="630" />`,
    `<meta property="og:image:alt" content="${attr(h.image.alt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${attr(h.title)}" />`,
    `<meta name="twitter:description" content="${attr(h.description)}" />`,
    `<meta name="twitter:image" content="${attr(h.image.url)}" />`,
    `<meta name="twitter:image:alt" content="${attr(h.image.alt)}" />`,
    `<script type="application/ld+json">${jsonLd(h)}</script>`,
  ];
  return tags.join('\n    ');
}

/** `</script>` cannot end the block early: every `<` is escaped, as JSON allows. */
export function jsonLd(h: HeadInput): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: h.title,
    description: h.description,
    url: h.canonical,
    inLanguage: h.lang,
    image: h.image.url,
    isPartOf: { '@type': 'WebSite', name: h.siteName, url: h.siteUrl },
    ...(h.about ? { about: { '@type': 'Place', name: h.about } } : {}),
    // The source every page is drawn from: the Kamerstuk itself.
    citation: {
      '@type': 'Legislation',
      name: h.source.title,
      legislationIdentifier: `Kamerstuk ${h.source.kamerstuk}`,
      ...(h.source.date ? { datePublished: h.source.date } : {}),
      ...(h.source.url ? { url: h.source.url } : {}),
      author: { '@type': 'GovernmentOrganization', name: 'Ministerie van Buitenlandse Zaken' },
    },
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
