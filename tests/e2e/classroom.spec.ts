/**
 * Classroom journeys (issue #5): presenting the letter step by step with the keys a
 * clicker sends, walking it passage by passage, reading it beside the map, reloading
 * without a network, and printing a handout.
 */
import type { Page } from '@playwright/test';
import type { LetterDocument } from '../../src/pipeline/types';
import { expect, test } from './fixtures';
import { featureState, openMap, view, waitForMap } from './map-helpers';
import { openShare } from './ui-helpers';

const search = (page: Page) => new URL(page.url()).searchParams;
const panel = (page: Page) => page.getByRole('complementary');

async function letter(page: Page): Promise<LetterDocument> {
  // The index names the letter; its text is in its own file.
  return page.evaluate(async () => {
    const index = (await (await fetch('./data/atlas.json')).json()) as { documents: { id: string }[] };
    return (await (await fetch(`./data/letters/${index.documents[0]!.id}.json`)).json()) as LetterDocument;
  });
}

/** Section titles in letter order for the sections that have passages: the presentation's middle steps. */
function sectionTitles(doc: LetterDocument): string[] {
  return doc.sections.filter((s) => doc.passages.some((p) => p.sectionPath.at(-1) === s.id)).map((s) => (s.number ? `${s.number}. ${s.title}` : s.title));
}

const firstCountry = (doc: LetterDocument, id: string) =>
  doc.passages.find((p) => p.id === id)!.mentions.find((m) => m.iso2 && !m.home)?.iso2 ?? null;

test.describe('presentation', () => {
  test('steps through every section with the keyboard, the URL follows, Esc leaves', async ({ page }) => {
    await openMap(page, './?country=UA');
    const doc = await letter(page);
    const titles = sectionTitles(doc);
    const count = titles.length + 2;
    await page.getByRole('button', { name: 'Presenteren' }).click();

    const heading = page.locator('#present-title');
    const counter = page.locator('.present-counter');
    await expect(heading).toHaveText(doc.meta.title);
    await expect(counter).toContainText(`1 / ${count}`);
    expect(search(page).get('present')).toBe('1');
    await waitForMap(page);

    // Clickers send PageDown; keyboards arrows and Space: use all three.
    const forward = ['ArrowRight', 'PageDown', ' '];
    for (let i = 0; i < titles.length; i++) {
      await page.keyboard.press(forward[i % forward.length]!);
      await expect(heading).toHaveText(titles[i]!);
      await expect(counter).toContainText(`${i + 2} / ${count}`);
      expect(search(page).get('present')).toBe(String(i + 2));
      await expect(page.getByRole('status')).toHaveText(`Stap ${i + 2} van ${count}: ${titles[i]}`);
    }
    await page.keyboard.press('PageDown');
    await expect(heading).toHaveText('Samenvatting');
    await expect(page.getByRole('region', { name: 'Meest genoemde landen' }).getByRole('listitem').first()).toContainText('vermeldingen');
    await page.keyboard.press('PageDown');
    expect(search(page).get('present'), 'the last step stays the last').toBe(String(count));

    await page.keyboard.press('PageUp');
    await expect(heading).toHaveText(titles.at(-1)!);
    await page.keyboard.press('Home');
    await expect(heading).toHaveText(doc.meta.title);
    await page.keyboard.press('End');
    await expect(heading).toHaveText('Samenvatting');

    await page.keyboard.press('Escape');
    await expect(page.locator('.present')).toHaveCount(0);
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    expect(search(page).get('present')).toBeNull();
    expect(search(page).get('country')).toBe('UA');
  });

  test('a linked step frames and highlights its countries; contrast, QR code, axe', async ({ page, axe }) => {
    await openMap(page);
    const doc = await letter(page);
    const step = sectionTitles(doc).indexOf('We blijven Oekraïne steunen') + 2;
    await page.goto(`./?present=${step}`);
    await waitForMap(page);
    await expect(page.locator('#present-title')).toHaveText('We blijven Oekraïne steunen');
    await expect(page.getByRole('list').filter({ hasText: 'Oekraïne' }).first()).toBeVisible();
    const v = await view(page);
    expect(v.zoom, 'zoomed in on the section’s countries').toBeGreaterThan(1.5);
    expect((await featureState(page, 'UA'))['fill']).toBe('#154273');
    expect((await featureState(page, 'BR'))['fill'] ?? null).toBeNull();

    await page.getByRole('button', { name: 'Hoog contrast' }).click();
    await expect(page.getByRole('button', { name: 'Hoog contrast' })).toHaveAttribute('aria-pressed', 'true');
    expect(search(page).get('contrast')).toBe('high');
    await expect.poll(async () => (await featureState(page, 'UA'))['fill']).toBe('#000000');
    await axe();

    const qrButton = page.getByRole('button', { name: 'QR-code' });
    await qrButton.click();
    const dialog = page.getByRole('dialog', { name: 'Open deze weergave op je telefoon' });
    await expect(dialog.getByRole('img', { name: /QR-code/ })).toBeVisible();
    await expect(dialog).toContainText(`present=${step}`);
    await axe();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(qrButton).toBeFocused();
    expect(search(page).get('present'), 'Esc closed the dialog, not the presentation').toBe(String(step));

    // High contrast belongs to the presentation: leaving it leaves the projector palette too.
    await page.keyboard.press('Escape');
    await expect(page.locator('.present')).toHaveCount(0);
    expect(search(page).get('present')).toBeNull();
    expect(search(page).get('contrast'), 'contrast=high dropped with the presentation').toBeNull();
    await page.getByRole('button', { name: 'Presenteren' }).click();
    await expect(page.getByRole('button', { name: 'Hoog contrast' })).toHaveAttribute('aria-pressed', 'false');
  });
});

