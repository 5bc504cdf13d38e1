/**
 * The search box: its text is selected on focus and cleared after a choice; a place the letter
 * does not name gets "De brief noemt de Sahel niet" with the nearest named places as buttons.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const panel = (page: Page) => page.getByRole('complementary');
const params = (page: Page) => new URL(page.url()).searchParams;

test('Sahel (nl, 1280×800): not named, Africa offered; choosing it clears the box; axe clean', async ({ page, axe }) => {
  await page.goto('./');
  const box = page.getByRole('combobox', { name: 'Zoek een land of regio' });
  await box.click();
  await box.pressSequentially('Sahel');
  await expect(page.getByRole('status').filter({ hasText: 'De brief noemt de Sahel niet' })).toBeVisible();
  await expect(page.getByText('Geen land of regio gevonden')).toHaveCount(0);
  const near = page.getByRole('list', { name: 'Wel genoemd, in de buurt:' });
  await expect(near.getByRole('button')).toHaveText(['Afrika']);
  await axe();
  await near.getByRole('button', { name: 'Afrika' }).click();
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Afrika' })).toBeVisible();
  expect(params(page).get('region')).toBe('africa');
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
});

test('a country the letter never mentions (en, 390×844): its option stays, the note offers its neighbours', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?lang=en');
  const box = page.getByRole('combobox', { name: 'Search a country or region' });
  await box.click();
  await box.pressSequentially('Kazakhstan');
  await expect(page.getByRole('option', { name: /Kazakhstan · country/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The letter does not name Kazakhstan' })).toBeVisible();
  const near = page.getByRole('list', { name: 'Named nearby:' });
  await expect(near.getByRole('button')).toHaveText(['China', 'Russia']);
  // Tab moves into the note, which stays open; Enter chooses.
  await page.keyboard.press('Tab');
  await expect(near.getByRole('button', { name: 'China' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => params(page).get('country')).toBe('CN');
  await expect(panel(page).getByRole('heading', { level: 2, name: 'China' })).toBeVisible();
  await expect(box).toHaveValue('');
});

test('a click into the box selects what is there, so typing replaces it', async ({ page }) => {
  await page.goto('./');
  const box = page.getByRole('combobox', { name: 'Zoek een land of regio' });
  await box.click();
  await box.pressSequentially('Oekra');
  await page.getByRole('option', { name: /Oekraïne/ }).first().click();
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
  await expect(box, 'cleared after the choice').toHaveValue('');
  await box.pressSequentially('Duits');
  await expect(box).toHaveValue('Duits');
  await panel(page).getByRole('heading', { level: 2 }).click();
  await box.click();
  expect(await box.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, 5]);
  await page.keyboard.type('Peru');
  await expect(box).toHaveValue('Peru');
});
