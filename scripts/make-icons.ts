/**
 * Renders public/icons/icon.svg to the PNG sizes the web app manifest names, in the
 * local Chromium (no service, no download). Run after changing the SVG:
 *   npx tsx scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const dir = join(import.meta.dirname, '..', 'public', 'icons');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [size, name, inset] of [
    [192, 'icon-192.png', 0],
    [512, 'icon-512.png', 0],
    // Maskable: launchers crop to a circle; keep the globe inside the 80% safe zone.
    [512, 'icon-maskable-512.png', 0.12],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const pad = Math.round(size * inset);
    await page.setContent(
      `<body style="margin:0;background:#154273"><div style="padding:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
    );
    await page.screenshot({ path: join(dir, name), omitBackground: false });
    await page.close();
  }
} finally {
  await browser.close();
}