test('walk the letter: the selection follows passage by passage', async ({ page }) => {
  await page.goto('./?country=UA');
  const doc = await letter(page);
  const ids = doc.passages.map((p) => p.id);
  const firstUa = panel(page).getByRole('region', { name: /^Passages/ }).getByRole('article').first();
  await firstUa.getByRole('button', { name: /Loop de brief door vanaf hier/ }).click();

  const bar = page.getByRole('region', { name: 'Door de brief lopen' });
  await expect(bar).toBeVisible();
  // The link carries the passage's key: the letter's id and the passage id.
  const key = (id: string) => `${doc.meta.id}/${id}`;
  const start = search(page).get('passage')!;
  expect(search(page).get('walk')).toBe('1');
  let i = ids.map(key).indexOf(start);
  expect(i).toBeGreaterThanOrEqual(0);
  await expect(bar).toContainText(`Passage ${i + 1} van ${ids.length}`);

  const check = async () => {
    const id = ids[i]!;
    await expect.poll(() => search(page).get('passage')).toBe(key(id));
    await expect(bar.locator('.passage-heading')).toContainText(id);
    const expected = firstCountry(doc, id);
    if (expected) expect(search(page).get('country')).toBe(expected);
    await expect(bar.getByRole('status')).toContainText(`Passage ${id}`);
  };
  await check();
  await bar.getByRole('button', { name: 'Volgende passage' }).click();
  i++;
  await check();
  await page.keyboard.press('ArrowRight');
  i++;
  await check();
  await page.keyboard.press('ArrowLeft');
  i--;
  await check();
  // Back undoes the last step (the ArrowLeft).
  await page.goBack();
  i++;
  await check();
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  expect(search(page).get('walk')).toBeNull();
});

