/**
 * Several letters in Chromium. The server's build holds the one seed letter, so this journey
 * builds two letters with the real build step (the seed and an edited copy dated 2027 that
 * names Argentina where the seed names Brazil) and serves them in place of public/data.
 */
import { join } from 'node:path';
import { builtLetters, buildTwoLetters, EDITED_ID, SEED_ID } from '../app/twoLetters';
import { expect, test } from './fixtures';

// A service worker would answer data requests before the route below sees them.
test.use({ serviceWorkers: 'block' });

let out = '';
/** The passage that names Argentina in the 2027 letter and Brazil in the 2026 one. */
let passage = '';

test.beforeAll(() => {
  out = buildTwoLetters();
  const docs = builtLetters(out);
  passage = docs.find((d) => d.meta.id === EDITED_ID)!.passages.find((p) => p.mentions.some((m) => m.iso2 === 'AR'))!.id;
});

test.beforeEach(async ({ page }) => {
  await page.route(/\/data\/(letters\/)?[\w.-]+\.(json|geojson)$/, (route) =>
    route.fulfill({ path: join(out, new URL(route.request().url()).pathname.replace(/^.*\/data\//, '')) }),
  );
});

test('the map opens on the newest letter; the switch shows the other, and back returns', async ({ page, axe }) => {
  await page.goto('./?country=AR');
  const letter = page.getByRole('combobox', { name: 'Brief' });
  await expect(letter).toHaveValue(EDITED_ID);
  const panel = page.locator('#panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'Argentinië' })).toBeVisible();
  await expect(panel).toContainText('Direct genoemd: 1');

  await letter.selectOption(SEED_ID);
  await expect(page).toHaveURL(new RegExp(`[?&]letter=${SEED_ID}(&|$)`));
  await expect(panel).toContainText('Argentinië wordt niet bij naam genoemd, wel als deel van een regio of organisatie.');
  await expect(panel).toContainText('Direct genoemd: 0');
  // The interactive map is drawn again with the other letter's counts, not replaced by the SVG fallback.
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('De interactieve kaart kon niet worden geladen.', { exact: false })).toHaveCount(0);
  await axe();

  await page.goBack();
  await expect(letter).toHaveValue(EDITED_ID);
  await expect(panel).toContainText('Direct genoemd: 1');
});

test('a permalink to a passage of the older letter opens that letter and that passage', async ({ page }) => {
  await page.goto(`./?passage=${SEED_ID}/${passage}`);
  await expect(page.getByRole('combobox', { name: 'Brief' })).toHaveValue(SEED_ID);
  const panel = page.locator('#panel');
  await expect(panel).toContainText(`Passage ${passage}`);
  await expect(panel.getByRole('button', { name: 'Brazilië' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Argentinië' })).toHaveCount(0);
});
