import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { META_CSP } from './csp.config';
import { pwaOptions } from './pwa.config';
import { byNewest, letterFile } from './src/pipeline/letterIndex';

/**
 * Production-only Content-Security-Policy (csp.config.ts): the atlas must never contact
 * another origin, and this makes the browser enforce it. Not in dev, where Vite injects
 * inline scripts.
 */
const CSP = META_CSP;

function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The MapLibre chunk and the Dutch messages are dynamic imports (the panel text must not
 * wait for the map; English visitors load English instead), so nothing would request them
 * until the main bundle has run. Hinting them, and the data files, from the HTML lets the
 * browser fetch everything in parallel with the main bundle. Dutch is the default language
 * and counted in the first load either way. Data hints match the app's plain same-origin
 * fetch() (crossorigin = credentials "same-origin").
 *
 * At normal priority: low priority let the baked page's stylesheets win on Lighthouse's slow
 * link (first contentful paint 2.6 → 1.8–2.2 s) but delayed MapLibre's worker by ~100 ms and
 * map:ready by ~40 ms in an A/B here; the map is the product.
 */
const EARLY_CHUNKS = [/\/src\/map\/atlasMap\.ts$/, /\/src\/i18n\/locales\/nl\.ts$/];
const EARLY_DATA = ['data/atlas.json', 'data/countries.topo.json'];

/** The file of the letter a visit opens with unless its link names another: the newest in the index. */
function openingLetter(publicDir: string): string[] {
  let index: { documents: { id: string; date: string | null }[] };
  try {
    index = JSON.parse(readFileSync(join(publicDir, 'data', 'atlas.json'), 'utf8'));
  } catch {
    return []; // no data built: nothing to hint
  }
  const newest = [...index.documents].sort(byNewest)[0];
  return newest ? [`data/${letterFile(newest.id)}`] : [];
}

function earlyHints(): Plugin {
  let publicDir = 'public';
  return {
    name: 'atlas-early-hints',
    apply: 'build',
    configResolved: (config) => void (publicDir = config.publicDir),
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: HtmlTagDescriptor[] = [...EARLY_DATA, ...openingLetter(publicDir)].map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' },
          injectTo: 'head',
        }));
        for (const out of Object.values(ctx.bundle ?? {})) {
          if (out.type !== 'chunk') continue;
          // MapLibre's own chunk: src/bake/boot.js imports it at once (data-boot-import), to start the worker.
          if (out.name === 'maplibre') tags.push({ tag: 'link', attrs: { rel: 'modulepreload', href: `./${out.fileName}`, 'data-boot-import': '' }, injectTo: 'head' });
          else if (EARLY_CHUNKS.some((re) => re.test(out.facadeModuleId ?? ''))) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', href: `./${out.fileName}` }, injectTo: 'head' });
        }
        return tags;
      },
    },
  };
}

/**
 * Every production build bakes its pages (scripts/bake.ts): the home pages and one page per
 * place, with the map as SVG, link previews, sitemap and robots.txt. It runs before the
 * service worker is generated (order 'pre'), so the precache lists the baked home pages.
 * A separate Node process: it renders the app's components with react-dom/server.
 */
function bakePages(): Plugin {
  let outDir = 'dist';
  let root = '.';
  return {
    name: 'atlas-bake',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      handler() {
        execFileSync(process.execPath, ['--import', './scripts/bake/register.mjs', '--import', 'tsx', 'scripts/bake.ts', outDir], { stdio: 'inherit', cwd: root });
      },
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the build works from any path and inside an iframe.
  base: './',
  plugins: [react(), contentSecurityPolicy(), earlyHints(), bakePages(), VitePWA(pwaOptions)],
  build: {
    target: 'es2022',
    sourcemap: false,
    // MapLibre alone is ~1 MB minified (one lazy chunk); warn only beyond that.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically in one chunk, not a dozen small ones that the
        // lazy chunks happen to share: each is a request, and a browser asks one host only six at a time.
        // MapLibre (with src/map/warm.ts, which starts its worker) is a chunk that needs none of
        // the app's: a baked page's boot script imports it before the app's bundle has run.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]|src[\\/]map[\\/]warm\.ts$/, priority: 1 },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
