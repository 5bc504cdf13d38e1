/**
 * The Content-Security-Policy of the production build, in one place: vite.config.ts puts
 * META_CSP into dist/index.html, the README documents HEADER_CSP for hosts, and the e2e
 * suite loads the build under it and fails on any violation.
 *
 * - script-src 'self': no inline scripts, no eval (the service worker registers from a file).
 * - style-src 'self' (no 'unsafe-inline'): React (swatch colours, bar widths) and MapLibre
 *   (canvas size, transforms) set styles through the CSSOM (element.style), which CSP does
 *   not restrict; only style="" in parsed markup and <style> elements would need it, and the
 *   app has neither (checked in Chromium: zero violations on the map, SVG map, panel and list).
 * - worker-src 'self' blob: data:: MapLibre's worker is a file from 'self'; in an opaque
 *   origin (sandboxed iframe) it falls back to a blob:/data: URL. The PWA service worker is 'self'.
 * - connect-src 'self': the data files; nothing else, ever.
 */
const COMMON = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
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
