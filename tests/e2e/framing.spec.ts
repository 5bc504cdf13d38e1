/**
 * Framing journeys: whatever the app asks the map to show lands on screen, clear of the
 * overlays that cover the map (legend, phone sheet). Checked the way a user would notice:
 * `document.elementFromPoint` at the place (projected through the debug hook) must hit the
 * map canvas, not the legend or the sheet.
 */
import type { Page } from '@playwright/test';
import type { LetterDocument } from '../../src/pipeline/types';
import { expect, test } from './fixtures';
import { openMap, waitForMap } from './map-helpers';

interface Place {
  iso2: string;
  point: [number, number];
}

/** The countries the letter mentions (directly or through a grouping), with their label points. */
async function mentioned(page: Page): Promise<Place[]> {
  return page.evaluate(async () => {
    const fc = (await (await fetch('./data/countries.geojson')).json()) as {
      features: { properties: { iso2: string; mentioned: boolean; point: [number, number] } }[];
    };
    return fc.features.filter((f) => f.properties.mentioned).map((f) => ({ iso2: f.properties.iso2, point: f.properties.point }));
  });
}

interface Seen {
  /** What the map framed last. */
  places: string[];
  /** Points checked that do not hit the map canvas: [what, x, y, what was hit]. */
  covered: [string, number, number, string][];
}

type Points = [string, [number, number]][];

/**
 * In the page: the points of interest (a label point, the framed body's corners, 2 px inside
 * its box) must each hit the map canvas.
 */
function checkInPage(points: Points): Seen {
  const hook = window.__atlas!;
  const canvas = document.querySelector('canvas.maplibregl-canvas');
  const f = hook.framing();
  const covered: Seen['covered'] = [];
  const probe = (what: string, x: number, y: number) => {
    const el = document.elementFromPoint(x, y);
    if (el !== canvas) covered.push([what, Math.round(x), Math.round(y), el ? `${el.tagName.toLowerCase()}.${el.className}` : 'off screen']);
  };
  for (const [what, lngLat] of points) {
    const p = hook.project(lngLat);
    probe(what, p.x, p.y);
  }
  if (f) {
    const { west, south, east, north } = f.subject;
    const nw = hook.project([west, north]);
    const sw = hook.project([west, south]);
    // The body's box may run across 180°: its east side is its width away from the west side.
    const width = ((east - west) / 360) * 512 * 2 ** f.view.zoom;
    const [l, t, r, b] = [nw.x + 2, nw.y + 2, nw.x + width - 2, sw.y - 2];
    for (const [what, x, y] of [['NW', l, t], ['NE', r, t], ['SW', l, b], ['SE', r, b]] as const) probe(`body ${what}`, x, y);
  }
  return { places: f?.places ?? [], covered };
}

/**
 * In the page: select a country the way a link or Back does (history + popstate, which the
 * app's URL sync follows, without a reload), wait until the map has framed it, and check.
 * A check that fails gets two more frames, for a re-framing after a cover changed (the phone
 * sheet filling with the new panel) to land.
 */
