/**
 * Baked pages (issue #12): readable and linked without JavaScript; with it, the app takes over
 * the page without a layout shift, MapLibre replaces the SVG picture at the same view, and
 * what the visitor did before the map was ready (a theme, a click on the picture) is kept.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { anchors, clickLngLat, waitForMap } from './map-helpers';

/** Layout shifts of the whole visit, as Chrome scores them (CLS without session windows: the sum, an upper bound). */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { __shift: number }).__shift += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __shift: number }).__shift);
const mapReady = (page: Page) => expect(page.locator('.map[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });

/** Holds back the responses for `files` (so there is a "before"); the returned function lets them through. */
async function holdBack(page: Page, files: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(files, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a country page reads as a document and links to its neighbours, its region and home', async ({ page }) => {
    await page.goto('./land/oekraine/');
    await expect(page).toHaveTitle('Oekraïne in de Beleidsbrief Buitenlandse Zaken 2026');
    await expect(page.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Kaart: Oekraïne/ })).toBeVisible();
    // The passages themselves, with the country marked.
    await expect(page.locator('mark', { hasText: 'Oekraïne' }).first()).toBeAttached();
    await expect(page.getByText(/hebben JavaScript nodig/)).toBeVisible();

    await page.getByRole('link', { name: 'Rusland' }).first().click();
    await expect(page).toHaveURL(/\/land\/rusland\/$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Rusland' })).toBeVisible();

    await page.getByRole('link', { name: 'Europa', exact: true }).first().click();
    await expect(page).toHaveURL(/\/regio\/europa\/$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Europa' })).toBeVisible();

    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/region\/europe\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Overview of the letter' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('img', { name: /World map/ })).toBeVisible();
  });

  test('the home page shows the world map, the themes and the most named countries', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('img', { name: /Wereldkaart/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Grootste thema’s' })).toBeVisible();
    await page.getByRole('link', { name: 'Oekraïne' }).click();
    await expect(page).toHaveURL(/\/land\/oekraine\/$/);
  });
});

// axe runs in the page, so it needs scripts: the app's own are held back instead, which
// leaves the baked markup as it is before the app mounts.
test.describe('the baked markup before the app', () => {
  for (const path of ['./', './land/oekraine/', './en/region/european-union/']) {
    test(`is accessible: ${path}`, async ({ page, axe }) => {
      await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
      await page.goto(path);
      await expect(page.locator('[data-baked-map] svg')).toBeVisible();
      await axe();
    });
  }
});

test.describe('with JavaScript', () => {
  test('the app takes a country page over without a shift, and the live map replaces the picture', async ({ page, axe }) => {
    await watchShifts(page);
    const logged: string[] = [];
    page.on('console', (m) => {
      // Software WebGL's driver notes are not the page's; hydration and React warnings are.
      if ((m.type() === 'error' || m.type() === 'warning') && !/GL Driver Message/.test(m.text())) logged.push(m.text());
    });
    await page.goto('./land/oekraine/');
    await mapReady(page);
    await expect(page.locator('[data-baked-map]')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    // The page's own address stays while it shows the page's place.
    expect(new URL(page.url()).pathname).toMatch(/\/land\/oekraine\/$/);
    expect(await shifts(page), 'layout shift').toBeLessThanOrEqual(0.02);
    expect(logged, 'console errors and warnings').toEqual([]);
    await axe();
  });

  test('on a phone, an English country page hands over without a shift too', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await watchShifts(page);
    await page.goto('./en/country/ukraine/');
    await mapReady(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Ukraine' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await shifts(page), 'layout shift').toBeLessThanOrEqual(0.02);
  });

  test('a theme chosen and a country clicked before the live map is ready survive the handover', async ({ page }) => {
    // Hold the map's chunk back, so there is a "before".
    const release = await holdBack(page, /assets\/atlasMap-[\w-]+\.js$/);
    await page.goto('./');
    const picture = page.locator('[data-baked-map] svg');
    // The app has mounted (the baked buttons before it do nothing); the live map has not drawn.
    await expect(page.locator('html:not([data-baked])')).toBeAttached();
    await expect(picture).toBeVisible();

    await page.getByRole('button', { name: /Thema’s/ }).click();
    await page.getByRole('button', { name: 'Migratie' }).click();
    await page.getByRole('button', { name: 'Klaar' }).click();
    // The picture follows the filter: Ukraine, named directly under other themes only, is
    // reached through a region under Migratie: land colour with the hatch.
    const land = await picture.getAttribute('data-land');
    await expect(picture.locator('[data-iso="UA"]')).toHaveAttribute('fill', land!);
    await expect(picture.locator('[data-via="UA"]')).not.toHaveAttribute('display', 'none');

    await picture.locator('[data-iso="BR"]').click({ force: true });
    await expect(page.getByRole('heading', { level: 2, name: 'Brazilië' })).toBeVisible();

    release();
    await mapReady(page);
    await expect(page.locator('[data-baked-map]')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Brazilië' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Thema’s/ })).toContainText('Migratie');
    expect(new URL(page.url()).searchParams.get('themes')).toBe('migration');
    expect(new URL(page.url()).searchParams.get('country')).toBe('BR');
  });

  test('a baked button clicked before the app has loaded does its work once the app is there', async ({ page }) => {
    // Hold the app's code back: the page is painted and its buttons can be clicked, but nothing runs them yet.
    const release = await holdBack(page, /assets\/index-[\w-]+\.js$/);
    await page.goto('./');
    await expect(page.locator('html[data-baked]')).toBeAttached();
    await page.getByRole('button', { name: 'Lijst', exact: true }).click();
    release();
    await expect(page.getByRole('table')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Lijst', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });

  test('typing into the baked search box before the app has loaded: the app keeps the text and the focus, and answers it', async ({ page }) => {
    const release = await holdBack(page, /assets\/index-[\w-]+\.js$/);
    await page.goto('./');
    await expect(page.locator('html[data-baked]')).toBeAttached();
    const box = page.getByRole('combobox', { name: 'Zoek een land of regio' });
    await box.focus();
    await page.keyboard.type('oekra');
    release();
    await expect(page.locator('html:not([data-baked])')).toBeAttached({ timeout: 20_000 });
    await expect(box).toHaveValue('oekra');
    await expect(box).toBeFocused();
    await expect(page.getByRole('option', { name: /Oekraïne/ }).first()).toBeVisible();
    await page.keyboard.type('ine');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
  });

  test('the live map starts under the home page’s picture, out of reach, and is the one the app uses: one canvas, clicks, keys', async ({ page }) => {
    await page.addInitScript(() => window.sessionStorage.setItem('atlas-debug', 'map'));
    // Hold the app's messages back, so the page stays baked while the data and MapLibre are in.
    const release = await holdBack(page, /assets\/nl-[\w-]+\.js$/);
    await page.goto('./');
    const early = page.locator('#root .map canvas');
    await expect(early).toBeAttached({ timeout: 30_000 });
    await expect(page.locator('html[data-baked]')).toBeAttached();
    // Under the picture, and neither a tab stop nor in the accessibility tree while the picture stands for it.
    await expect(early).toHaveAttribute('tabindex', '-1');
    expect(await early.evaluate((c) => !!c.closest('[inert]'))).toBe(true);
    const onTop = await page.evaluate(() => {
      const r = document.querySelector('#root .map')!.getBoundingClientRect();
      return !!document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('[data-baked-map]');
    });
    expect(onTop, 'the picture covers the map until it is drawn').toBe(true);

    release();
    await waitForMap(page);
    await expect(page.locator('[data-baked-map]')).toHaveCount(0);
    await expect(page.locator('canvas')).toHaveCount(1);
    await expect(page.locator('.map-area .map canvas.maplibregl-canvas')).toHaveCount(1);
    await expect(page.locator('[inert]')).toHaveCount(0);

    const points = await anchors(page);
    await clickLngLat(page, points['BR']!);
    await expect(page.getByRole('heading', { level: 2, name: 'Brazilië' })).toBeVisible();

    const canvas = page.locator('canvas.maplibregl-canvas');
    for (let i = 0; i < 80 && !(await canvas.evaluate((c) => c === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(canvas).toBeFocused();
    await page.keyboard.press('ArrowRight');
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^[^:]+: \d+ vermelding/);
    const name = (await status.textContent())!.split(':')[0]!;
    expect(name).not.toBe('Brazilië');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(canvas).toBeFocused();
  });

  for (const link of ['?country=BR', '?land=BR']) {
    test(`an old ${link} link still opens the country, framed, from the home page`, async ({ page }) => {
      await page.addInitScript(() => window.sessionStorage.setItem('atlas-debug', 'map'));
      await page.goto(`./${link}`);
      await mapReady(page);
      await expect(page.getByRole('heading', { level: 2, name: 'Brazilië' })).toBeVisible();
      // Framed on Brazil, not left at the picture's world view.
      await expect.poll(async () => (await page.evaluate(() => window.__atlas!.view())).zoom, { timeout: 15_000 }).toBeGreaterThan(2);
      const v = await page.evaluate(() => window.__atlas!.view());
      expect(v.lng).toBeGreaterThan(-75);
      expect(v.lng).toBeLessThan(-30);
    });
  }

  test('the skip link and footnote links of a place page stay on the page', async ({ page }) => {
    await page.goto('./land/oekraine/');
    await expect(page.locator('html:not([data-baked])')).toBeAttached();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/land\/oekraine\/#panel$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
  });
});
