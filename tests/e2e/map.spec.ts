/**
 * Map journeys: the map draws, marks itself ready, stays on its own origin,
 * and a click (or tap) on a country — including micro-states drawn as dots —
 * selects it. UI journeys (panel, search, filters, URL) live in other specs.
 */
import { expect, test } from './fixtures';
import { anchors, canvasStats, clickLngLat, featureState, idle, openMap, pointFor, view } from './map-helpers';

test.describe('map', () => {
  test('renders the countries (the canvas is not blank)', async ({ page }) => {
    await openMap(page);
    const stats = await canvasStats(page);
    // Water, land, borders, fills, hatch, dots, labels: far more than a blank or single-colour canvas.
    expect(stats.distinct).toBeGreaterThan(40);
    expect(stats.nonBackground).toBeGreaterThan(0.3);
  });

  test('marks map:ready once, after the data is drawn', async ({ page }) => {
    await openMap(page);
    const marks = await page.evaluate(() =>
      performance.getEntriesByName('map:ready', 'mark').map((m) => Math.round(m.startTime)),
    );
    expect(marks).toHaveLength(1);
    expect(marks[0]).toBeGreaterThan(0);
    expect(marks[0]).toBeLessThan(30_000);
  });

  test('loads everything, labels included, from its own origin', async ({ page, offOrigin }) => {
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(r.url());
    });
    await openMap(page);
    // Zoom in to pull in more label glyphs and tiles, then settle.
    await page.locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press('Equal');
    await idle(page);
    // One font file, the labels' self-hosted Noto Sans (regular, latin): the UI text uses system fonts.
    const files = [...new Set(fonts.map((u) => new URL(u).pathname.split('/').pop()))];
    expect(files, 'labels use the self-hosted Noto Sans, and nothing else downloads a font').toEqual([
      expect.stringMatching(/^noto-sans-latin-400-normal-[\w-]+\.woff2$/),
    ]);
    expect(offOrigin).toEqual([]);
  });

  test('labels are drawn in Noto Sans: the font is in before they show', async ({ page }) => {
    await page.goto('./');
    // map:complete = the first idle after the labels were switched on, i.e. they are on screen.
    await page.waitForFunction(() => performance.getEntriesByName('map:complete', 'mark').length > 0, null, { timeout: 45_000 });
    const font = await page.evaluate(() => ({
      ready: document.fonts.check('400 12px "Noto Sans"'),
      loaded: [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans' && f.status === 'loaded').map((f) => f.weight),
    }));
    expect(font.ready, 'Noto Sans is loaded, so labels were not rasterised in a fallback font').toBe(true);
    expect(font.loaded, 'regular weight only').toEqual(['400']);
  });

  test('clicking a country on the map selects it', async ({ page }) => {
    await openMap(page);
    const points = await anchors(page);
    await clickLngLat(page, points['UA']!);
    await expect.poll(() => featureState(page, 'UA')).toMatchObject({ selected: true });
    await expect(page.locator('body')).toContainText(/Oekraïne|Ukraine/);
  });

  for (const [iso2, name] of [
    ['MT', /Malta/],
    ['SG', /Singapore/],
    ['AW', /Aruba/],
    // Not "Sint-Maarten (Frans deel)": the French part (MF) sits on the same island.
    ['SX', /Sint Maarten/],
  ] as const) {
    test(`${iso2} is clickable at world zoom (dot)`, async ({ page }) => {
      await openMap(page);
      const points = await anchors(page);
      const at = points[iso2];
      expect(at, `${iso2} has an anchor in countries.geojson`).toBeTruthy();
      const { x, y } = await pointFor(page, at!);
      expect(await page.evaluate(([px, py]) => window.__atlas!.featuresAt(px, py), [x, y] as const)).toContain(iso2);
      // The dot must not sit under UI chrome (legend, panels) at the default view.
      const onTop = await page.evaluate(([px, py]) => {
        const el = document.elementFromPoint(px, py);
        return el?.matches('canvas.maplibregl-canvas') ? 'map' : `${el?.tagName.toLowerCase()}.${el?.className}`;
      }, [x, y] as const);
      expect(onTop, `${iso2}'s dot is covered by UI`).toBe('map');
      await page.mouse.click(x, y);
      await expect.poll(() => featureState(page, iso2)).toMatchObject({ selected: true });
      await expect(page.locator('body')).toContainText(name);
    });
  }

  test('a click on a big country beside a micro-state dot picks the country (France, not Jersey)', async ({ page }) => {
    await openMap(page);
    const points = await anchors(page);
    const { x, y } = await pointFor(page, points['FR']!);
    const jersey = await pointFor(page, points['JE']!);
    // At world zoom Jersey's dot is a few pixels from the middle of France: near, but not under the pointer.
    expect(Math.hypot(jersey.x - x, jersey.y - y)).toBeLessThan(20);
    await page.mouse.click(x, y);
    await expect.poll(() => featureState(page, 'FR')).toMatchObject({ selected: true });
    expect(await featureState(page, 'JE')).not.toMatchObject({ selected: true });
    await expect(page.getByRole('heading', { level: 2, name: 'Frankrijk' })).toBeVisible();
  });

  test('hovering a country outlines it and shows a pointer', async ({ page }) => {
    await openMap(page);
    const points = await anchors(page);
    const { x, y } = await pointFor(page, points['UA']!);
    await page.mouse.move(x, y);
    await expect.poll(() => featureState(page, 'UA')).toMatchObject({ hover: true });
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
  });

  // Plain arrows choose countries (map-keyboard.spec.ts); Shift+arrows pan.
  test('keyboard: named canvas, Shift+arrows pan, Tab moves on', async ({ page }) => {
    await openMap(page);
    const canvas = page.locator('canvas.maplibregl-canvas');
    await expect(canvas).toHaveAttribute('aria-label', /\S{10,}/);
    await canvas.focus();
    await expect(canvas).toBeFocused();
    const before = await view(page);
    await page.keyboard.press('Equal');
    await idle(page);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await idle(page);
    const after = await view(page);
    expect(after.zoom).toBeGreaterThan(before.zoom);
    expect(after.lng).toBeGreaterThan(before.lng);
    await page.keyboard.press('Tab');
    await expect(canvas).not.toBeFocused();
  });

  test('a quick double zoom sticks: the app echoing the view back does not undo it', async ({ page }) => {
    await openMap(page);
    const before = await view(page);
    await page.locator('canvas.maplibregl-canvas').focus();
    // The second press interrupts the first ease, whose moveend the app stores (rounded) and hands back.
    await page.keyboard.press('Equal');
    await page.waitForTimeout(60);
    await page.keyboard.press('Equal');
    await page.waitForTimeout(400);
    await idle(page);
    const settled = await view(page);
    expect(settled.zoom).toBeGreaterThan(before.zoom + 1.5);
    await page.waitForTimeout(500);
    expect(await view(page)).toEqual(settled);
  });

  test('the map region has no axe violations', async ({ page, axe }) => {
    await openMap(page);
    await axe({ include: ['[data-map-ready]'] });
  });
});
