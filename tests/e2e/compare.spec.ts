/**
 * Two letters compared in Chromium (the two-letter build of letters.spec.ts): the map painted by
 * change, the table of changes, a country read in both letters side by side (desktop) or one
 * above the other (phone), the comparison in an embed and in an exported image.
 */
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { buildTwoLetters, EDITED_ID, SEED_ID } from '../app/twoLetters';
import { expect, test } from './fixtures';
import { anchors, openMap, pointFor } from './map-helpers';
import { downloadWorld } from './ui-helpers';

test.use({ serviceWorkers: 'block' });

const COMPARE = `compare=${SEED_ID},${EDITED_ID}`;

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
  await page.goto(`./?${COMPARE}`);
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
  await expect(page.locator('.compare-legend')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Legenda' })).toContainText('Vermeldingen bij de gekozen thema’s');
});

const WORDS = {
  nl: {
    measure: /vermeldingen per 1\.000 woorden/,
    argentina: 'Argentinië',
    brazil: 'Brazilië',
    verdictAr: /^Verandering: nieuw genoemd, van 0,00 naar \d,\d\d per 1\.000 woorden$/,
    verdictBr: /^Verandering: niet meer genoemd, van \d,\d\d naar 0,00 per 1\.000 woorden$/,
    older: /^Beleidsbrief Buitenlandse Zaken 2026 24 april 2026$/,
    newer: /^Beleidsbrief Buitenlandse Zaken 2027 15 mei 2027$/,
    notInAr: 'Deze brief noemt Argentinië niet.',
    notInBr: 'Deze brief noemt Brazilië niet.',
    expand: 'Toelichting vergroten',
  },
  en: {
    measure: /mentions per 1,000 words/,
    argentina: 'Argentina',
    brazil: 'Brazil',
    verdictAr: /^Change: newly mentioned, from 0\.00 to \d\.\d\d per 1,000 words$/,
    verdictBr: /^Change: no longer mentioned, from \d\.\d\d to 0\.00 per 1,000 words$/,
    older: /^Beleidsbrief Buitenlandse Zaken 2026 April 24, 2026$/,
    newer: /^Beleidsbrief Buitenlandse Zaken 2027 May 15, 2027$/,
    notInAr: 'This letter does not mention Argentina.',
    notInBr: 'This letter does not mention Brazil.',
    expand: 'Enlarge details',
  },
} as const;

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

/** Horizontal overflow of the page and of the table's own scroll box, in px (0: none). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('.compare-scroll')!;
    return { page: document.documentElement.scrollWidth - window.innerWidth, table: box.scrollWidth - box.clientWidth };
  });

/** The two letters' sides of the panel, named by each letter's heading (title and date). */
function sides(page: Page, w: (typeof WORDS)['nl' | 'en']) {
  const panel = page.getByRole('complementary');
  return { panel, older: panel.getByRole('region', { name: w.older }), newer: panel.getByRole('region', { name: w.newer }) };
}

async function box(l: Locator) {
  const b = await l.boundingBox();
  expect(b).not.toBeNull();
  return b!;
}

/** A point on the map where `iso2`'s anchor is visible (not under the table, legend or panel). */
async function openOnMap(page: Page, iso2: string) {
  const point = await pointFor(page, (await anchors(page))[iso2]!);
  const onCanvas = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS', point);
  expect(onCanvas, `${iso2} is visible on the map`).toBe(true);
  await page.mouse.click(point.x, point.y);
}

for (const lang of ['nl', 'en'] as const) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`compare two letters, pick a country, read both sides (${lang}, ${size})`, async ({ page, axe }, info) => {
      const w = WORDS[lang];
      await page.setViewportSize(viewport);
      await openMap(page, `./?${COMPARE}${lang === 'en' ? '&lang=en' : ''}`);
      const table = page.getByRole('table', { name: w.measure });
      await expect(table).toBeVisible();
      // The table fits its box: no sideways scrolling, on a phone either.
      expect(await overflow(page)).toEqual({ page: 0, table: 0 });

      const { panel, older, newer } = sides(page, w);
      if (size === 'desktop') {
        // Picking on the map opens a country side by side too.
        await openOnMap(page, 'BR');
        await expect(panel.getByRole('heading', { level: 2, name: w.brazil })).toBeVisible();
        await expect(panel.getByText(w.verdictBr)).toBeVisible();
        await expect(older.locator('article mark')).toHaveText(['Brazilië']);
        await expect(newer).toContainText(w.notInBr);
        await expect(page).toHaveURL(/[?&]country=BR(&|$)/);
      }

      await table.getByRole('button', { name: w.argentina }).click();
      await expect(panel.getByRole('heading', { level: 2, name: w.argentina })).toBeVisible();
      await expect(panel.getByText(w.verdictAr)).toBeVisible();
      await expect(older).toContainText(w.notInAr);
      await expect(older.getByRole('article')).toHaveCount(0);
      await expect(newer.getByRole('article')).toHaveCount(1);
      await expect(newer.locator('article mark')).toHaveText(['Argentinië']);
      expect(await overflow(page)).toEqual({ page: 0, table: 0 });

      if (size === 'phone') {
        await page.getByRole('button', { name: w.expand }).click();
        await expect(newer.getByRole('article')).toBeInViewport({ ratio: 0.2 });
        // One letter above the other, the full width of the sheet.
        const [a, b] = [await box(older), await box(newer)];
        expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
        expect(Math.abs(a.x - b.x)).toBeLessThan(1);
        expect(a.width).toBeGreaterThan(viewport.width - 60);
      } else {
        // Side by side, each at least as wide as the usual panel's text.
        const [a, b] = [await box(older), await box(newer)];
        expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
        expect(Math.abs(a.y - b.y)).toBeLessThan(2);
        expect(Math.min(a.width, b.width)).toBeGreaterThan(260);
      }
      await page.screenshot({ path: info.outputPath(`compare-${size}-${lang}.png`) });
      await axe();
    });
  }
}

