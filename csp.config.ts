/**
 * The Content-Security-Policy of the production build, in one place: vite.config.ts puts
 * META_CSP into dist/index.html, the README documents HEADER_CSP for hosts, and the e2e
 * suite loads the build under it and fails on any violation.
 *
 * - script-src 'self': no inline scripts, no eval (the service worker registers from a file).
 * - style-src 'self' 'unsafe-inline': React (swatch colours) and MapLibre (canvas size,
 *   marker positions) write style *attributes*; Chromium treats React's CSSOM writes as
 *   allowed, but MapLibre's control CSS and any style="" in markup need it. No <style> is
 *   injected from data, and styles cannot run script.
 * - worker-src 'self' blob: data:: MapLibre's worker is a file from 'self'; in an opaque
 *   origin (sandboxed iframe) it falls back to a blob:/data: URL. The PWA service worker is 'self'.
 * - connect-src 'self': the data files; nothing else, ever.
 */
const COMMON = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob: data:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** In the page itself: frame-ancestors is ignored in a meta tag, so it is left out here. */
export const META_CSP = COMMON.join('; ');

/** For hosts that can set headers: the same policy, plus who may embed the atlas (anyone: it is made to be embedded). */
export const HEADER_CSP = [...COMMON, 'frame-ancestors *'].join('; ');
