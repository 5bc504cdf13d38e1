/**
 * Trust journeys against the production build: the strict CSP holds (zero violations while
 * the app is used), hostile links execute nothing and inject nothing, and broken or blocked
 * data gives a message that names the file and a retry that works.
 */
import type { Page } from '@playwright/test';
import { HEADER_CSP, META_CSP } from '../../csp.config';
import { allowStyles, styleSource } from '../../src/bake/firstPaint';
import { expect, test } from './fixtures';

/** Collects CSP violations from before the first script runs. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

/** The theme control over the map: shown once the data is in, and its button works. */
const themes = (page: Page) => page.getByRole('button', { name: /^(Thema’s|Themes) / });

test.describe('Content-Security-Policy', () => {
  test('the built page carries the strict policy and works under it with zero violations', async ({ page }) => {
    const violations = await watchCsp(page);
    const res = await page.goto('./');
    const html = (await res!.text()).replace(/&#39;|&apos;/g, "'");
    // The baked page's one <style> (its CSS inline, for the first paint) is allowed by its hash, nothing else.
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(html).toContain(`content="${allowStyles(META_CSP, [styleSource(style)])}"`);
    expect(META_CSP).not.toMatch(/'unsafe-inline'/);
    expect(META_CSP).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(HEADER_CSP).toContain('frame-ancestors *');
    // JSON-LD is a data block the browser never runs (and CSP does not govern); any other inline script fails.
    expect(html, 'no inline <script> in the built page').not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/);
    expect(html, 'the baked home page has its JSON-LD').toMatch(/<script type="application\/ld\+json">/);

    // Use what loads code or styles: the map (MapLibre + its worker), a selection, the list, a language switch.
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await page.getByRole('combobox').fill('Oekra');
    await page.getByRole('option', { name: /Oekraïne/ }).first().click();
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    await page.getByRole('button', { name: 'Lijst', exact: true }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'List', exact: true })).toBeVisible();
    // Prove the listener works: a blocked inline script must be reported.
    expect(await violations()).toEqual([]);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
    });
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  });
});

test.describe('hostile links', () => {
  const MARK = '__p6xss';
  const hostile: [string, string][] = [
    ['country', `<script>window.${MARK}=1</script>`],
    ['region', `"><img src=x onerror="window.${MARK}=1">`],
    ['themes', `security,<svg/onload=window.${MARK}=1>,${'x'.repeat(5000)}`],
    ['lang', `javascript:window.${MARK}=1`],
    ['view', `1e999,NaN,"'><b>`],
    ['passage', `2.1.1"><iframe src="javascript:window.${MARK}=1">`],
    ['list', `1'"><script src=//evil.example/x.js></script>`],
    ['present', '99999999999999999999'],
    ['embed', `%22%3E%3Cscript%3Ewindow.${MARK}=1%3C/script%3E`],
    ['land', 'ZZ'],
    ['unknown', `<style>*{display:none}</style>`],
  ];

  test('execute nothing, inject nothing, and leave a working page', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const violations = await watchCsp(page);
    const query = hostile.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    // Raw (unencoded) quotes and brackets too, as a pasted link would carry them.
    const raw = `country=UA"><script>window.${MARK}=1</script>&region='onmouseover='window.${MARK}=1`;
    for (const search of [query, raw]) {
      await page.goto(`./?${search}`);
      await expect(themes(page)).toBeVisible();
      const injected = await page.evaluate((mark) => ({
        ran: (window as unknown as Record<string, unknown>)[mark] !== undefined,
        inlineScripts: document.querySelectorAll('script:not([src]):not([type="application/ld+json"])').length,
        foreign: [...document.querySelectorAll('iframe, object, embed, img[onerror], svg[onload], style:not([data-vite-dev-id])')]
          .map((e) => e.outerHTML.slice(0, 80))
          .filter((h) => h.includes(mark) || /onerror|onload|javascript:/.test(h)),
        handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
        text: document.body.innerText.includes(mark),
      }), MARK);
      expect(injected).toEqual({ ran: false, inlineScripts: 0, foreign: [], handlers: [], text: false });
    }
    // The page still works: the list view, a country, the language.
    await page.getByRole('button', { name: 'Lijst', exact: true }).click();
    await page.getByRole('table').getByRole('button', { name: 'Oekraïne' }).click();
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    expect(dialogs).toEqual([]);
    // A blocked cross-origin <script src> would show up here and in the fixture's off-origin check.
    expect(await violations()).toEqual([]);
  });
});

test.describe('data failures', () => {
  test('a blocked data file shows which one, the rest of the page works, and retry recovers', async ({ page, axe }) => {
    let block = true;
    await page.route('**/data/countries.topo.json', (route) => (block ? route.abort('failed') : route.fallback()));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('countries.topo.json');
    await expect(alert).toContainText('Controleer de verbinding');
    // Header controls stay usable while the data is missing.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(alert).toContainText('Check the connection');
    await axe();
    block = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(themes(page)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a malformed data file is named as damaged, not as a network error', async ({ page }) => {
    let broken = true;
    await page.route('**/data/atlas.json', (route) =>
      broken ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"documents": [' }) : route.fallback(),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Het gegevensbestand atlas.json is beschadigd of onvolledig');
    broken = false;
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(themes(page)).toBeVisible();
  });
});
