/**
 * Shared Playwright fixtures for every journey (map and UI):
 *  - `page` fails the test if any request leaves the page's origin (and aborts
 *    such requests, so a failing run still never talks to the outside), or if
 *    the page throws an uncaught error;
 *  - `axe` runs axe-core with the WCAG 2.2 AA tag set and fails on violations.
 * Import { test, expect } from './fixtures' instead of '@playwright/test'.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeOptions {
  /** CSS selectors to limit the scan to. */
  include?: string[];
  exclude?: string[];
  /** Rule ids to skip; say why at the call site. */
  disableRules?: string[];
}

interface Fixtures {
  /** Requests that left the origin so far (the fixture asserts it is empty at the end). */
  offOrigin: string[];
  axe: (options?: AxeOptions) => Promise<void>;
}

interface Options {
  /**
   * Other local origins a journey may load on purpose, e.g. a host page on another port that
   * embeds the atlas in an iframe. Everything else off-origin still fails the test.
   */
  allowedOrigins: string[];
}

/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export const test = base.extend<Fixtures & Options>({
  allowedOrigins: [[], { option: true }],
  offOrigin: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, baseURL, offOrigin, allowedOrigins }, use) => {
    const origin = new URL(baseURL ?? 'http://localhost:4173/').origin;
    const allowed = new Set([origin, ...allowedOrigins]);
    const leaves = (url: URL): boolean => !LOCAL_SCHEMES.has(url.protocol) && !allowed.has(url.origin);
    await page.context().route(leaves, (route) => route.abort('blockedbyclient'));
    page.on('request', (req) => {
      if (leaves(new URL(req.url()))) offOrigin.push(req.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.stack ?? err.message));
    await use(page);
    expect(offOrigin, 'requests that left the page origin').toEqual([]);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
  axe: async ({ page }, use) => {
    await use(async (options = {}) => {
      let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
      for (const sel of options.include ?? []) builder = builder.include(sel);
      for (const sel of options.exclude ?? []) builder = builder.exclude(sel);
      if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
      const { violations } = await builder.analyze();
      const summary = violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
      );
      expect(summary, 'axe violations').toEqual([]);
    });
  },
});

export { expect };
