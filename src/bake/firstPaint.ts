/**
 * What a baked page needs for its first paint, and nothing more (pure; used by the baker):
 *
 * - its CSS inline, in one <style> (no stylesheet round trip before the first frame), allowed
 *   by its hash in the page's Content-Security-Policy; the files it stands for stay linked as
 *   `disabled` (never fetched), so the app's chunk loader sees them as loaded and does not
 *   fetch them again later;
 * - the app's scripts and hints held in a <template>, which src/bake/boot.js puts into the
 *   document with the first frame: on a slow link the page's bytes come first.
 */
import { createHash } from 'node:crypto';

/** `url(./x.woff2)` in a stylesheet at `dir` ('assets/') → `url(assets/x.woff2)`, for CSS inlined at the site root. */
export function rebaseCss(css: string, dir: string): string {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return css.replace(/url\((["']?)(?!data:|[a-z]+:|\/|#)(?:\.\/)?([^"')]+)\1\)/gi, (_m, q: string, path: string) => `url(${q}${prefix}${path}${q})`);
}

/** The CSP source that allows exactly this <style> element's text. */
export const styleSource = (css: string): string => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/** `policy` with `sources` added to its style-src directive (which it must have). */
export function allowStyles(policy: string, sources: readonly string[]): string {
  const directives = policy.split(';').map((d) => d.trim());
  const at = directives.findIndex((d) => /^style-src\b/.test(d));
  if (at < 0) throw new Error('the policy has no style-src to add the inline styles to');
  directives[at] = [directives[at], ...sources].join(' ');
  return directives.join('; ');
}

/** A stylesheet link of the built index.html: `<link rel="stylesheet" … href="./assets/index-X.css">`. */
export const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g;

/** The app's module script and every (module)preload hint of the built index.html's head. */
const APP_TAGS = /<script\b[^>]*\btype="module"[^>]*\bsrc="[^"]+"[^>]*><\/script>|<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/g;

/**
 * The head's app scripts and hints into `<template id="atlas-boot">`, and the boot script in
 * their place (before </head>). Throws when the head has no module script to hold back.
 */
export function deferApp(html: string, bootSrc: string): string {
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = head.match(APP_TAGS) ?? [];
  if (!tags.some((t) => t.startsWith('<script'))) throw new Error('index.html has no module script to load after the first paint');
  // Each tag goes with the line break and indent before it; nothing else in the head changes
  // (a byte more or less inside the <style> would break its hash).
  const rest = head.replace(new RegExp(`\\n?[ \\t]*(?:${APP_TAGS.source})`, 'g'), '');
  const boot = `  <template id="atlas-boot">${tags.join('')}</template>\n    <script type="module" src="${bootSrc}"></script>\n  `;
  return `${rest.trimEnd()}\n${boot}${html.slice(head.length)}`;
}

/** A `_headers` file (Netlify, Cloudflare Pages) that sends `policy` with every page. */
export const hostHeaders = (policy: string): string => `/*\n  Content-Security-Policy: ${policy}\n`;
