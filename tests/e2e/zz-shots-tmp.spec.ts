import { test } from './fixtures';
test('shots', async ({ page }) => {
  await page.goto('./?country=UA');
  await page.waitForTimeout(3000);
  console.log(JSON.stringify(await page.evaluate(() => [...document.querySelectorAll('body *')].map((e) => [e.tagName + '.' + (e.className?.toString?.() ?? '') + '#' + e.id, Math.round(e.getBoundingClientRect().bottom)] as const).filter(([, b]) => b > 900).slice(0, 8))));
});
