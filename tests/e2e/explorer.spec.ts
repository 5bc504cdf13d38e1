/**
 * UI journeys against the production build: panel, list, filter, search,
 * language, history and accessibility. Map rendering itself is covered by
 * map.spec.ts; here the map is one way among others to select a country.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { anchors, clickLngLat, openMap } from './map-helpers';
import { appMounted, themeFilter } from './ui-helpers';

/** The app is there (over a baked page) and the theme filter shows (the map may still be loading). */
async function open(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await appMounted(page);
  await expect(page.getByRole('button', { name: /^(Thema’s|Themes) / })).toBeVisible();
}

const panel = (page: Page) => page.getByRole('complementary');
const search = (page: Page) => new URL(page.url()).search;

test.describe('explorer', () => {
  test('choosing Ukraine in the list opens its passages with the mentions marked', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Lijst', exact: true }).click();
    await page.getByRole('table').getByRole('button', { name: 'Oekraïne' }).click();
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    const passages = panel(page).getByRole('region', { name: /^Passages/ }).getByRole('article');
    await expect(passages).toHaveCount(3);
    await expect(passages.first().locator('mark').first()).toHaveText('Oekraïne');
    await expect(passages.first().getByRole('list', { name: 'Thema’s van deze passage' })).toContainText('via sectie');
    await expect(page.getByRole('status')).toHaveText(/Oekraïne geselecteerd: \d+ vermeldingen/);
    expect(search(page)).toBe('?country=UA&list=1');
  });

  test('a click on Ukraine on the map opens its passages', async ({ page }) => {
    await openMap(page);
    const points = await anchors(page);
    await clickLngLat(page, points['UA']!);
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    await expect(panel(page).getByRole('region', { name: /^Passages/ }).getByRole('article').first()).toBeVisible();
    expect(search(page)).toContain('country=UA');
  });

  test('a theme filter changes the counts and the URL', async ({ page }) => {
    await open(page, './?list=1');
    const ukraine = page.getByRole('row', { name: /Oekraïne/ });
    const mentions = ukraine.getByRole('cell').nth(1);
    const before = Number(await mentions.textContent());
    await (await themeFilter(page)).getByRole('button', { name: /Vrijheden en internationaal recht/ }).click();
    await expect(mentions).not.toHaveText(String(before));
    expect(Number(await mentions.textContent())).toBeLessThan(before);
    expect(search(page)).toBe('?themes=freedoms&list=1');
    await (await themeFilter(page)).getByRole('button', { name: 'Alle thema’s' }).click();
    await expect(mentions).toHaveText(String(before));
    expect(search(page)).toBe('?list=1');
  });

  test('?country=UA&lang=en opens straight to Ukraine in English', async ({ page }) => {
    await open(page, './?country=UA&lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Ukraine' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    // The letter is quoted in Dutch, and marked as such.
    await expect(panel(page).getByRole('article').first().locator('p').first()).toHaveAttribute('lang', 'nl');
  });

  test('back and forward restore views', async ({ page }) => {
    await open(page, './?list=1');
    await page.getByRole('table').getByRole('button', { name: 'Oekraïne' }).click();
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    await panel(page).getByRole('region', { name: 'Samen genoemd met' }).getByRole('button', { name: 'Rusland' }).click();
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Rusland' })).toBeFocused();
    expect(search(page)).toBe('?country=RU&list=1');

    await page.goBack();
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    expect(search(page)).toBe('?country=UA&list=1');
    await page.goBack();
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Waar wil Nederland in de wereld optreden?' })).toBeVisible();
    await page.goForward();
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
  });

  test('the search selects by keyboard', async ({ page }) => {
    await open(page);
    const box = page.getByRole('combobox', { name: 'Zoek een land of regio' });
    await box.focus();
    await page.keyboard.type('oekraine');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    // Choosing zooms the map to the country; the move is written as view= (by replaceState).
    await expect.poll(() => search(page), { timeout: 30_000 }).toMatch(/^\?country=UA&view=[-\d.]+,[-\d.]+,[\d.]+$/);
  });

  test('the skip link takes keyboard users to the panel', async ({ page }) => {
    await open(page, './?country=UA');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de toelichting' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeFocused();
  });

  test('the map is not a keyboard trap', async ({ page }) => {
    await open(page);
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.focus();
    await expect(canvas).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(canvas).not.toBeFocused();
    // Keep tabbing: past the map's own controls, focus must reach the panel.
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate(() => !!document.activeElement?.closest('#panel'))) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => !!document.activeElement?.closest('#panel'))).toBe(true);
  });

  test('a region from the search lists its members and passages', async ({ page }) => {
    await open(page);
    await page.getByRole('combobox').fill('westelijke balkan');
    await page.getByRole('option', { name: /Westelijke Balkan/ }).click();
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Westelijke Balkan' })).toBeVisible();
    await expect(panel(page).getByRole('region', { name: /Leden/ }).getByRole('button')).toHaveCount(6);
    await expect(panel(page).getByRole('article').first().locator('mark')).toHaveText('westelijke Balkan');
    // The map frames the members; the view it ends at is written into the region's own
    // history entry (replaceState), so Back leaves the region in one step.
    const entries = await page.evaluate(() => history.length);
    await expect.poll(() => search(page), { timeout: 30_000 }).toMatch(/^\?region=western-balkans&view=[-\d.]+,[-\d.]+,[\d.]+$/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test('a failed fetch shows a message and a working retry', async ({ page }) => {
    let fail = true;
    await page.route('**/data/letters/*.json', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('letters/beleidsbrief-buitenlandse-zaken-2026.json');
    fail = false;
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(page.getByRole('button', { name: /^Thema’s / })).toBeVisible();
  });

  test('nothing is cut off at 360px wide; touch targets are large enough', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page, './?list=1&lang=en');
    const tableOverflow = await page.locator('.table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(tableOverflow, 'the list fits without sideways scrolling').toBeLessThanOrEqual(0);
    await open(page, './?country=UA');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.theme-toggle, .link-button, .sheet-handle, .segmented button')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.height < 44).length,
    );
    expect(small).toBe(0);
  });
});

test.describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  test('default view, map drawn', async ({ page, axe }) => {
    await open(page);
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await axe();
  });

  test('panel open', async ({ page, axe }) => {
    await open(page, './?country=UA');
    await expect(panel(page).getByRole('article').first()).toBeVisible();
    await axe();
  });

  test('list view, English', async ({ page, axe }) => {
    await open(page, './?list=1&lang=en&themes=security');
    await expect(page.getByRole('table')).toBeVisible();
    await axe();
  });

  test('search open', async ({ page, axe }) => {
    await open(page);
    await page.getByRole('combobox').fill('land');
    await expect(page.getByRole('listbox')).toBeVisible();
    await axe();
  });
});
