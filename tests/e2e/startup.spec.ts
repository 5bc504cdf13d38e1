/**
 * Start-up order: the page's own text does not wait for MapLibre. With the map chunk held
 * back (a slow connection), the header, the theme filter and the panel's introduction are
 * there and usable; the map follows when the chunk arrives.
 */
import { expect, test } from './fixtures';
import { themeFilter } from './ui-helpers';

test('the panel text and the theme filter show before the map chunk has loaded', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let requested = false;
  await page.route(/\/assets\/atlasMap-[^/]+\.js$/, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 2, name: 'Waar wil Nederland in de wereld optreden?' })).toBeVisible();
  await expect((await themeFilter(page)).getByRole('button', { name: /Veiligheid en defensie/, pressed: false })).toBeVisible();
  expect(requested, 'the map chunk was asked for at start-up').toBe(true);
  expect(await page.evaluate(() => performance.getEntriesByName('map:ready').length)).toBe(0);

  // The panel works meanwhile: a country from the introduction opens its passages.
  await page.getByRole('region', { name: 'Meest genoemde landen' }).getByRole('button', { name: 'Oekraïne' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();

  release();
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
});
