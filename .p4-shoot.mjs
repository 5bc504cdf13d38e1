import { chromium } from '@playwright/test';
const args = ['--no-sandbox','--disable-gpu','--use-angle=swiftshader','--enable-unsafe-swiftshader'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const [,, url, out, w = '1280', h = '800', action = ''] = process.argv;
const page = await browser.newPage({ viewport: { width: +w, height: +h }, locale: 'nl-NL' });
page.on('pageerror', e => console.log('pageerror', e.message));
page.on('console', m => { if (m.type() === 'error') console.log('console', m.text()); });
await page.goto(url);
await page.waitForSelector('[data-map-ready="true"]', { timeout: 30000 }).catch(() => console.log('map not ready'));
if (action === 'embed') { await page.getByRole('button', { name: 'Insluiten' }).click(); await page.waitForTimeout(4000); }
if (action === 'download') { await page.getByRole('button', { name: 'Downloaden' }).click(); }
if (action === 'audit') { await page.getByText('Waarom staat dit land hier?').click(); }
await page.screenshot({ path: out, fullPage: action === 'full' });
await browser.close();