test('an embed shows the comparison: the map by change, its legend, the change on the card (axe clean)', async ({ page, axe }, info) => {
  // As tall as an embed 700 px wide is planned to be (src/embed/size.ts).
  await page.setViewportSize({ width: 700, height: 575 });
  await page.goto(`./?embed=1&${COMPARE}&country=AR`);
  const card = page.getByRole('region', { name: 'Argentinië' });
  await expect(card.getByText(/^Verandering: nieuw genoemd, van 0,00 naar \d,\d\d per 1\.000 woorden$/)).toBeVisible();
  const legend = page.getByRole('region', { name: 'Legenda' });
  await expect(legend).toContainText('vermeldingen per 1.000 woorden');
  await expect(legend).toContainText('niet meer genoemd');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await page.screenshot({ path: info.outputPath('compare-embed.png') });
  await axe();
  await expect(card.getByRole('link', { name: /Bekijk in de atlas/ })).toHaveAttribute('href', new RegExp(`[?&]${COMPARE}`));
});

test('the image export of a comparison: classes in words, both letters named', async ({ page }) => {
  await page.goto(`./?${COMPARE}&country=AR`);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2, name: 'Argentinië' })).toBeVisible();
  const fetchDownload = async (name: RegExp) => (await downloadWorld(page, name)).body;
  const svg = await fetchDownload(/SVG/);
  const parsed = await page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
    const fills = Object.fromEntries([...doc.querySelectorAll('path > title')].map((t) => [t.textContent, t.parentElement!.getAttribute('fill')]));
    return { error: doc.querySelector('parsererror')?.textContent ?? null, title: doc.querySelector('title')?.textContent, text: doc.documentElement.textContent, fills };
  }, svg.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.title).toBe('Van Beleidsbrief Buitenlandse Zaken 2026 naar Beleidsbrief Buitenlandse Zaken 2027');
  expect(parsed.text).toContain('Argentinië: nieuw genoemd');
  for (const c of ['niet meer genoemd', 'minder vaak', 'even vaak', 'vaker', 'nieuw genoemd']) expect(parsed.text).toContain(c);
  expect(parsed.text).toContain('Beleidsbrief Buitenlandse Zaken 2027, Kamerstuk 36 800 V, nr. 103');
  // Argentina and Brazil in the two ends' colours, as on the map.
  expect(parsed.fills['AR']).not.toBe(parsed.fills['BR']);
  const onScreen = await page.locator('.compare-legend li').evaluateAll((items) =>
    Object.fromEntries(items.map((li) => [li.textContent, getComputedStyle(li.querySelector('.swatch')!).backgroundColor])),
  );
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  expect(rgb(parsed.fills['AR']!)).toBe(onScreen['nieuw genoemd']);
  expect(rgb(parsed.fills['BR']!)).toBe(onScreen['niet meer genoemd']);

  // The PNG is that SVG drawn: the two ends' colours are in its pixels.
  const png = await fetchDownload(/PNG \(1×\)/);
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const counts = await page.evaluate(
    async ({ data, colours }) => {
      // Bytes in, not a data: URL (the page's CSP keeps fetch to its own origin).
      const bytes = Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const want = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const n = want.map(() => 0);
      for (let i = 0; i < px.length; i += 4) want.forEach((c, k) => c[0] === px[i] && c[1] === px[i + 1] && c[2] === px[i + 2] && (n[k] = n[k]! + 1));
      return n;
    },
    { data: png.toString('base64'), colours: [parsed.fills['AR']!, parsed.fills['BR']!] },
  );
  // Argentina and Brazil fill hundreds of pixels each at 1200 × 675.
  expect(counts[0]).toBeGreaterThan(300);
  expect(counts[1]).toBeGreaterThan(300);
});
