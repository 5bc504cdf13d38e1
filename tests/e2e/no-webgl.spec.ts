/**
 * A browser without WebGL (old school laptops, locked-down machines) gets the SVG map:
 * same colours and legend, selectable by mouse and keyboard, list one click away.
 * Its own Chromium with WebGL switched off, so it runs in a separate worker.
 */
import { CHROMIUM_ARGS } from '../../playwright.config';
import { expect, test } from './fixtures';

test.use({
  launchOptions: { executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-webgl2'] },
});

test.describe('without WebGL', () => {
  test('the SVG map shows the choropleth; click and keyboard select a country and open its passages', async ({ page, axe }) => {
    await page.goto('./');
    await expect(page.getByText(/geen WebGL/)).toBeVisible();
    const map = page.getByRole('group', { name: /Wereldkaart \(eenvoudige weergave\)/ });
    await expect(map).toBeVisible();
    expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl'))).toBe(false);
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
    // Same legend as the WebGL map.
    await expect(page.getByRole('region', { name: 'Legenda' })).toBeVisible();

    // Mouse.
    const ukraine = map.getByRole('button', { name: /^Oekraïne: \d+ vermeldingen$/ });
    await ukraine.click();
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    await expect(panel.getByRole('region', { name: /^Passages/ }).getByRole('article').first()).toBeVisible();
    expect(new URL(page.url()).search).toContain('country=UA');
    await expect(ukraine).toHaveAttribute('aria-pressed', 'true');
    await axe();

    // Keyboard: Tab reaches the named countries (alphabetical), arrows move, Enter selects.
    await page.getByRole('button', { name: 'Naar de lijst' }).focus();
    await page.keyboard.press('Tab');
    const first = page.locator(':focus');
    await expect(first).toHaveAttribute('role', 'button');
    const firstName = (await first.getAttribute('aria-label'))!;
    await page.keyboard.press('ArrowRight');
    const second = (await page.locator(':focus').getAttribute('aria-label'))!;
    expect(second.localeCompare(firstName, 'nl')).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    const name = second.split(':')[0]!;
    await expect(panel.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(panel.getByRole('region', { name: /^Passages/ }).getByRole('article').first()).toBeVisible();

    // The list is one click away.
    await page.getByRole('button', { name: 'Naar de lijst' }).click();
    await expect(page.getByRole('table')).toBeVisible();
  });
});
