/**
 * README screenshots: the production build (`npm run build` first) served by `vite preview`,
 * photographed in Debian's Chromium at the two sizes the layout is judged at, in both languages.
 * `npm run screenshots` → docs/screenshots/*.png. Not part of the tests: a picture for people.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';

const PORT = 4390;
const OUT = 'docs/screenshots';
const SHOTS = [
  { name: 'desktop-nl', width: 1280, height: 800, path: 'land/oekraine/', mobile: false, js: true },
  { name: 'desktop-en', width: 1280, height: 800, path: 'en/', mobile: false, js: true },
  { name: 'phone-nl', width: 390, height: 844, path: 'land/brazilie/', mobile: true, js: true },
  { name: 'phone-en', width: 390, height: 844, path: 'en/', mobile: true, js: true },
  // A baked page as it reads without JavaScript.
  { name: 'desktop-nl-nojs', width: 1280, height: 800, path: 'land/oekraine/', mobile: false, js: false },
];

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 2500));
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  for (const s of SHOTS) {
    const page = await browser.newPage({ viewport: { width: s.width, height: s.height }, isMobile: s.mobile, hasTouch: s.mobile, locale: 'nl-NL', javaScriptEnabled: s.js });
    await page.goto(`http://localhost:${PORT}/${s.path}`);
    if (s.js) {
      await page.locator('[data-map-ready="true"]').waitFor({ timeout: 45_000 });
      await page.waitForTimeout(1500); // labels come one idle after map:ready
    }
    await page.screenshot({ path: `${OUT}/${s.name}.png` });
    await page.close();
    console.log(`${OUT}/${s.name}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
