// @vitest-environment jsdom
/**
 * Link-preview cards (src/bake/preview.ts, src/bake/png.ts) on the real data, loaded as the app
 * loads it: the subject is framed and outlined inside the card, with its context; the texts are
 * there, escaped, and drawn in Noto Sans inside the title block; the PNG is a 1200×630 image
 * that decodes, and the same input gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeChoropleth } from '../../src/app/choropleth/paint';
import { loadAtlasData, type Fetcher } from '../../src/app/data/load';
import { buildModel, regionPlaces, type AtlasData, type AtlasModel } from '../../src/app/data/model';
import type { CountriesCollection, CountryPaint } from '../../src/map/contract';
import { lightPalette } from '../../src/map/style';
import { previewFontFile, renderPng, renderRgba, type RgbaImage } from '../../src/bake/png';
import { PREVIEW_MAP, PREVIEW_SIZE, previewFrame, previewSvg, type PreviewInput, type PreviewSubject } from '../../src/bake/preview';
import type { ViewBounds } from '../../src/render/project';
import { textWidth } from '../../src/render/textWidth';

// The generated data: `npm test` runs `npm run data` before the tests.
const fetcher: Fetcher = async (url) => {
  const body = readFileSync(url.replace(/^\.\/data\//, 'public/data/'), 'utf8');
  return { ok: true, status: 200, json: async () => JSON.parse(body) as unknown } as Response;
};

let data: AtlasData;
let detail: CountriesCollection;
let model: AtlasModel;
let paint: Map<string, CountryPaint>;

beforeAll(async () => {
  data = await loadAtlasData(fetcher, './');
  detail = await data.detail!();
  model = buildModel(data);
  paint = computeChoropleth(model, []).paint;
});

const SOURCE = 'Beleidsbrief Buitenlandse Zaken 2026 · Kamerstuk 36 800 V, nr. 103';
const text = (name: string, count = '8 vermeldingen in 3 passages') => ({ name, count, source: SOURCE, site: 'Beleidsatlas' });
const country = (iso2: string): PreviewSubject => ({ kind: 'country', iso2 });
const grouping = (id: string): PreviewSubject => ({ kind: 'grouping', id, members: regionPlaces(model, id) });
const input = (subject: PreviewSubject, name = 'Oekraïne', count?: string): PreviewInput => ({ countries: data.countries, detail, paint, subject, text: text(name, count) });

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

/** Every x,y of the path data in `el` (d3 writes absolute M/L commands). */
function points(el: Element): [number, number][] {
  const out: [number, number][] = [];
  for (const p of el.querySelectorAll('path')) {
    for (const m of (p.getAttribute('d') ?? '').matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)) out.push([Number(m[1]), Number(m[2])]);
  }
  for (const c of el.querySelectorAll('circle')) out.push([Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
  return out;
}

function box(pts: [number, number][]) {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/** Whether a view holds a place, on any turn of the world (a view may run past ±180°). */
const holds = (b: ViewBounds, [lng, lat]: [number, number]) =>
  lat >= b.south && lat <= b.north && [-360, 0, 360].some((t) => lng + t >= b.west && lng + t <= b.east);

describe('previewSvg: the subject framed on the map', () => {
  const mapArea = { left: PREVIEW_MAP.x, right: PREVIEW_MAP.x + PREVIEW_MAP.width, top: 0, bottom: PREVIEW_SIZE.height };

  it.each([
    ['UA', 0.3],
    ['CL', 0.05],
    ['NZ', 0.15],
    ['FJ', 0.04],
    ['FR', 0.2],
  ])('outlines %s wholly inside the map, large enough to see', (iso2, minShare) => {
    const doc = parse(previewSvg(input(country(iso2))));
    const outline = box(points(doc.querySelector('g.subject')!));
    // Clear of the title block and the card's edges: nothing of the main body is cut off.
    expect(outline.left).toBeGreaterThan(mapArea.left + 4);
    expect(outline.right).toBeLessThan(mapArea.right - 4);
    expect(outline.top).toBeGreaterThan(mapArea.top + 4);
    expect(outline.bottom).toBeLessThan(mapArea.bottom - 4);
    const share = Math.max((outline.right - outline.left) / PREVIEW_MAP.width, (outline.bottom - outline.top) / PREVIEW_MAP.height);
    expect(share).toBeGreaterThan(minShare);
    // …and not so close that no neighbour shows.
    expect(share).toBeLessThan(0.9);
  });

  it('rings a microstate and shows the region around it: Malta with Sicily and Tunisia', () => {
    const doc = parse(previewSvg(input(country('MT'), 'Malta')));
    const rings = [...doc.querySelectorAll('g.rings circle')];
    expect(rings).toHaveLength(1);
    const [cx, cy] = [Number(rings[0]!.getAttribute('cx')), Number(rings[0]!.getAttribute('cy'))];
    expect(cx).toBeGreaterThan(mapArea.left + 30);
    expect(cy).toBeGreaterThan(30);
    expect(cy).toBeLessThan(mapArea.bottom - 30);
    const { bounds } = previewFrame(input(country('MT')));
    expect(holds(bounds, [13.36, 38.12]), 'Palermo').toBe(true);
    expect(holds(bounds, [10.18, 36.81]), 'Tunis').toBe(true);
  });

  it('frames the main body: Norway from Kristiansand to the North Cape, without Svalbard', () => {
    const { bounds } = previewFrame(input(country('NO'), 'Noorwegen'));
    for (const [name, at] of [['Kristiansand', [8, 58.15]], ['Bergen', [5.3, 60.4]], ['North Cape', [25.8, 71.1]]] as const) {
      expect(holds(bounds, [...at]), name).toBe(true);
    }
    expect(holds(bounds, [15.6, 78.2]), 'Longyearbyen').toBe(false);
  });

  it('frames Fiji across the antimeridian, both main islands in one close view', () => {
    const { bounds, locator } = previewFrame(input(country('FJ')));
    expect(holds(bounds, [177.5, -17.8]), 'Viti Levu').toBe(true);
    expect(holds(bounds, [179.3, -16.6]), 'Vanua Levu').toBe(true);
    expect(bounds.east - bounds.west).toBeLessThan(40);
    expect(locator, 'a close-up says where on Earth it is').toBe(true);
  });

  it.each(['FJ', 'TO', 'KI', 'UA'])('marks where %s is on the locator, the mark whole inside it', (iso2) => {
    const doc = parse(previewSvg(input(country(iso2))));
    const rects = [...doc.querySelectorAll('g.locator rect')];
    const outer = rects.find((r) => r.getAttribute('fill') === lightPalette.water)!;
    const mark = doc.querySelector('g.locator g[stroke] rect')!;
    const [ox, ow] = [Number(outer.getAttribute('x')), Number(outer.getAttribute('width'))];
    const [mx, mw] = [Number(mark.getAttribute('x')), Number(mark.getAttribute('width'))];
    expect(mx).toBeGreaterThanOrEqual(ox);
    expect(mx + mw).toBeLessThanOrEqual(ox + ow);
  });

  it('frames Russia from Kaliningrad to Chukotka, and not the whole world', () => {
    const { bounds } = previewFrame(input(country('RU')));
    for (const [name, at] of [['Kaliningrad', [20.5, 54.7]], ['Moscow', [37.6, 55.75]], ['Kamchatka', [158.6, 53]], ['Chukotka', [177.5, 64.7]]] as const) {
      expect(holds(bounds, [...at]), name).toBe(true);
    }
    expect(bounds.east - bounds.west).toBeLessThan(300);
  });

  it('frames the United States with Alaska, and not the whole world', () => {
    const { bounds } = previewFrame(input(country('US'), 'Verenigde Staten'));
    for (const [name, at] of [['Miami', [-80.2, 25.8]], ['Seattle', [-122.3, 47.6]], ['Maine', [-69, 45.5]], ['Anchorage', [-149.9, 61.2]]] as const) {
      expect(holds(bounds, [...at]), name).toBe(true);
    }
    expect(bounds.east - bounds.west).toBeLessThan(220);
  });

  it.each(['eu', 'western-balkans', 'horn-of-africa', 'kingdom-caribbean', 'nato'])('frames %s on all its members and outlines them in the region colour', (id) => {
    const subject = grouping(id);
    const { bounds } = previewFrame(input(subject));
    const members = regionPlaces(model, id);
    expect(members.length).toBeGreaterThan(2);
    for (const iso2 of members) expect(holds(bounds, model.countryById.get(iso2)!.point), iso2).toBe(true);
    const doc = parse(previewSvg(input(subject)));
    const strokes = [...doc.querySelectorAll('g.subject g[stroke-dasharray], g.rings circle')].map((g) => g.getAttribute('stroke'));
    expect(strokes.length).toBeGreaterThan(0);
    expect(new Set(strokes)).toEqual(new Set([lightPalette.regionHighlight]));
  });

  it('shows the whole inhabited world for the home page, with no outline and no locator', () => {
    const frame = previewFrame(input({ kind: 'world' }, 'Beleidsbrief Buitenlandse Zaken 2026'));
    expect(frame.bounds.east - frame.bounds.west).toBeGreaterThan(350);
    for (const at of [[-149.9, 61.2], [174.8, -41.3], [-70.9, -53.2], [18.4, -33.9], [25, 70]] as const) expect(holds(frame.bounds, [...at])).toBe(true);
    const doc = parse(previewSvg(input({ kind: 'world' }, 'Beleidsbrief Buitenlandse Zaken 2026')));
    expect(doc.querySelector('g.subject')!.children).toHaveLength(0);
    expect(doc.querySelector('g.locator')).toBeNull();
  });

  it('paints the map in the colours of the live map: the choropleth, the hatch, home orange', () => {
    const svg = previewSvg(input(grouping('eu'), 'Europese Unie'));
    expect(svg).toContain(`fill="${paint.get('UA')!.fill}"`);
    expect(svg).toContain('fill="url(#via-hatch)"');
    expect(svg).toContain(`fill="${lightPalette.home}"`);
    expect(svg).toContain(`fill="${lightPalette.water}"`);
  });
});

describe('previewSvg: the title block', () => {
  it('carries the name, count, source and site name, in regular Noto Sans', () => {
    const doc = parse(previewSvg(input(country('UA'))));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const texts = [...doc.querySelectorAll('g.title text')].map((t) => t.textContent);
    expect(texts).toEqual(['Beleidsatlas', 'Oekraïne', '8 vermeldingen in 3 passages', 'Beleidsbrief Buitenlandse Zaken 2026', 'Kamerstuk 36 800 V, nr. 103']);
    expect(doc.documentElement.getAttribute('font-family')).toMatch(/^'Noto Sans'/);
    expect(doc.querySelectorAll('[font-weight]')).toHaveLength(0);
  });

  it('never turns text into markup', () => {
    const svg = previewSvg(input(country('UA'), '<script>alert("x")</script> & \'Co\''));
    const doc = parse(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect([...doc.querySelectorAll('g.title text')].map((t) => t.textContent).join(' ')).toContain('<script>alert("x")</script> & \'Co\'');
    expect(() => new Resvg(svg)).not.toThrow();
  });

  it('wraps a long name onto lines that fit the title block, breaking after a hyphen', () => {
    const doc = parse(previewSvg(input(country('CF'), 'Centraal-Afrikaanse Republiek')));
    const lines = [...doc.querySelectorAll('g.title text')].slice(1, -3);
    expect(lines.map((l) => l.textContent)).toEqual(['Centraal-', 'Afrikaanse', 'Republiek']);
  });
});

/** Pixels darker than `max` in each channel, within a rectangle. */
function dark(img: RgbaImage, r: { left: number; top: number; right: number; bottom: number }, max = 110): number {
  let n = 0;
  for (let y = r.top; y < r.bottom; y++) {
    for (let x = r.left; x < r.right; x++) {
      const i = (y * img.width + x) * 4;
      if (img.pixels[i]! < max && img.pixels[i + 1]! < max && img.pixels[i + 2]! < max) n++;
    }
  }
  return n;
}

/** The PNG's chunks, each checked against its CRC; the image data inflated. */
function decodePng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  const ihdr = chunks[0]!;
  expect(ihdr.type).toBe('IHDR');
  expect(chunks.at(-1)!.type).toBe('IEND');
  const [width, height, depth, colour] = [ihdr.data.readUInt32BE(0), ihdr.data.readUInt32BE(4), ihdr.data[8]!, ihdr.data[9]!];
  const pixels = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  return { width, height, depth, colour, pixels };
}

describe('renderPng: the card as an image', () => {
  it('is a 1200×630 PNG that decodes', async () => {
    const png = await renderPng(previewSvg(input(country('UA'))));
    const { width, height, depth, colour, pixels } = decodePng(png);
    expect([width, height]).toEqual([1200, 630]);
    const channels = { 2: 3, 6: 4 }[colour];
    expect(depth).toBe(8);
    expect(channels).toBeDefined();
    // One filter byte a row, then the row's pixels: every row is there.
    expect(pixels.length).toBe(height * (1 + width * channels!));
  });

  it('draws the name in the title block in Noto Sans, as wide as its metrics say', async () => {
    const img = await renderRgba(previewSvg(input(country('UA'))));
    expect([img.width, img.height]).toEqual([1200, 630]);
    // The name's line, between the site name and the count.
    expect(dark(img, { left: 40, top: 230, right: 500, bottom: 330 })).toBeGreaterThan(3000);
    // Nothing of the text runs into the title block's right margin.
    expect(dark(img, { left: 500, top: 0, right: 540, bottom: 630 })).toBe(0);
  });

  it('measures text as the rasteriser sets it (the wrap in a pure function depends on it)', async () => {
    const font = await previewFontFile();
    for (const line of ['Oekraïne', 'Verenigde Staten', 'Centraal-Afrikaanse', 'Kamerstuk 36 800 V, nr. 103', 'WWW mmm iii']) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="200"><text x="10" y="150" font-size="100" font-family="Noto Sans">${line}</text></svg>`;
      const ink = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [font] } }).getBBox()!;
      // Ink lies within the advance widths (side bearings), and close to them: the metrics are Noto Sans'.
      expect(ink.width, line).toBeLessThanOrEqual(textWidth(line, 100));
      expect(ink.width, line).toBeGreaterThan(textWidth(line, 100) * 0.9);
    }
  });

  it('keeps the longest names in the title block', async () => {
    for (const name of ['Zuid-Georgia en de Zuidelijke Sandwicheilanden', 'Brits Indische Oceaanterritorium', 'Caribisch deel van het Koninkrijk']) {
      const img = await renderRgba(previewSvg(input(country('GS'), name, '1 vermelding in 1 passage')));
      expect(dark(img, { left: 500, top: 0, right: 540, bottom: 630 }), name).toBe(0);
      expect(dark(img, { left: 40, top: 100, right: 500, bottom: 500 }), name).toBeGreaterThan(2000);
    }
  });

  it('gives the same bytes for the same card', async () => {
    const a = await renderPng(previewSvg(input(grouping('eu'), 'Europese Unie')));
    const b = await renderPng(previewSvg(input(grouping('eu'), 'Europese Unie')));
    expect(previewSvg(input(grouping('eu'), 'Europese Unie'))).toBe(previewSvg(input(grouping('eu'), 'Europese Unie')));
    expect(a.equals(b)).toBe(true);
  });

  it('refuses a letter the shipped font cannot draw, rather than drawing a box', async () => {
    await expect(renderPng(previewSvg(input(country('PL'), 'Łódź')))).rejects.toThrow(/"Ł"/);
  });
});
