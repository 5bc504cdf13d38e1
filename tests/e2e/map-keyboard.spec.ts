/**
 * The MapLibre map by keyboard and by pointer: one tab stop with a visible ring, arrows
 * moving a highlight between the countries the letter names (announced), Enter choosing,
 * Esc clearing, + zooming; a tooltip for mouse hover but not for touch.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { anchors, featureState, idle, openMap, pointFor, view } from './map-helpers';

const canvas = (page: Page) => page.locator('canvas.maplibregl-canvas');
const panel = (page: Page) => page.getByRole('complementary');

/** Tab from the top of the page until the map has focus, as a keyboard user would. */
async function tabToMap(page: Page): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await canvas(page).evaluate((c) => c === document.activeElement)) return;
  }
  throw new Error('Tab never reached the map');
}

async function inView(page: Page, lngLat: [number, number]): Promise<boolean> {
  const p = await pointFor(page, lngLat);
  const box = (await canvas(page).boundingBox())!;
  return p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
}

test.describe('map by keyboard', () => {
  test('Tab reaches the map with a ring all round; arrows, Enter, Esc and + work on it', async ({ page }) => {
    // Centred on Germany's label point, zoomed in so that far countries are off screen.
    await openMap(page, './?view=10.35,51.03,3');
    const points = await anchors(page);
    await tabToMap(page);

    // The ring is drawn inside the canvas edge (the box clips anything outside it).
    const ring = await canvas(page).evaluate((c) => {
      const s = getComputedStyle(c);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), offset: parseFloat(s.outlineOffset) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.offset).toBeLessThanOrEqual(-ring.width);

    const status = page.getByRole('status');
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText('Polen: 1 vermelding');
    expect((await featureState(page, 'PL'))['key']).toBe(true);
    // The arrows chose a country; they did not pan the map.
    expect((await view(page)).lng).toBeCloseTo(10.35, 1);

    await page.keyboard.press('ArrowLeft');
    await expect(status).toHaveText('Duitsland: 1 vermelding');
    expect((await featureState(page, 'PL'))['key']).toBe(false);
    expect((await featureState(page, 'DE'))['key']).toBe(true);

    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Duitsland' })).toBeVisible();
    await expect(status).toHaveText(/^Duitsland geselecteerd: \d+ vermelding/);
    expect(new URL(page.url()).searchParams.get('country')).toBe('DE');
    await expect(canvas(page)).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Duitsland' })).toHaveCount(0);
    await expect(status).toHaveText('Selectie gewist');
    expect(new URL(page.url()).searchParams.get('country')).toBeNull();
    expect(await featureState(page, 'DE')).toMatchObject({ key: false, selected: false });

    const before = (await view(page)).zoom;
    await page.keyboard.press('+');
    await idle(page);
    await expect.poll(async () => (await view(page)).zoom).toBeGreaterThan(before + 0.9);

    // Shift+arrows still pan.
    const lng = (await view(page)).lng;
    await page.keyboard.press('Shift+ArrowRight');
    await idle(page);
    await expect.poll(async () => (await view(page)).lng).toBeGreaterThan(lng);

    // With nothing highlighted, arrows start from the view centre (now just east of Germany).
    // A highlight off screen brings the map to it: west to Germany, the Netherlands,
    // Britain, then across the ocean to Canada.
    for (const name of ['Duitsland', 'Nederland', 'Verenigd Koninkrijk', 'Canada']) {
      await page.keyboard.press('ArrowLeft');
      await expect(status).toHaveText(new RegExp(`^${name}: `));
    }
    await idle(page);
    expect(await inView(page, points['CA']!)).toBe(true);
    expect((await featureState(page, 'CA'))['key']).toBe(true);
  });

  test('Esc on the map clears a selected region too', async ({ page }) => {
    await openMap(page, './?region=western-balkans');
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Westelijke Balkan' })).toBeVisible();
    await tabToMap(page);
    await page.keyboard.press('Escape');
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Westelijke Balkan' })).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
  });

  test('the keys help opens from its button, Esc closes it, and the page stays axe clean', async ({ page, axe }) => {
    await openMap(page);
    const button = page.getByRole('button', { name: 'Toetsen' });
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText('naar het dichtstbijzijnde genoemde land in die richting')).toBeVisible();
    await axe();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByText('naar het dichtstbijzijnde genoemde land in die richting')).toBeHidden();
    await expect(button).toBeFocused();
  });
});

test.describe('map tooltip', () => {
  test('hovering a country shows its name and count beside the pointer, inside the map', async ({ page }) => {
    await openMap(page);
    const points = await anchors(page);
    const p = await pointFor(page, points['US']!);
    await page.mouse.move(p.x, p.y);
    const tip = page.getByRole('tooltip');
    await expect(tip).toHaveText(/^Verenigde Staten\d+ vermelding/);
    expect(await tip.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    const box = (await tip.boundingBox())!;
    const map = (await canvas(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(map.x);
    expect(box.y).toBeGreaterThanOrEqual(map.y);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);

    // A country reached only through groupings says which.
    const sa = await pointFor(page, points['SA']!);
    await page.mouse.move(sa.x, sa.y);
    await expect(tip).toHaveText('Saudi-Arabië5 vermeldingen via Midden-Oosten, Golfregio');

    // Over the sea: no tooltip; a click on the country still selects it.
    await page.mouse.move(p.x, map.y + map.height - 5);
    await expect(tip).toHaveCount(0);
    await page.mouse.click(p.x, p.y);
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Verenigde Staten' })).toBeVisible();
  });
});

test.describe('map tooltip on touch', () => {
  test.use({ hasTouch: true });

  test('a tap selects the country and shows no tooltip', async ({ page }) => {
    await openMap(page);
    const points = await anchors(page);
    const p = await pointFor(page, points['US']!);
    await page.touchscreen.tap(p.x, p.y);
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Verenigde Staten' })).toBeVisible();
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });
});
