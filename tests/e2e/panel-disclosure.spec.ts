/** The panel's disclosures show a marker that points right when closed and down when open. */
import { expect, test } from './fixtures';

test('"Via een regio of organisatie" has a visible marker that turns when opened', async ({ page }) => {
  await page.goto('./?country=XK');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2, name: 'Kosovo' })).toBeVisible();
  const summary = panel.locator('summary', { hasText: /Via een regio of organisatie \(\d+ passages\)$/ });
  const details = summary.locator('..');
  const marker = summary.locator('.disclosure-marker');
  await expect(marker).toBeVisible();
  await expect(marker).toHaveText('▸');
  const box = (await marker.boundingBox())!;
  expect(box.width, 'the marker takes room on screen').toBeGreaterThan(6);
  const angle = () =>
    marker.evaluate((el) => {
      const m = new DOMMatrix(getComputedStyle(el).transform === 'none' ? undefined : getComputedStyle(el).transform);
      return Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI);
    });
  expect(await angle()).toBe(0);
  await expect(details).not.toHaveAttribute('open');
  await summary.click();
  await expect(details).toHaveAttribute('open', '');
  await expect.poll(angle, 'points down when open').toBe(90);
  await expect(details.getByRole('article').first()).toBeVisible();
  // Every disclosure in the panel has one (the audit trail too).
  const all = panel.locator('details');
  const n = await all.count();
  expect(n).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < n; i++) await expect(all.nth(i).locator(':scope > summary > .disclosure-marker')).toBeVisible();
  await summary.press('Enter');
  await expect(details).not.toHaveAttribute('open');
  await expect.poll(angle).toBe(0);
});
