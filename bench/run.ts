/**
 * `npm run bench`: builds the app and the bare-MapLibre baseline, serves both
 * production builds, and prints figures (it is not a test; nothing fails).
 *
 *  - navigation → performance mark 'map:ready', app vs baseline (and, as a
 *    diagnostic, the map module without UI, and a baked country page), rotating
 *    order, fresh browser contexts (cold HTTP cache), medians and ratio;
 *  - first contentful paint of the baked home and country page (the map picture
 *    is in the HTML, so it is in the first paint) against the baseline's map:ready;
 *  - gzip bytes of the app's first load (every response up to map:ready),
 *    split into JS, CSS, data, fonts, other;
 *  - click on a country → panel title shows it; theme toggle → first map frame
 *    drawn with the new fills. Both measured inside the page.
 *
 * BENCH_RUNS=n changes the number of runs per page (default 9, minimum 7).
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../playwright.config';

const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 9));
const APP_PORT = 4174;
const BASE_PORT = 4175;
const APP = `http://localhost:${APP_PORT}/`;
const BASE = `http://localhost:${BASE_PORT}/`;
const VIEWPORT = { width: 1280, height: 800 };
const KiB = 1024;
const APP_DIR = '.bench/app';

const BUDGET = { ratio: 1.1, firstLoadKiB: 640, dataKiB: 150, interactionMs: 100, firstPaintRatio: 0.35 };

function sh(cmd: string): void {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit' });
}

function serve(args: string[], url: string): Promise<ChildProcess> {
  // node + vite's bin (not npx), so kill() reaches the server itself.
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const poll = async (): Promise<void> => {
      try {
        if ((await fetch(url)).ok) return resolve(child);
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) return reject(new Error(`server at ${url} did not start`));
      setTimeout(() => void poll(), 200);
    };
    void poll();
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
const kib = (b: number): string => `${(b / KiB).toFixed(1)} KiB`;

type Kind = 'js' | 'css' | 'data' | 'fonts' | 'html' | 'other';
function kindOf(url: string): Kind {
  const path = new URL(url).pathname;
  if (/\/data\//.test(path)) return 'data';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  if (/\.css$/.test(path)) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.html?$|\/$/.test(path)) return 'html';
  return 'other';
}

interface Load {
  readyMs: number;
  /** First contentful paint: on a baked page, the map picture is in it (it is in the HTML). */
  fcpMs: number;
  lcpMs: number;
  bytes: { url: string; kind: Kind; gzip: number }[];
}

async function waitReady(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('map:ready', 'mark').length > 0, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => performance.getEntriesByName('map:ready', 'mark')[0]!.startTime);
}

async function load(browser: Browser, url: string, collect: boolean): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-NL' });
  const page = await context.newPage();
  const pending: Promise<Load['bytes'][number] | null>[] = [];
  page.on('pageerror', (err) => console.warn(`page error on ${url}: ${err.message}`));
  if (collect) {
    // Includes the worker script: Chromium reports dedicated-worker loads on the page.
    page.on('response', (res) => {
      if (res.status() !== 200 || res.url().startsWith('data:')) return;
      pending.push(
        res
          .body()
          .then((body) => ({ url: res.url(), kind: kindOf(res.url()), gzip: gzipSync(body, { level: 9 }).length }))
          .catch(() => null),
      );
    });
  }
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number };
    w.__lcp = NaN;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url);
  const readyMs = await waitReady(page);
  const { fcpMs, lcpMs } = await page.evaluate(() => ({
    fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcpMs: (window as unknown as { __lcp: number }).__lcp,
  }));
  const bytes = (await Promise.all(pending)).filter((b) => b !== null);
  await context.close();
  return { readyMs, fcpMs, lcpMs, bytes };
}

/**
 * Click → #panel-title names the country, then one frame. Over the mentioned
 * countries with the most passages whose anchor is not under UI chrome.
 */
