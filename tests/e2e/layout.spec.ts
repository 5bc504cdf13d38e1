/**
 * The map is the centre: it gets most of the screen on desktop and phone, also right after a
 * theme change on a phone, and the folded controls (themes, share, legend) work and are axe clean.
 */
import { devices, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { appMounted, mapShare, openShare, themeFilter } from './ui-helpers';

/** The map has drawn its data (no test hook needed: these journeys look, they do not project). */
const waitForMap = (page: Page) => expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, userAgent: devices['Pixel 7'].userAgent };

test.describe('desktop 1280×800', () => {
  test('the map is at least 60 % of what the visitor sees, and the header is one row', async ({ page }) => {
    await page.goto('./');
    await waitForMap(page);
    expect(await mapShare(page)).toBeGreaterThanOrEqual(0.6);
    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(56);
  });

  for (const lang of ['nl', 'en'] as const) {
    test(`every header control sits in one row (${lang})`, async ({ page }) => {
      await page.goto(lang === 'en' ? './?lang=en' : './');
      const tops = await page.locator('.app-header button:visible, .app-header input:visible').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(tops.map((t) => Math.round(t / 10))).size, `tops: ${tops.join(',')}`).toBe(1);
    });
  }

  test('the theme popover filters the map in view and closes; axe clean while open', async ({ page, axe }) => {
    await page.goto('./');
    await waitForMap(page);
    const group = await themeFilter(page);
    await group.getByRole('button', { name: /Migratie/ }).click();
    await expect(page).toHaveURL(/themes=migration/);
    await expect(page.getByRole('button', { name: /^Thema’s Migratie/ })).toBeVisible();
    // Long theme names wrap (hyphenated where the browser can), never clipped.
    const clipped = await group.locator('.theme-label').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
    expect(clipped).toBe(0);
    await axe();
    await page.keyboard.press('Escape');
    await expect(group).toBeHidden();
    expect(await mapShare(page)).toBeGreaterThanOrEqual(0.6);
  });

  test('the Share menu holds link, embed and download; axe clean while open', async ({ page, axe }) => {
    await page.goto('./?country=UA');
    await openShare(page);
    for (const name of ['Link kopiëren', 'Insluiten', 'Downloaden']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    await axe();
  });

  test('the legend folds to its heading', async ({ page }) => {
    await page.goto('./');
    await waitForMap(page);
    const legend = page.getByRole('region', { name: 'Legenda' });
    const open = (await legend.boundingBox())!;
    await legend.getByRole('button', { name: 'Legenda' }).click();
    await expect(legend.getByText('Niet genoemd')).toBeHidden();
    const folded = (await legend.boundingBox())!;
    expect(folded.height).toBeLessThan(open.height / 2);
  });

  test('a focused segment of a segmented control has a full ring, not a sliver', async ({ page }) => {
    await page.goto('./');
    await appMounted(page);
    const list = page.getByRole('button', { name: 'Lijst' });
    await list.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await list.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    // No ancestor clips it: overflow stays visible on the group.
    expect(await page.locator('.segmented').first().evaluate((el) => getComputedStyle(el).overflow)).toBe('visible');
  });
});

test.describe('phone 390×844', () => {
  test.use(phone);

  for (const lang of ['nl', 'en'] as const) {
    test(`the map is at least 45 % of the screen, also right after a theme change (${lang})`, async ({ page }) => {
      await page.goto(lang === 'en' ? './?lang=en' : './');
      await waitForMap(page);
      expect(await mapShare(page)).toBeGreaterThanOrEqual(0.45);
      const group = await themeFilter(page, lang);
      await group.getByRole('button', { name: lang === 'en' ? /Migration/ : /Migratie/ }).click();
      // The theme sheet leaves most of the map in view, so the repaint is seen.
      expect(await mapShare(page)).toBeGreaterThanOrEqual(0.45);
      await page.getByRole('button', { name: lang === 'en' ? 'Done' : 'Klaar' }).click();
      expect(await mapShare(page)).toBeGreaterThanOrEqual(0.45);
    });
  }

  test('the sheet peeks with the selection’s name and expands; axe clean', async ({ page, axe }) => {
    await page.goto('./?country=UA');
    await waitForMap(page);
    const heading = page.getByRole('heading', { level: 2, name: 'Oekraïne' });
    await expect(heading).toBeInViewport();
    expect(await mapShare(page)).toBeGreaterThanOrEqual(0.45);
    await page.getByRole('button', { name: 'Toelichting vergroten' }).click();
    await expect(page.getByRole('button', { name: 'Toelichting verkleinen' })).toBeVisible();
    await axe();
  });

  test('"more" holds language, reading, presenting and sharing; the header stays two rows', async ({ page }) => {
    await page.goto('./');
    await appMounted(page);
    const header = (await page.getByRole('banner').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(112);
    await page.getByRole('button', { name: /^Meer/ }).click();
    for (const name of ['English', 'Lees de brief', 'Presenteren', 'Link kopiëren', 'Insluiten', 'Downloaden']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    }
  });
});
