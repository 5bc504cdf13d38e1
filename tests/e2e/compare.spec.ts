/**
 * Two letters compared in Chromium (the two-letter build of letters.spec.ts): the map painted by
 * change, the table of changes, and the comparison closed again.
 */
import { join } from 'node:path';
import { buildTwoLetters, EDITED_ID, SEED_ID } from '../app/twoLetters';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'block' });

let out = '';
test.beforeAll(() => {
  out = buildTwoLetters();
});

test.beforeEach(async ({ page }) => {
  await page.route(/\/data\/(letters\/)?[\w.-]+\.(json|geojson)$/, (route) =>
    route.fulfill({ path: join(out, new URL(route.request().url()).pathname.replace(/^.*\/data\//, '')) }),
  );
});

test('compare= shows the change per country; a name in the table selects it; closing keeps the map', async ({ page, axe }, info) => {
  await page.goto(`./?compare=${SEED_ID},${EDITED_ID}`);
  const table = page.getByRole('table', { name: /vermeldingen per 1\.000 woorden/ });
  await expect(table.getByRole('row', { name: /Argentinië/ })).toContainText('nieuw genoemd');
  await expect(table.getByRole('row', { name: /Brazilië/ })).toContainText('niet meer genoemd');
  await expect(page.locator('.compare-legend')).toContainText('vermeldingen per 1.000 woorden');
  await page.screenshot({ path: info.outputPath('compare.png') });

  await axe();

  await table.getByRole('button', { name: 'Argentinië' }).click();
  await expect(page).toHaveURL(/[?&]country=AR(&|$)/);
  await expect(page).toHaveURL(/[?&]compare=/);

  await page.getByRole('button', { name: 'Vergelijking sluiten' }).click();
  await expect(table).toBeHidden();
  await expect(page).not.toHaveURL(/compare=/);
  await expect(page.getByRole('button', { name: 'Legenda' })).toBeVisible();
});
