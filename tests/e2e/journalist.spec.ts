/**
 * Journeys for journalists: embed on a foreign page (real Pym.js, and our own resizer
 * snippet), embed options, image export, copy quote and link, axe in embed mode and builder.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { embedCode, SIZE_PRESETS } from '../../src/embed/embedCode';
import { plannedHeight } from '../../src/embed/size';
import { expect, test } from './fixtures';
import { hostPage, pymBody, startHost, type Host } from './host';
import { downloadWorld, openShare } from './ui-helpers';

/** A newsroom page on another origin (own port), embedding the atlas. */
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4411);
const HOST = `http://localhost:${HOST_PORT}`;

let host: Host;

test.beforeAll(async ({ baseURL }) => {
  const atlasSrc = `${baseURL!}?embed=1&controls=legend,panel,search`;
  host = await startHost(HOST_PORT, {
    '/pym.html': () => hostPage(pymBody(atlasSrc)),
    // The code our embed builder generates, pasted as is, plus a recorder for the messages.
    '/snippet.html': () =>
      hostPage(`<script>window.received = []; window.addEventListener('message', function (e) { window.received.push(e.data); });</script>
${embedCode({ src: atlasSrc, title: 'Beleidsatlas', size: SIZE_PRESETS[1]!, id: 'atlas-frame', resizer: true })}`),
  });
});

test.afterAll(async () => {
  await host?.close();
});

test.use({ allowedOrigins: [HOST] });

const heightOf = (page: Page, sel: string) => page.locator(sel).evaluate((el) => Math.round(el.getBoundingClientRect().height));

