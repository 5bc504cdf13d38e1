/**
 * A slide's text at projector sizes: a long key passage first shrinks (to FIT_FLOOR of its
 * size, still large from the back of a classroom), and if it still does not fit, a visible
 * "↓ meer" cue says there is more; ↑/↓ scroll it. Map labels on the slide are ≥ 16 px.
 */
import type { Page } from '@playwright/test';
import { buildStyle, LAYER } from '../../src/map/style';
import { FIT_FLOOR } from '../../src/app/classroom/useFitText';
import { expect, test } from './fixtures';
import { waitForMap } from './map-helpers';

interface Measure {
  fits: boolean;
  fit: number;
  quotePx: number | null;
  cueVisible: boolean;
  length: number;
}

/** What a viewer sees of the text column: does it fit, at what scale, is the cue on screen. */
const measure = (page: Page): Promise<Measure> =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.present-text')!;
    const cue = document.querySelector<HTMLElement>('.present-more button');
    const quote = el.querySelector('blockquote');
    const col = el.getBoundingClientRect();
    const r = cue?.getBoundingClientRect();
    return {
      fits: el.scrollHeight <= el.clientHeight + 1,
      fit: Number(el.style.getPropertyValue('--fit') || '1'),
      quotePx: quote ? parseFloat(getComputedStyle(quote).fontSize) : null,
      cueVisible: !!r && r.height > 0 && r.top >= col.top && r.bottom <= col.bottom + 0.5 && getComputedStyle(cue!).visibility !== 'hidden',
      length: el.textContent?.length ?? 0,
    };
  });

const stepCount = async (page: Page) => Number((await page.locator('.present-counter').textContent())!.match(/\/\s*(\d+)/)![1]);

for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
  test(`every slide fits or shows "more" at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('./?present=1');
    const title = page.locator('#present-title');
    await expect(title).toBeFocused();
    const count = await stepCount(page);
    const normalQuote: number[] = [];
    let longest = { step: 0, length: 0 };
    for (let step = 1; step <= count; step++) {
      if (step > 1) await page.keyboard.press('PageDown');
      await expect(page.locator('.present-counter')).toContainText(`${step} / ${count}`);
      const m = await measure(page);
      expect(m.fits || m.cueVisible, `step ${step}: the text fits or the cue shows`).toBe(true);
      expect(m.fit, `step ${step}: never below the floor`).toBeGreaterThanOrEqual(FIT_FLOOR);
      if (m.quotePx !== null) normalQuote.push(m.quotePx / m.fit);
      if (m.length > longest.length) longest = { step, length: m.length };
    }
    const floorPx = Math.min(...normalQuote) * FIT_FLOOR;
    expect(floorPx, 'the key passage stays large').toBeGreaterThanOrEqual(size.width >= 1920 ? 28 : 19);

    // The longest slide: shrunk to the floor, the cue on screen; ↓ scrolls, and at the end the cue goes.
    await page.goto(`./?present=${longest.step}`);
    await expect(title).toBeFocused();
    const m = await measure(page);
    expect(m.fit).toBe(FIT_FLOOR);
    expect(m.fits).toBe(false);
    const cue = page.getByRole('button', { name: 'meer' });
    await expect(cue).toBeVisible();
    await expect(cue).toContainText('↓ meer');
    const scrollTop = () => page.locator('.present-text').evaluate((el) => el.scrollTop);
    await page.keyboard.press('ArrowDown');
    await expect.poll(scrollTop, '↓ scrolls the text').toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('present'), '↓ is not a step key').toBe(String(longest.step));
    // Reduced motion: the cue jumps a screenful at once (otherwise it scrolls smoothly).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (let i = 0; i < 10 && (await cue.isVisible()); i++) {
      const before = await scrollTop();
      await cue.click();
      await expect.poll(scrollTop).toBeGreaterThan(before);
    }
    await expect(cue, 'no cue once the end is on screen').toBeHidden();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('button', { name: 'meer' })).toBeVisible();
  });
}

test('the longest slide in English, and in high contrast: cue visible, axe clean; map labels ≥ 16 px', async ({ page, axe }) => {
  await page.addInitScript(() => window.sessionStorage.setItem('atlas-debug', 'map'));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?present=1&lang=en');
  const count = await stepCount(page);
  let longest = { step: 1, length: 0 };
  for (let step = 1; step <= count; step++) {
    if (step > 1) await page.keyboard.press('PageDown');
    await expect(page.locator('.present-counter')).toContainText(`${step} / ${count}`);
    const m = await measure(page);
    if (m.length > longest.length) longest = { step, length: m.length };
  }
  await page.goto(`./?present=${longest.step}&lang=en`);
  await waitForMap(page);
  await expect(page.getByRole('button', { name: 'more' })).toBeVisible();
  await axe();
  await page.getByRole('button', { name: 'High contrast' }).click();
  await expect(page.getByRole('button', { name: 'more' })).toBeVisible();
  await axe();

  const large = buildStyle({ lang: 'en', labels: 'large' }).layers.find((l) => l.id === LAYER.labels)!;
  const size = await page.evaluate((id) => window.__atlas!.layout(id, 'text-size'), LAYER.labels);
  expect(size, 'the presentation map uses the large labels (tests/unit/mapLabels.test.ts: ≥ 16 px at every zoom)').toEqual(
    (large as { layout: Record<string, unknown> }).layout['text-size'],
  );
});
