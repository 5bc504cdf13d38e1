/**
 * Two levels of country shapes: the world view opens with the coarse overview
 * (countries.topo.json); zooming in swaps in the detailed shapes
 * (countries-detail.topo.json) without losing colours or the selection.
 */
import { expect, test } from './fixtures';
import { featureState, idle, openMap, view } from './map-helpers';

const DETAIL = '**/data/countries-detail.topo.json';

test.describe('map detail on zoom', () => {
  test('the world view needs no detailed shapes; zooming in fetches them once', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('countries-detail.topo.json')) fetched.push(r.url());
    });
    await openMap(page);
    expect((await view(page)).zoom).toBeLessThan(1.6);
    expect(fetched, 'not on the first view').toEqual([]);

    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.focus();
    const response = page.waitForResponse(DETAIL);
    await page.keyboard.press('Equal');
    expect((await response).ok()).toBe(true);
    await idle(page);
    await page.keyboard.press('Equal');
    await idle(page);
    expect(fetched, 'fetched once, kept for later zooms').toHaveLength(1);
  });

  test('the detailed shapes replace the coarse ones in place, keeping fills and selection', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(DETAIL, async (route) => {
      await held;
      await route.continue();
    });
    // Zoomed in on Ukraine from the start: the detail is asked for at once, and held back here.
    await openMap(page, './?country=UA&view=31,49,5');
    const before = await featureState(page, 'UA');
    expect(before).toMatchObject({ selected: true });
    expect(before.fill).toEqual(expect.any(String));
    const coarse = await page.locator('canvas.maplibregl-canvas').screenshot();

    const response = page.waitForResponse(DETAIL);
    release();
    await response;
    await page.waitForTimeout(100);
    await idle(page);
    const fine = await page.locator('canvas.maplibregl-canvas').screenshot();
    expect(fine.equals(coarse), 'the coastline and borders are redrawn finer').toBe(false);
    expect(await featureState(page, 'UA')).toMatchObject({ selected: true, fill: before.fill });
    expect((await view(page)).zoom).toBeCloseTo(5, 1);
  });
});
