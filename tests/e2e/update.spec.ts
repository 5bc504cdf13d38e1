/**
 * A returning visitor after a new build: the service worker's update prompt. The production
 * build is served by a small server of our own whose files can change between two visits:
 * build A (the one Playwright's server built), then build B: A with the letter's Kamerstuk
 * number changed and that file's precache revision in sw.js changed with it, as a rebuild with
 * other data would write them. Vite's preview server could not change its files mid-test.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from './fixtures';

const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
/** The build Playwright's web server serves (playwright.config.ts). */
const BUILT = E2E_PORT === 4173 ? 'dist' : `.e2e-dist/${E2E_PORT}`;
const PORT = E2E_PORT + 500;
const ORIGIN = `http://localhost:${PORT}`;
const LETTER = 'data/letters/beleidsbrief-buitenlandse-zaken-2026.json';

test.use({ allowedOrigins: [ORIGIN] });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
};

/** Build B: build A with another Kamerstuk number in the letter, and sw.js listing the file's new revision. */
function buildB(a: string): string {
  const b = mkdtempSync(join(tmpdir(), 'atlas-build-b-'));
  cpSync(a, b, { recursive: true });
  const before = readFileSync(join(b, LETTER), 'utf8');
  const after = before.replace('"kamerstuk":"36 800 V, nr. 103"', '"kamerstuk":"36 800 V, nr. 999"');
  expect(after).not.toBe(before);
  writeFileSync(join(b, LETTER), after);
  const sw = readFileSync(join(b, 'sw.js'), 'utf8');
  const entry = new RegExp(`(\\{url:"${LETTER.replace(/[.]/g, '\\.')}",revision:")[0-9a-f]+(")`);
  expect(sw).toMatch(entry);
  writeFileSync(join(b, 'sw.js'), sw.replace(entry, `$1${createHash('md5').update(after).digest('hex')}$2`));
  return b;
}

let root = '';
let server: Server;
let a = '';
let b = '';

test.beforeAll(async () => {
  a = mkdtempSync(join(tmpdir(), 'atlas-build-a-'));
  cpSync(BUILT, a, { recursive: true });
  b = buildB(a);
  root = a;
  server = createServer((req, res) => {
    const asked = normalize(decodeURIComponent(new URL(req.url ?? '/', ORIGIN).pathname)).replace(/^[/\\]+/, '');
    // A folder is its index.html, as on any static host (the baked pages are folders).
    const path = !asked || /[/\\]$/.test(asked) ? `${asked}index.html` : asked;
    let body: Buffer;
    try {
      body = readFileSync(join(root, path));
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(PORT, resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('a new build waits for the visitor: a quiet prompt; Reload shows the new data', async ({ page, axe }, info) => {
  root = a;
  await page.goto(`${ORIGIN}/`);
  const subtitle = page.locator('.subtitle');
  await expect(subtitle).toContainText('Kamerstuk 36 800 V, nr. 103');
  // The worker registers once the map has drawn, installs, and takes the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  // A first visit has nothing to update.
  await expect(page.getByRole('button', { name: 'Herladen' })).toHaveCount(0);

  // The server now has build B. The page still opens with A's files (the worker's copy).
  root = b;
  await page.reload();
  await expect(subtitle).toContainText('nr. 103');
  const toast = page.locator('.update-toast');
  await expect(toast.getByRole('status')).toHaveText('Er is een nieuwe versie van de atlas beschikbaar.', { timeout: 30_000 });
  // It lies over the map, so framing keeps clear of it; it never takes focus.
  await expect(toast).toHaveAttribute('data-map-cover', '');
  await expect(toast.getByRole('button', { name: 'Herladen' })).not.toBeFocused();
  await page.screenshot({ path: info.outputPath('update-desktop-nl.png') });
  await axe();

  // "Later" hides it for this visit; the new version keeps waiting for the next.
  await toast.getByRole('button', { name: 'Later' }).click();
  await expect(toast).toHaveCount(0);
  await page.reload();
  await expect(subtitle).toContainText('nr. 103');
  const reload = page.getByRole('button', { name: 'Herladen' });
  await expect(reload).toBeVisible({ timeout: 30_000 });

  // From the keyboard: the new worker takes over and the page reloads with B's data.
  await reload.focus();
  await page.keyboard.press('Enter');
  await expect(subtitle).toContainText('Kamerstuk 36 800 V, nr. 999', { timeout: 30_000 });
  await expect(page.locator('.update-toast')).toHaveCount(0);
});

test('a first visit to a place page (its <base> points at the site root) asks nothing', async ({ page }) => {
  root = a;
  await page.goto(`${ORIGIN}/land/oekraine/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  // The worker is the site's own (registered at the root), not a stranger's that would want a reload.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname))).toEqual(['/']);
  await page.waitForTimeout(2000);
  await expect(page.locator('.update-toast')).toHaveCount(0);
});

test('in English, at phone size: above the folded sheet, clear of the legend; Escape dismisses it', async ({ page, axe }, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  root = a;
  await page.goto(`${ORIGIN}/?lang=en`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  root = b;
  await page.reload();
  const toast = page.locator('.update-toast');
  await expect(toast.getByRole('status')).toHaveText('A new version of the atlas is available.', { timeout: 30_000 });
  await page.screenshot({ path: info.outputPath('update-phone-en.png') });
  const box = (await toast.boundingBox())!;
  const sheet = (await page.locator('#panel').boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(sheet.y);
  const legend = await page.locator('.legend').boundingBox();
  if (legend) expect(box.x >= legend.x + legend.width || box.y + box.height <= legend.y).toBe(true);
  await axe();
  await toast.getByRole('button', { name: 'Reload' }).focus();
  await page.keyboard.press('Escape');
  await expect(toast).toHaveCount(0);
});
