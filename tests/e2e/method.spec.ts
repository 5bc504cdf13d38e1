/**
 * "Hoe is deze kaart gemaakt? / How was this map made?": reachable from the header's Share menu
 * and from an embed's credit line; shows the measured accuracy from eval.json; axe clean.
 */
import { expect, test } from './fixtures';
import { openShare } from './ui-helpers';

test('from the header: the method with its measured accuracy, in Dutch; axe clean', async ({ page, axe }) => {
  await page.goto('./');
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await openShare(page);
  await page.getByRole('button', { name: 'Hoe is deze kaart gemaakt?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hoe is deze kaart gemaakt?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('rowheader', { name: 'Vermeldingen' })).toBeVisible();
  await expect(dialog.getByRole('link', { name: /officiële publicatie/ })).toHaveAttribute('href', /officielebekendmakingen\.nl/);
  await axe();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('from an embed’s credit line, in English; axe clean', async ({ page, axe }) => {
  await page.goto('./?embed=1&lang=en');
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await page.getByRole('contentinfo').getByRole('button', { name: 'How was this map made?' }).click();
  const dialog = page.getByRole('dialog', { name: 'How was this map made?' });
  await expect(dialog.getByRole('rowheader', { name: 'Countries per document' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Report an error' })).toBeVisible();
  await axe();
});

test('printing with the method open prints the method alone, not the map or the handout', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await openShare(page);
  await page.getByRole('button', { name: 'Hoe is deze kaart gemaakt?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hoe is deze kaart gemaakt?' });
  await expect(dialog.getByRole('rowheader', { name: 'Vermeldingen' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(dialog.getByRole('heading', { name: 'Hoe is deze kaart gemaakt?' })).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('.print-handout, .print-note')).toHaveCount(0);
  // The whole text prints: no scroll box cuts it off.
  const clipped = await dialog.locator('.method-body').evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  expect(clipped).toBe(false);
});