async function clickToPanel(page: Page): Promise<number[]> {
  const targets = await page.evaluate(async () => {
    const fc = (await (await fetch('./data/countries.geojson')).json()) as {
      features: { properties: { iso2: string; name_nl: string; name_en: string; home: boolean; mentioned: boolean; passages: string[]; point: [number, number] } }[];
    };
    const en = document.documentElement.lang === 'en';
    return fc.features
      .map((f) => f.properties)
      .filter((p) => p.mentioned && !p.home && p.passages.length > 0)
      .sort((a, b) => b.passages.length - a.passages.length)
      .map((p) => ({ ...window.__atlas!.project(p.point), name: en ? p.name_en : p.name_nl }))
      .filter((t) => document.elementFromPoint(t.x, t.y)?.matches('canvas.maplibregl-canvas'))
      .slice(0, 7);
  });
  const out: number[] = [];
  for (const target of targets) {
    await page.evaluate((name) => {
      (window as unknown as { __bench: Promise<number> }).__bench = new Promise((resolve) => {
        let t0 = 0;
        window.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
        // No named helpers in here: tsx would wrap them in a __name() the page doesn't have.
        const obs = new MutationObserver(() => {
          if (!t0 || !(document.querySelector('#panel-title')?.textContent ?? '').includes(name)) return;
          obs.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        });
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    }, target.name);
    await page.mouse.click(target.x, target.y);
    out.push(
      await page.evaluate(() =>
        Promise.race([
          (window as unknown as { __bench: Promise<number> }).__bench,
          new Promise<number>((r) => setTimeout(() => r(Number.NaN), 5000)),
        ]),
      ),
    );
    await page.evaluate(() => window.__atlas?.idle());
  }
  return out;
}

/** Theme button click → first map frame drawn after the new fills were set. */
async function themeToRepaint(page: Page): Promise<number[]> {
  const out: number[] = [];
  const count = await page.locator('.theme-toggle').count();
  if (count < 2) return out;
  for (let i = 0; i < 8; i++) {
    const index = 1 + (i % (count - 1));
    out.push(
      await page.evaluate(async (n) => {
        const button = document.querySelectorAll<HTMLButtonElement>('.theme-toggle')[n]!;
        const t0 = performance.now();
        const drawn = window.__atlas!.repaintedAfter(t0);
        button.click();
        const t1 = await Promise.race([drawn, new Promise<number>((r) => setTimeout(() => r(Number.NaN), 5000))]);
        return t1 - t0;
      }, index),
    );
    await page.evaluate(() => window.__atlas?.idle());
  }
  return out;
}

/**
 * Lighthouse's mobile run (its default: a mid-range phone on a slow 4G link, simulated), for
 * the first and largest contentful paint of a baked page. Reported, not gated.
 */
async function lighthouseMobile(url: string): Promise<{ fcp: number; lcp: number; score: number | null }> {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const audits = result!.lhr.audits;
    return {
      fcp: audits['first-contentful-paint']!.numericValue ?? NaN,
      lcp: audits['largest-contentful-paint']!.numericValue ?? NaN,
      score: result!.lhr.categories.performance!.score,
    };
  } finally {
    await chrome.kill();
  }
}

async function main(): Promise<void> {
  if (!existsSync('public/data/countries.geojson')) sh('npm run data');
  // Own output dir: others may rebuild dist/ mid-run in a shared checkout, renaming hashed files.
  sh(`npx vite build --logLevel warn --outDir ${APP_DIR} --emptyOutDir`);
  sh('npx vite build --config bench/baseline/vite.config.ts');

  const servers = [
    await serve(['--outDir', APP_DIR, '--port', String(APP_PORT), '--strictPort'], APP),
    await serve(['--config', 'bench/baseline/vite.config.ts', '--port', String(BASE_PORT), '--strictPort'], BASE),
  ];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    // One unmeasured load of each warms the OS file cache and the servers.
    await load(browser, APP, false);
    await load(browser, BASE, false);
    await load(browser, `${BASE}map-only.html`, false);

    const times: Record<'app' | 'base' | 'mapOnly' | 'country', number[]> = { app: [], base: [], mapOnly: [], country: [] };
    const paints: Record<'app' | 'country', { fcp: number[]; lcp: number[] }> = { app: { fcp: [], lcp: [] }, country: { fcp: [], lcp: [] } };
    const urls = { app: APP, base: BASE, mapOnly: `${BASE}map-only.html`, country: `${APP}land/oekraine/` };
    const pages = ['app', 'base', 'mapOnly', 'country'] as const;
    let firstLoad: Load['bytes'] = [];
    for (let i = 0; i < RUNS; i++) {
      // Rotate the order too, so no page always runs right after the same other one.
      const order = pages.map((_, k) => pages[(i + k) % pages.length]!);
      for (const which of order) {
        const r = await load(browser, urls[which], which === 'app' && i === 0);
        if (which === 'app' && i === 0) firstLoad = r.bytes;
        times[which].push(r.readyMs);
        if (which === 'app' || which === 'country') {
          paints[which].fcp.push(r.fcpMs);
          paints[which].lcp.push(r.lcpMs);
        }
      }
    }
    const { app, base, mapOnly } = times;

    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-NL' });
    await context.addInitScript(() => window.sessionStorage.setItem('atlas-debug', 'map'));
    const page = await context.newPage();
    await page.goto(APP);
    await waitReady(page);
    await page.evaluate(() => window.__atlas?.idle());
    const clicks = await clickToPanel(page);
    const themes = await themeToRepaint(page);
    await context.close();

    const sum = (k?: Kind): number => firstLoad.filter((b) => !k || b.kind === k).reduce((a, b) => a + b.gzip, 0);
    const ratio = median(app) / median(base);
    console.log('\n=== Beleidsatlas bench ===');
    console.log(`runs per page: ${RUNS} (alternating, fresh context each)`);
    console.log(`navigation → map:ready  app      median ${fmt(median(app))}  [${app.map((x) => x.toFixed(0)).join(', ')}]`);
    console.log(`navigation → map:ready  baseline median ${fmt(median(base))}  [${base.map((x) => x.toFixed(0)).join(', ')}]`);
    console.log(`navigation → map:ready  map module, no UI (diagnostic) median ${fmt(median(mapOnly))}  [${mapOnly.map((x) => x.toFixed(0)).join(', ')}]`);
    console.log(`ratio app/baseline: ${ratio.toFixed(3)} (budget ≤ ${BUDGET.ratio}) ${ratio <= BUDGET.ratio ? 'OK' : 'OVER'}`);
    console.log(`ratio map-module/baseline: ${(median(mapOnly) / median(base)).toFixed(3)} (what the map style itself costs)`);
    console.log(`navigation → map:ready  country page (land/oekraine/) median ${fmt(median(times.country))}; ratio to baseline ${(median(times.country) / median(base)).toFixed(3)}`);
    // Baked pages (issue #12): the first paint has the map in it, as SVG in the HTML.
    for (const which of ['app', 'country'] as const) {
      const fcp = median(paints[which].fcp);
      const r = fcp / median(base);
      console.log(
        `first paint with the map (${which === 'app' ? 'home' : 'country page'}): FCP median ${fmt(fcp)}, LCP median ${fmt(median(paints[which].lcp))}; FCP / baseline map:ready ${r.toFixed(3)} (budget ≤ ${BUDGET.firstPaintRatio}) ${r <= BUDGET.firstPaintRatio ? 'OK' : 'OVER'}`,
      );
    }
    console.log(`\nfirst load, gzip -9 bytes (${firstLoad.length} responses up to map:ready):`);
    for (const k of ['js', 'css', 'data', 'fonts', 'html', 'other'] as const) console.log(`  ${k.padEnd(6)} ${kib(sum(k))}`);
    const total = sum();
    console.log(`  total  ${kib(total)} (budget ≤ ${BUDGET.firstLoadKiB} KiB) ${total <= BUDGET.firstLoadKiB * KiB ? 'OK' : 'OVER'}`);
    // The app loads the country layer as TopoJSON (countries.topo.json); older builds as GeoJSON.
    const mapData = firstLoad.filter((b) => /countries\.(geojson|topo\.json)$/.test(b.url)).reduce((a, b) => a + b.gzip, 0);
    console.log(`  map data (country layer) ${kib(mapData)} (budget ≤ ${BUDGET.dataKiB} KiB) ${mapData <= BUDGET.dataKiB * KiB ? 'OK' : 'OVER'}`);
    for (const b of [...firstLoad].sort((a, b) => b.gzip - a.gzip)) {
      console.log(`    ${kib(b.gzip).padStart(10)}  ${b.kind.padEnd(5)} ${new URL(b.url).pathname}`);
    }
    const report = (label: string, xs: number[]): void => {
      const ok = xs.filter((x) => Number.isFinite(x));
      if (!ok.length) return console.log(`${label}: not measured (no samples)`);
      const m = median(ok);
      console.log(`${label}: median ${fmt(m)} [${xs.map((x) => x.toFixed(0)).join(', ')}] (budget ≤ ${BUDGET.interactionMs} ms) ${m <= BUDGET.interactionMs ? 'OK' : 'OVER'}`);
    };
    console.log('');
    report('click → panel', clicks);
    report('theme toggle → map repaint', themes);
    console.log('');
    for (const [label, url] of [['home', APP], ['country page', `${APP}land/oekraine/`]] as const) {
      const lh = await lighthouseMobile(url);
      console.log(`Lighthouse mobile, ${label}: FCP ${fmt(lh.fcp)} (≤ 1200 ms ${lh.fcp <= 1200 ? 'OK' : 'OVER'}), LCP ${fmt(lh.lcp)} (≤ 2000 ms ${lh.lcp <= 2000 ? 'OK' : 'OVER'}), performance score ${lh.score ?? '–'} (not a gate under software WebGL)`);
    }
  } finally {
    await browser.close();
    for (const s of servers) s.kill();
  }
}

await main();
