/**
 * Offline: an installable web app whose service worker precaches the whole build —
 * app, data (public/data) and the fonts the page uses — so a classroom can reload
 * the atlas when the network is gone. Registered from src/pwa/register.ts (no
 * inline script: the CSP allows only 'self').
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

export const pwaOptions: Partial<VitePWAOptions> = {
  // A new build waits until the visitor says "Reload" (src/pwa/UpdatePrompt.tsx): the page never
  // changes under their hands, and never keeps stale data without telling them.
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['icons/icon.svg'],
  manifest: {
    name: 'Beleidsatlas – Beleidsbrief Buitenlandse Zaken 2026',
    short_name: 'Beleidsatlas',
    description: 'Wereldkaart van de landen en regio’s in de beleidsbrief Buitenlandse Zaken 2026 (Kamerstuk 36 800 V, nr. 103).',
    lang: 'nl',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#154273',
    background_color: '#ffffff',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: [
      // The two home pages, not the ~500 baked place pages and their preview images: a
      // place page read once is kept by the runtime rule below, so it opens offline too.
      'index.html',
      'en/index.html',
      'embed/index.html',
      'assets/**/*.{js,mjs,css}',
      '*.webmanifest',
      'icons/*.{svg,png}',
      'data/*.{json,geojson,csv}',
      // Every letter's file, so any letter can be shown or compared offline.
      'data/letters/*.json',
      // The label font (the UI uses system fonts): regular only, and only the subsets the Dutch
      // and English text needs; the browser never asks for the others.
      'assets/noto-sans-latin-400-normal-*.woff2',
      'assets/noto-sans-latin-ext-400-normal-*.woff2',
    ],
    // The country shapes and the MapLibre chunk are larger than Workbox's 2 MiB default allows for.
    maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
    navigateFallback: 'index.html',
    // A place page that is not cached must not get the Dutch home in its place (its relative
    // asset paths would not even resolve there), nor a file (sitemap.xml, a preview image):
    // the network answers, or the browser says offline.
    navigateFallbackDenylist: [/\/(land|regio|en\/country|en\/region)\//, /\/en\/(\?|$)/, /\/[^/?]+\.[a-z0-9]+(\?|$)/i],
    // A link's query (?country=UA, ?themes=…) does not make another page: /en/?themes=x is en/index.html.
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [
      {
        urlPattern: ({ request, url }) => request.mode === 'navigate' && /\/(land|regio|country|region)\/[^/]+\/$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: 'atlas-pages', expiration: { maxEntries: 60 }, matchOptions: { ignoreSearch: true } },
      },
    ],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
  },
};