async function chooseUkraine(frame: ReturnType<Page['frameLocator']>) {
  const box = frame.getByRole('combobox', { name: 'Zoek een land of regio' });
  await box.fill('oekraine');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(frame.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
}

test.describe('embedded on another site', () => {
  test('Pym.js Parent sizes the iframe to the planned height; a chosen country does not change it', async ({ page }) => {
    await page.goto(`${HOST}/pym.html`);
    const frameEl = page.locator('#atlas iframe');
    await expect(frameEl).toHaveAttribute('height', /^\d+px$/, { timeout: 30_000 });
    const frame = page.frameLocator('#atlas iframe');
    await expect(frame.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
    // The host column is 640 px: the medium size the builder states.
    const planned = plannedHeight(640);
    await expect.poll(() => heightOf(page, '#atlas iframe')).toBe(planned);

    await chooseUkraine(frame);
    await expect(frame.getByRole('region', { name: 'Oekraïne' })).toBeVisible();
    const inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    expect(inner).toBe(planned);
    expect(await heightOf(page, '#atlas iframe')).toBe(planned);

    await frame.getByRole('button', { name: 'Toelichting sluiten' }).click();
    await expect(frame.getByRole('region', { name: 'Oekraïne' })).toHaveCount(0);
    expect(await heightOf(page, '#atlas iframe')).toBe(planned);
  });

  test('the generated snippet follows the Datawrapper-style message from its own iframe', async ({ page }) => {
    await page.goto(`${HOST}/snippet.html`);
    const frame = page.frameLocator('#atlas-frame');
    await expect(frame.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
    type Received = { 'beleidsatlas-height': Record<string, number> };
    const last = () =>
      page.evaluate(() => {
        const mine = (window as unknown as { received: unknown[] }).received.filter((m) => typeof m === 'object' && m && 'beleidsatlas-height' in m);
        return (mine.at(-1) ?? null) as Received | null;
      });
    // The first report is the loading state; wait for the map and legend to be in.
    await expect.poll(async () => Object.values((await last())?.['beleidsatlas-height'] ?? {})[0] ?? 0).toBeGreaterThan(300);
    const value = (await last())!;
    const [px] = Object.values(value['beleidsatlas-height']);
    await expect.poll(() => heightOf(page, '#atlas-frame')).toBe(px);
    // Only the height travels: one key, one number.
    expect(Object.keys(value)).toEqual(['beleidsatlas-height']);
    expect(typeof px).toBe('number');

    // The planned height for the 640 px column, whatever is chosen.
    expect(px).toBe(plannedHeight(640));
    await chooseUkraine(frame);
    await expect(frame.getByRole('region', { name: 'Oekraïne' })).toBeVisible();
    expect(await heightOf(page, '#atlas-frame')).toBe(px);
  });
});

test.describe('embed mode', () => {
  test('shows only what controls= lists, keeps the URL state and links to the full view', async ({ page }) => {
    // Without scheme=, the reader's system setting decides.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./?embed=1&country=UA&themes=security&lang=en&controls=legend');
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Ukraine' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    // The state survives the canonical rewrite of the address.
    await expect.poll(() => new URL(page.url()).search).toMatch(/lang=en&themes=security&country=UA/);
    expect(new URL(page.url()).searchParams.get('embed')).toBe('1');
    expect(new URL(page.url()).searchParams.get('controls')).toBe('legend');

    const credit = page.getByRole('contentinfo');
    await expect(credit).toContainText('Beleidsbrief Buitenlandse Zaken 2026, Kamerstuk 36 800 V, nr. 103');
    await expect(credit).toContainText('Natural Earth');
    const full = credit.getByRole('link', { name: /Open the full atlas/ });
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', /noopener/);
    const href = new URL((await full.getAttribute('href'))!);
    expect(href.searchParams.get('country')).toBe('UA');
    expect(href.searchParams.get('themes')).toBe('security');
    expect(href.searchParams.has('embed')).toBe(false);
    expect(href.searchParams.has('controls')).toBe(false);
  });

  test('dark scheme at 300 px, everything listed shown, a static map; axe clean', async ({ page, axe }) => {
    await page.setViewportSize({ width: 300, height: 700 });
    await page.addInitScript(() => window.sessionStorage.setItem('atlas-debug', 'map'));
    await page.goto('./?embed=1&country=UA&scheme=dark&controls=legend,panel,search,filter&interactive=0');
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
    await expect(page.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    await expect(page.getByRole('combobox')).toBeVisible();
    await expect(page.locator('summary', { hasText: 'Thema’s' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // interactive=0: a drag does not move the map.
    await page.waitForFunction(() => !!window.__atlas);
    const before = await page.evaluate(() => window.__atlas!.view());
    const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.__atlas!.view())).toEqual(before);
    await axe();
  });

  test('light embed, default controls: axe clean', async ({ page, axe }) => {
    await page.goto('./?embed=1&country=UA&scheme=light');
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await expect(page.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    await axe();
  });
});

test.describe('in the full app', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('copy link, copy quote and open its permalink', async ({ page }) => {
    await page.goto('./?country=UA');
    await expect(page.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();

    await openShare(page);
    await page.getByRole('button', { name: 'Link kopiëren' }).click();
    await expect(page.getByText('Link naar deze weergave gekopieerd')).toBeVisible();
    expect(new URL(await clipboard(page)).searchParams.get('country')).toBe('UA');

    const second = page.locator('#panel').getByRole('article').nth(1);
    const text = (await second.locator('p').first().textContent())!;
    await second.getByRole('button', { name: /Citaat kopiëren/ }).click();
    await expect(second.getByText('Citaat met bronvermelding en link gekopieerd')).toBeVisible();
    const quote = await clipboard(page);
    expect(quote).toContain(`„${text.slice(0, 60)}`);
    expect(quote).toMatch(/Kamerstuk 36 800 V, nr\. 103, 24 april 2026, §2\.2\.\d/);
    const link = quote.split('\n').at(-1)!;
    const url = new URL(link);
    expect(url.searchParams.get('country')).toBe('UA');
    expect(url.searchParams.get('passage')).toMatch(/^beleidsbrief-buitenlandse-zaken-2026\/2\.2\.\d$/);

    await page.goto(link);
    const linked = page.locator('.passage-linked');
    await expect(linked).toHaveCount(1);
    await expect(linked).toContainText('Gelinkte passage');
    await expect(linked).toContainText(text.slice(0, 60));
    await expect(linked).toBeInViewport();
  });

  test('PNG 1× and 2× and SVG of the whole world, with title and legend', async ({ page }) => {
    await page.goto('./?country=UA&themes=security');
    await expect(page.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    const fetchDownload = (name: RegExp) => downloadWorld(page, name);
    const day = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });

    for (const [label, scale] of [[/PNG \(1×\)/, 1], [/PNG \(2×\)/, 2]] as const) {
      const { name, body } = await fetchDownload(label);
      expect(name).toBe(`beleidsatlas-UA-world-${day}${scale === 2 ? '@2x' : ''}.png`);
      expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
      expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200 * scale, 675 * scale]);
    }

    const { name, body } = await fetchDownload(/SVG/);
    expect(name).toBe(`beleidsatlas-UA-world-${day}.svg`);
    const parsed = await page.evaluate((src) => {
      const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, title: doc.querySelector('title')?.textContent, text: doc.documentElement.textContent };
    }, body.toString('utf8'));
    for (const iso2 of ['UA', 'AU', 'US', 'BR']) expect(parsed.text).toContain(iso2);
    expect(parsed.error).toBeNull();
    expect(parsed.title).toBe('Oekraïne in de Beleidsbrief Buitenlandse Zaken 2026');
    expect(parsed.text).toContain('Thema’s: Veiligheid en defensie');
    expect(parsed.text).toContain('Vermeldingen bij de gekozen thema’s');
    expect(parsed.text).toContain('Nederland, de afzender');
    expect(parsed.text).toContain('Kamerstuk 36 800 V, nr. 103');
  });

  test('an SVG of what the map shows now: Europe, not Australia', async ({ page }) => {
    await page.goto('./?view=10,50,3');
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 45_000 });
    await openShare(page);
    await page.getByRole('button', { name: 'Downloaden' }).click();
    const here = page.getByRole('radio', { name: 'Wat u nu ziet' });
    await expect(here).toBeChecked();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /SVG/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^beleidsatlas-view-\d{4}-\d{2}-\d{2}\.svg$/);
    const drawn = await page.evaluate((src) => {
      const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
      return [...doc.querySelectorAll('path > title')].map((t) => t.textContent);
    }, readFileSync((await download.path())!, 'utf8'));
    for (const iso2 of ['DE', 'FR', 'PL', 'IT']) expect(drawn, iso2).toContain(iso2);
    for (const iso2 of ['AU', 'US', 'BR', 'JP']) expect(drawn, iso2).not.toContain(iso2);
  });

  test('data files download from the app', async ({ page }) => {
    await page.goto('./');
    await openShare(page);
    await page.getByRole('button', { name: 'Downloaden' }).click();
    const csv = page.getByRole('link', { name: /mentions\.csv/ });
    await expect(csv).toHaveAttribute('download', 'mentions.csv');
    const res = await page.request.get(new URL((await csv.getAttribute('href'))!, page.url()).href);
    const body = await res.body();
    expect([...body.subarray(0, 3)], 'UTF-8 byte-order mark, for spreadsheets').toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toMatch(/^document,passage,section/);
    expect(text).toContain(',Oekraïne,');
    const excel = page.getByRole('link', { name: /mentions-excel\.csv/ });
    await expect(excel).toHaveAttribute('download', 'mentions-excel.csv');
    const forExcel = await (await page.request.get(new URL((await excel.getAttribute('href'))!, page.url()).href)).body();
    expect(forExcel.toString('utf8').split('\r\n')[0]).toBe('\uFEFFdocument;passage;section;section_id;kind;surface;form;iso2;region;themes;start;end;compound;home;in_heading');
    // The letter shown, from its own file.
    const letter = page.getByRole('link', { name: 'De brief met passages (beleidsbrief-buitenlandse-zaken-2026.json)' });
    await expect(letter).toHaveAttribute('download', 'beleidsbrief-buitenlandse-zaken-2026.json');
    const doc = await (await page.request.get(new URL((await letter.getAttribute('href'))!, page.url()).href)).json();
    expect(doc.meta.kamerstuk).toBe('36 800 V, nr. 103');
  });

  test('embed builder: a modal dialog with options, preview and code; axe clean', async ({ page, axe }) => {
    await page.goto('./?country=UA');
    await expect(page.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeVisible();
    const opener = page.getByRole('button', { name: 'Insluiten' });
    await openShare(page);
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Kaart insluiten' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Zoekveld' }).check();
    await dialog.getByRole('radio', { name: 'Donker' }).check();
    await dialog.getByRole('radio', { name: /Klein/ }).check();
    const code = await dialog.getByRole('textbox', { name: 'Code om te plakken' }).inputValue();
    expect(code).toMatch(/^<iframe id="beleidsatlas-ua" src="[^"]+embed=1&amp;controls=legend,panel,search&amp;scheme=dark"/);
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('max-width:400px;height:500px');
    expect(code).toContain('event.source !== iframe.contentWindow');
    const preview = dialog.frameLocator('iframe');
    await expect(preview.getByRole('combobox')).toBeVisible({ timeout: 30_000 });
    await expect(preview.locator('html')).toHaveAttribute('data-scheme', 'dark');
    await axe();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  });
});
