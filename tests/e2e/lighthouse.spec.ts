/**
 * Lighthouse on the production build: accessibility, best practices and SEO must each
 * score 100. Performance is not gated: under software WebGL its numbers mean nothing.
 * One run (~30 s) in Debian's Chromium through chrome-launcher, as Lighthouse expects.
 */
import { test, expect } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

test('Lighthouse: accessibility, best practices and SEO score 100', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result = await lighthouse(baseURL!, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1280, height: 800, deviceScaleFactor: 1, disabled: false },
      // The page is served from this machine; nothing to throttle.
      throttlingMethod: 'provided',
    });
    const lhr = result!.lhr;
    const failing = CATEGORIES.flatMap((id) =>
      lhr.categories[id]!.auditRefs
        // Weight 0 audits (e.g. source maps) do not count towards the score.
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
        .map((a) => `${id}: ${a.id} (${a.score}) ${a.title}`),
    );
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]!.score]));
    expect({ scores, failing }).toEqual({ scores: { accessibility: 1, 'best-practices': 1, seo: 1 }, failing: [] });
  } finally {
    await chrome.kill();
  }
});