test('read the letter: a mention selects its country, a selection marks its mentions', async ({ page, axe }) => {
  await page.goto('./?read=1');
  const reading = page.getByRole('region', { name: 'De brief' });
  await expect(reading.getByRole('heading', { level: 2, name: 'Beleidsbrief Buitenlandse Zaken 2026' })).toBeVisible();
  await expect(reading).toContainText('36 800 V, nr. 103');
  await expect(reading).toContainText('T.B.W. Berendsen');

  const ukraine = reading.getByRole('button', { name: 'Oekraïne', exact: true }).first();
  await ukraine.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
  expect(search(page).get('country')).toBe('UA');
  await expect(ukraine).toHaveAttribute('aria-pressed', 'true');

  // The other way: choose Russia in the panel; its mentions in the letter light up and scroll into view.
  await panel(page).getByRole('region', { name: 'Samen genoemd met' }).getByRole('button', { name: 'Rusland' }).click();
  const russia = reading.locator('.mention[aria-pressed="true"]');
  await expect(russia.first()).toBeInViewport();
  expect(await russia.count()).toBeGreaterThan(1);
  await expect(ukraine).toHaveAttribute('aria-pressed', 'false');
  await expect(reading).toContainText(/\d+ vermeldingen van Rusland in de brief/);
  await axe();
});

test('after one visit the app reloads offline and shows the map', async ({ page, context }) => {
  await openMap(page);
  // The service worker takes over once everything is precached.
  await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready) && !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
  await context.setOffline(true);
  await page.reload();
  await waitForMap(page);
  await expect(page.getByRole('button', { name: /^Thema’s / })).toBeVisible();
  await page.getByRole('button', { name: 'Lees de brief' }).click();
  await expect(page.getByRole('region', { name: 'De brief' })).toContainText('Wat we gaan doen');
  await context.setOffline(false);
});

test('printing gives a handout: SVG map, legend, countries and passages, no controls', async ({ page }) => {
  // The handout's code (d3-geo, the SVG renderer) is not part of the first load.
  const handoutRequests: string[] = [];
  page.on('request', (r) => {
    if (/HandoutBody/.test(r.url())) handoutRequests.push(r.url());
  });
  await page.goto('./?country=UA&themes=security');
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
  expect(handoutRequests, 'no handout code before printing').toEqual([]);

  // A print from the browser menu before that code is in: the page itself, with a note, not a blank page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-note')).toBeVisible();
  await expect(page.locator('.print-handout')).toHaveCount(0);
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
  await expect(page.locator('.map-area')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-note')).toHaveCount(0);

  // Ctrl+P, as a user would: the handout loads and renders, then the print dialog opens
  // (window.print is recorded here: headless Chromium has no dialog to show).
  await page.evaluate(() => {
    const w = window as Window & { prints?: number; printedHandout?: boolean };
    w.prints = 0;
    window.print = () => {
      w.prints! += 1;
      w.printedHandout = !!document.querySelector('.print-handout svg path');
    };
  });
  await page.keyboard.press('Control+P');
  await expect.poll(() => page.evaluate(() => (window as Window & { prints?: number }).prints)).toBe(1);
  expect(await page.evaluate(() => (window as Window & { printedHandout?: boolean }).printedHandout), 'the handout was drawn before printing').toBe(true);
  expect(handoutRequests.length).toBeGreaterThan(0);

  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.print-handout');
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText('Beleidsatlas – Hand-out');
  await expect(handout.locator('svg path').first()).toBeAttached();
  await expect(handout.locator('svg .legend')).toContainText('Legenda');
  await expect(handout.getByRole('row', { name: /Oekraïne/ })).toBeVisible();
  await expect(handout.locator('.print-passage').first()).toBeVisible();
  await expect(handout).toContainText('Veiligheid');
  for (const control of [page.getByRole('combobox'), page.getByRole('button', { name: /^Thema’s / }), page.getByRole('banner')]) {
    await expect(control).toBeHidden();
  }
  const visibleButtons = await page.locator('button, input').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
  expect(visibleButtons).toBe(0);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(handout, 'never on screen').toBeHidden();
});

test('the handout button in the download menu prints the handout', async ({ page }) => {
  await page.goto('./?country=UA');
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
  await page.evaluate(() => {
    const w = window as Window & { printedHandout?: boolean };
    window.print = () => {
      w.printedHandout = !!document.querySelector('.print-handout svg path');
    };
  });
  await openShare(page);
  await page.getByRole('button', { name: 'Downloaden' }).click();
  await page.getByRole('button', { name: /Hand-out afdrukken/ }).click();
  await expect.poll(() => page.evaluate(() => (window as Window & { printedHandout?: boolean }).printedHandout)).toBe(true);
});