async function selectAndCheck([iso2, points]: [string, Points]): Promise<Seen> {
  const hook = window.__atlas!;
  const before = hook.framing()?.count ?? 0;
  history.pushState(null, '', `?country=${iso2}`);
  dispatchEvent(new PopStateEvent('popstate'));
  for (let i = 0; i < 1000; i++) {
    const f = hook.framing();
    if (f && f.count > before && f.places.join() === iso2) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const run = (window as unknown as { __framingCheck: typeof checkInPage }).__framingCheck;
  let seen = run(points);
  for (let i = 0; i < 3 && seen.covered.length; i++) {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    seen = run(points);
  }
  return seen;
}

const SIZES = [
  { name: 'desktop 1280×800', use: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone 390×844', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
] as const;

for (const size of SIZES) {
  test.describe(`framing, ${size.name}`, () => {
    // Jumps instead of eases: the end camera is the same, and 200+ countries stay fast.
    test.use({ ...size.use, reducedMotion: 'reduce' });

    test('every mentioned country is framed on screen, clear of the legend and the sheet', async ({ page }) => {
      // ~0.2 s a country on an idle 2-core machine; a busy one needs the margin.
      test.setTimeout(240_000);
      await openMap(page);
      // The check runs in the page after each selection (one round trip per country).
      await page.evaluate(`window.__framingCheck = ${checkInPage.toString()}`);
      const places = await mentioned(page);
      expect(places.length).toBeGreaterThan(200);
      const failures: string[] = [];
      for (const { iso2, point } of places) {
        const seen = await page.evaluate(selectAndCheck, [iso2, [[`${iso2} label`, point]]] as [string, Points]);
        if (seen.places.join() !== iso2) failures.push(`${iso2}: the map framed ${seen.places.join() || 'nothing'}`);
        for (const [what, x, y, hit] of seen.covered) failures.push(`${what} at ${x},${y} hits ${hit}`);
      }
      expect(failures).toEqual([]);
      // The link records where the map ended up, so a shared link shows the same.
      expect(new URL(page.url()).searchParams.get('view')).toMatch(/^-?[\d.]+,-?[\d.]+,-?[\d.]+$/);
    });
  });
}

test.describe('walk and presentation framing, desktop', () => {
  test.use({ reducedMotion: 'reduce' });

  // Desktop only: on a phone the walk strip pushes the map below the fold (a layout matter,
  // see the report); the map still frames China, out of sight until the reader scrolls.
  test('a walk step on China shows China', async ({ page }) => {
    await openMap(page, './?country=CN');
    const article = page.getByRole('article', { name: /afhankelijkheden af/ });
    await article.getByRole('button', { name: /Loop de brief door vanaf hier/ }).click();
    await expect(page.getByRole('region', { name: 'Door de brief lopen' })).toContainText('2.7.1');
    await expect.poll(() => page.evaluate(() => window.__atlas!.framing()?.places.join())).toBe('CN');
    // The walk strip pushed the map down: the framing followed.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const cn = (await mentioned(page)).find((p) => p.iso2 === 'CN')!;
    const seen = await page.evaluate(checkInPage, [['Beijing', [116.4, 39.9]], ['Urumqi', [87.6, 43.8]], ['China label', cn.point]] as Points);
    expect(seen.covered).toEqual([]);
    expect((await page.evaluate(() => window.__atlas!.view())).zoom).toBeGreaterThan(1.5);
  });

  test('the NATO slide frames and outlines NATO, not France', async ({ page }) => {
    await openMap(page);
    const doc = await page.evaluate(async () => {
      const index = (await (await fetch('./data/atlas.json')).json()) as { documents: { id: string }[] };
      return (await (await fetch(`./data/letters/${index.documents[0]!.id}.json`)).json()) as LetterDocument;
    });
    const titles = doc.sections.filter((s) => doc.passages.some((p) => p.sectionPath.at(-1) === s.id)).map((s) => s.title);
    const step = titles.indexOf('We bouwen aan een Europese pijler binnen de NAVO') + 2;
    expect(step).toBeGreaterThan(1);
    await page.goto(`./?present=${step}`);
    await waitForMap(page);
    await expect(page.locator('#present-title')).toHaveText('We bouwen aan een Europese pijler binnen de NAVO');

    const members = await page.evaluate(async () => {
      const atlas = (await (await fetch('./data/atlas.json')).json()) as { regions: { id: string; members: string[] }[] };
      return atlas.regions.find((r) => r.id === 'nato')!.members;
    });
    await expect.poll(() => page.evaluate(() => window.__atlas!.framing()?.places.length ?? 0)).toBeGreaterThanOrEqual(members.length);
    const places = (await mentioned(page)).filter((p) => members.includes(p.iso2));
    expect(places.map((p) => p.iso2).sort()).toEqual([...members].sort());
    const seen = await page.evaluate(checkInPage, places.map((p) => [p.iso2, p.point]) as Points);
    expect(seen.covered).toEqual([]);
    // France is named in the section and painted; the camera is NATO's, from Alaska to Turkey.
    expect((await page.evaluate(() => window.__atlas!.featureState('FR')))['fill']).toBe('#154273');
    expect((await page.evaluate(() => window.__atlas!.view())).zoom).toBeLessThan(2.5);
    // NATO's outline is drawn.
    await expect.poll(() => page.evaluate(() => window.__atlas!.renderedRegions()), { timeout: 20_000 }).toContain('nato');
  });
});
