/**
 * Embeds of a planned size: in a Pym.js page at 400 and 960 px the iframe is as tall as the
 * builder says, with a country chosen; a fixed 400 × 500 iframe without the resizer shows the
 * credit line whole; the card's link opens the full atlas; axe clean, light and dark.
 */
import type { FrameLocator, Page } from '@playwright/test';
import { embedCode, SIZE_PRESETS } from '../../src/embed/embedCode';
import { plannedHeight } from '../../src/embed/size';
import { expect, test } from './fixtures';
import { hostPage, pymBody, startHost, type Host } from './host';

// Next to the journalist journeys' host (4411), so both can run in one go.
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4411) + 1;
const HOST = `http://localhost:${HOST_PORT}`;
const small = SIZE_PRESETS.find((p) => p.id === 'small')!;

let host: Host;

test.beforeAll(async ({ baseURL }) => {
  const src = (query: string) => `${baseURL!}?${query}`;
  host = await startHost(HOST_PORT, {
    '/pym-400.html': () => hostPage(pymBody(src('embed=1&country=UA')), 400),
    '/pym-960.html': () => hostPage(pymBody(src('embed=1&country=UA&lang=en&scheme=dark')), 960),
    // The small size pasted without the resizer: the iframe stays 400 × 500 whatever happens inside.
    '/fixed-400.html': () => hostPage(embedCode({ src: src('embed=1&country=UA'), title: 'Beleidsatlas', size: small, id: 'atlas-frame', resizer: false }), 400),
    '/fixed-400-world.html': () => hostPage(embedCode({ src: src('embed=1&lang=en'), title: 'Beleidsatlas', size: small, id: 'atlas-frame', resizer: false }), 400),
  });
});

test.afterAll(async () => {
  await host?.close();
});

test.use({ allowedOrigins: [HOST] });

const heightOf = (page: Page, sel: string) => page.locator(sel).evaluate((el) => Math.round(el.getBoundingClientRect().height));

/** The credit line's box inside the frame, and the frame's own viewport height. */
const creditBox = (frame: FrameLocator) =>
  frame.getByRole('contentinfo').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, viewport: window.innerHeight, scrollable: document.documentElement.scrollHeight - window.innerHeight };
  });

for (const [width, name, lang] of [
  [400, 'Oekraïne', 'nl'],
  [960, 'Ukraine', 'en'],
] as const) {
  test(`Pym.js page ${width} px wide, Ukraine chosen: the iframe is as tall as planned, within budget`, async ({ page }) => {
    await page.setViewportSize({ width: width + 80, height: 900 });
    await page.goto(`${HOST}/pym-${width}.html`);
    const frame = page.frameLocator('#atlas iframe');
    await expect(frame.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await expect(frame.getByRole('region', { name })).toBeVisible();
    await expect.poll(() => heightOf(page, '#atlas iframe')).toBe(plannedHeight(width));
    const height = await heightOf(page, '#atlas iframe');
    expect(height).toBeLessThanOrEqual(Math.max(1.5 * width + 120, 820));
    // The builder states this height for the size of this width.
    const preset = SIZE_PRESETS.find((p) => p.width === width);
    if (preset) expect(height).toBe(preset.height);
    const credit = await creditBox(frame);
    expect(credit.bottom).toBeLessThanOrEqual(credit.viewport);
    expect(credit.scrollable).toBeLessThanOrEqual(0);
    await expect(frame.locator('html')).toHaveAttribute('lang', lang);
  });
}

test('a fixed 400 × 500 iframe without the resizer shows the credit line whole, with and without a card', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 900 });
  for (const [path, card] of [
    ['/fixed-400.html', 'Oekraïne'],
    ['/fixed-400-world.html', null],
  ] as const) {
    await page.goto(`${HOST}${path}`);
    expect(await heightOf(page, '#atlas-frame')).toBe(500);
    const frame = page.frameLocator('#atlas-frame');
    await expect(frame.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
    if (card) await expect(frame.getByRole('region', { name: card })).toBeVisible();
    const credit = frame.getByRole('contentinfo');
    await expect(credit).toContainText('Kamerstuk 36 800 V, nr. 103');
    await expect(credit).toContainText('Natural Earth');
    const box = await creditBox(frame);
    expect(box.top).toBeGreaterThan(0);
    expect(box.bottom).toBeLessThanOrEqual(box.viewport);
    expect(box.scrollable, 'nothing below the frame').toBeLessThanOrEqual(0);
    // Its link is inside the frame too, where a reader can click it.
    const link = credit.getByRole('link');
    const linkBox = await link.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(linkBox).toBeLessThanOrEqual(box.viewport);
  }
});

test('the card says what the letter says in a few words and links to all of it in the full atlas', async ({ page, context }) => {
  await page.setViewportSize({ width: 400, height: 500 });
  await page.goto('./?embed=1&country=UA&themes=security');
  const card = page.getByRole('region', { name: 'Oekraïne' });
  await expect(card).toBeVisible({ timeout: 45_000 });
  await expect(card).toContainText('6 vermeldingen in 2 passages bij de gekozen thema’s');
  await expect(card.getByText(/^„De Russische agressieoorlog in Oekraïne .*…”$/)).toBeVisible();
  const link = card.getByRole('link', { name: /^Lees alle 2 passages in de atlas/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await full.waitForLoadState();
  const url = new URL(full.url());
  expect(url.searchParams.get('country')).toBe('UA');
  expect(url.searchParams.get('themes')).toBe('security');
  expect(url.searchParams.has('embed')).toBe(false);
  // The full atlas, with the whole panel: both passages under the theme, to read.
  await expect(full.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible({ timeout: 45_000 });
  await expect(full.locator('#panel').getByRole('article')).toHaveCount(2);
  await full.close();

  // Closing by keyboard: the card goes, the legend comes back in its place, the height stays.
  await card.getByRole('button', { name: 'Toelichting sluiten' }).focus();
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Legenda' })).toBeVisible();
  expect(await page.evaluate(() => document.body.getBoundingClientRect().height)).toBe(plannedHeight(400));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`embed with a card, ${scheme}: axe clean at 400 × 500 and 960 × 600`, async ({ page, axe }) => {
    for (const [width, height] of [
      [400, 500],
      [960, 600],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`./?embed=1&country=UA&scheme=${scheme}&controls=legend,panel,search,filter`);
      await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
      await expect(page.getByRole('region', { name: 'Oekraïne' })).toBeVisible();
      await page.locator('summary', { hasText: 'Thema’s' }).click();
      await expect(page.getByRole('group', { name: 'Thema’s' })).toBeVisible();
      await axe();
    }
  });
}
