/** Helpers for the controls that fold away: the theme popover and the Share menu (and a download from it). */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The app has mounted over the baked page: its controls are the app's (a baked page is marked
 * data-baked until then; clicks and typing before it are carried over, see baked.spec.ts).
 */
export async function appMounted(page: Page): Promise<void> {
  await expect(page.locator('html:not([data-baked])')).toBeAttached({ timeout: 30_000 });
}

/** Opens the theme control over the map (if closed) and returns the theme filter group. */
export async function themeFilter(page: Page, lang: 'nl' | 'en' = 'nl'): Promise<Locator> {
  const toggle = page.getByRole('button', { name: lang === 'nl' ? /^Thema’s / : /^Themes / });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('group', { name: lang === 'nl' ? 'Thema’s' : 'Themes' });
}

/** Opens the header's Share menu (link, embed, download) if closed. */
export async function openShare(page: Page, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  const toggle = page.getByRole('button', { name: lang === 'nl' ? 'Delen' : 'Share', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Downloads an image of the whole world from the Share menu's download options (Dutch labels); its name and bytes. */
export async function downloadWorld(page: Page, button: RegExp): Promise<{ name: string; body: Buffer }> {
  await openShare(page);
  const menu = page.getByRole('button', { name: 'Downloaden' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.getByRole('radio', { name: 'De hele wereld' }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
}

/**
 * Share of the viewport where the map is what the user sees: a grid of points, each asked
 * which element is on top (the canvas, or the SVG fallback map).
 */
export function mapShare(page: Page, step = 10): Promise<number> {
  return page.evaluate((s) => {
    let hit = 0;
    let n = 0;
    for (let y = s / 2; y < innerHeight; y += s) {
      for (let x = s / 2; x < innerWidth; x += s) {
        n++;
        const el = document.elementFromPoint(x, y);
        if (el?.closest('.maplibregl-canvas-container, .map svg, .svg-map')) hit++;
      }
    }
    return hit / n;
  }, step);
}
