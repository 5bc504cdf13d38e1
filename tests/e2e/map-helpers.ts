/** Helpers for map journeys; they rely on the `debug=map` hook in src/map/debug.ts. */
import type { Page } from '@playwright/test';
import type { MapView } from '../../src/map/contract';
import { expect } from './fixtures';

/** Opens the app with the map test hook on and waits until the map has shown its data. */
export async function openMap(page: Page, path = './'): Promise<void> {
  await page.addInitScript(() => window.sessionStorage.setItem('atlas-debug', 'map'));
  await page.goto(path);
  await waitForMap(page);
}

export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await page.waitForFunction(() => !!window.__atlas);
  await idle(page);
}

export const idle = (page: Page): Promise<void> => page.evaluate(() => window.__atlas!.idle());

export async function pointFor(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => window.__atlas!.project(ll), lngLat);
}

export async function clickLngLat(page: Page, lngLat: [number, number]): Promise<void> {
  const { x, y } = await pointFor(page, lngLat);
  await page.mouse.click(x, y);
}

export const featureState = (page: Page, iso2: string): Promise<Record<string, unknown>> =>
  page.evaluate((id) => window.__atlas!.featureState(id), iso2);

export const view = (page: Page): Promise<MapView> => page.evaluate(() => window.__atlas!.view());

/** The anchor [lng, lat] the data gives each country (where its dot and label sit). */
export async function anchors(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(async () => {
    const res = await fetch('./data/countries.geojson');
    const fc = (await res.json()) as { features: { properties: { iso2: string; point: [number, number] } }[] };
    return Object.fromEntries(fc.features.map((f) => [f.properties.iso2, f.properties.point]));
  });
}

/**
 * Pixel statistics of the map canvas from a real screenshot (WebGL buffers
 * cannot be read back after compositing), decoded in the page itself so the
 * test needs no PNG library.
 */
export async function canvasStats(page: Page): Promise<{ distinct: number; nonBackground: number }> {
  const png = await page.locator('canvas.maplibregl-canvas').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const background = Math.max(...counts.values());
    return { distinct: counts.size, nonBackground: 1 - background / (data.length / 4) };
  }, png.toString('base64'));
}
