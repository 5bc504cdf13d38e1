/**
 * Link-preview cards (Open Graph / Twitter, 1200×630): the subject on the map, framed as the
 * live map frames it (a step further out, for context) and outlined, beside a title block large
 * enough to read in a chat's thumbnail (about 500 px wide, so every size here is ×0.4 there).
 * Pure: data in, SVG out; src/bake/png.ts rasterises it with the self-hosted Noto Sans.
 *
 *   const svg = previewSvg({
 *     countries, detail,                       // as the app loads them (overview; detailed shapes)
 *     paint: computeChoropleth(model, []).paint, // the letter's map with no theme chosen
 *     subject: { kind: 'country', iso2: 'UA' },  // or { kind: 'grouping', id, members: regionPlaces(model, id) }, or { kind: 'world' }
 *     text: { name: 'Oekraïne', count: '8 vermeldingen in 3 passages', source: 'Beleidsbrief … · Kamerstuk …', site: 'Beleidsatlas' },
 *   });
 *   const png = await renderPng(svg);
 *
 * The card's <title> is "name · site"; the page's og:image:alt is the baker's to write.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { CountriesCollection, CountryPaint, MapView } from '../map/contract';
import { DETAIL_ZOOM } from '../map/detailShapes';
import { lightPalette, type MapPalette } from '../map/style';
import { escapeXml } from '../render/escape';
import { frameView } from '../render/framing';
import { countryLayers, type CountryLayer } from '../render/layers';
import { fitViewProjection, inExtent, type Frame, type ViewBounds } from '../render/project';
import { hatchPattern, outlineSvg, shapeSvg } from '../render/shapes';
import { balancedWrap, fitText, wrapText, type FittedText } from '../render/textWidth';
import { LOCATOR_SPAN, locatorSvg } from './locator';

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export type PreviewSubject =
  | { kind: 'country'; iso2: string }
  /** A region or organisation: framed on its members, which are outlined as one (none: the world). */
  | { kind: 'grouping'; id: string; members: readonly string[] }
  /** The home page: the whole (inhabited) world. */
  | { kind: 'world' };

export interface PreviewText {
  /** The subject as a reader names it, e.g. "Oekraïne". */
  name: string;
  /** e.g. "8 vermeldingen in 3 passages". */
  count: string;
  /** e.g. "Beleidsbrief Buitenlandse Zaken 2026 · Kamerstuk 36 800 V, nr. 103" (breaks after " · " first). */
  source: string;
  /** "Beleidsatlas". */
  site: string;
}

export interface PreviewInput {
  /** The overview shapes with their properties, as the app loads them: framing uses these, as the live map does. */
  countries: CountriesCollection;
  /** The detailed shapes (withProperties(detail, overview)), drawn when the card is as close as the map's detail zoom. */
  detail?: CountriesCollection;
  paint: ReadonlyMap<string, CountryPaint>;
  /** The map's base colours (light, as the site shows them, by default); the title block is always light. */
  palette?: MapPalette;
  subject: PreviewSubject;
  text: PreviewText;
}

const { width: W, height: H } = PREVIEW_SIZE;
/** The title block on the left; the map fills the rest. */
const PANEL = 540;
const PAD = 44;
const TEXT_W = PANEL - 2 * PAD;
/** Where the map is drawn: right of the title block, to the card's edges. */
export const PREVIEW_MAP: Frame = { x: PANEL, y: 0, width: W - PANEL, height: H };
/** Shapes are clipped a little outside the card, so no outline runs along a cut edge. */
const BLEED = 12;
/**
 * A step back from the live map's framing (the subject fills about two thirds of the map, its
 * neighbours show), and never closer than ~20° across: Malta shows Sicily and Tunisia,
 * Fiji its neighbours in the Pacific.
 */
const ZOOM_OUT = 0.6;
const MAX_ZOOM = 4.5;
/** A big subject (Russia, the United States) needs less: at most this many degrees of longitude are added. */
const MAX_CONTEXT = 40;

/** How far to step back from the live framing `bounds` (a world view: not at all). */
function contextZoom(bounds: ViewBounds): number {
  const span = bounds.east - bounds.west;
  return Math.min(ZOOM_OUT, Math.log2((span + MAX_CONTEXT) / span));
}

const INK = '#1f2429';
const MUTED = '#4d5761';
/** The site's accent (Rijksoverheid dark blue, as the header and the app icon). */
const ACCENT = '#154273';
const FONT = "'Noto Sans', sans-serif";

const NAME_SIZES = [88, 80, 72, 64, 56, 50, 44, 40];
const COUNT_SIZES = [36, 34, 32, 30];
const SOURCE_SIZE = 24;
const SITE_SIZE = 32;
/** Cap height of Noto Sans, in em: text boxes run from the first line's caps to the last baseline. */
const CAP = 0.714;

/** The locator (a world map marking the view) in the map's lower right corner, and the room it takes. */
const LOCATOR: Frame = { x: W - 16 - 240, y: H - 16 - 136, width: 240, height: 136 };
const LOCATOR_COVER = { left: LOCATOR.x - PANEL - 12, top: LOCATOR.y - 12, right: W - PANEL, bottom: H };

/** Outlines, in px outside the shape, as bold as the live map's selection (3 px) at a thumbnail's scale. */
const OUTLINE_W = 3.5;
/** A subject smaller than this (px, its longer side) also gets a ring, so Malta is found at a glance. */
const SMALL_SUBJECT = 36;
/** Groupings up to this many members ring their small ones too. */
const RING_MEMBERS = 8;

export interface PreviewFrame {
  /** The camera the live map would have in the card's map box (a step further out, for context). */
  view: MapView;
  /** What the card's map shows (west/east may run past ±180 across the antimeridian). */
  bounds: ViewBounds;
  /** A close-up: the locator world map in the corner marks where it is. */
  locator: boolean;
}

/** Where a card looks: the subject framed in the map box, as the live map frames it, with context. */
export function previewFrame(input: Pick<PreviewInput, 'countries' | 'subject'>): PreviewFrame {
  const places = subjectPlaces(input.subject);
  const framing = { zoomOut: contextZoom(frameView(input.countries, places, PREVIEW_MAP).bounds), maxZoom: MAX_ZOOM };
  const wide = frameView(input.countries, places, PREVIEW_MAP, framing);
  if (wide.bounds.east - wide.bounds.west >= LOCATOR_SPAN) return { ...wide, locator: false };
  // A close-up gets the locator, and is framed again clear of it.
  return { ...frameView(input.countries, places, PREVIEW_MAP, { ...framing, covers: [LOCATOR_COVER] }), locator: true };
}

export function previewSvg(input: PreviewInput): string {
  const palette = input.palette ?? lightPalette;
  const { view, bounds, locator } = previewFrame(input);
  const projection = fitViewProjection(bounds, PREVIEW_MAP).clipExtent([
    [PREVIEW_MAP.x - BLEED, PREVIEW_MAP.y - BLEED],
    [PREVIEW_MAP.x + PREVIEW_MAP.width + BLEED, PREVIEW_MAP.y + PREVIEW_MAP.height + BLEED],
  ]);
  const drawn = input.detail && view.zoom >= DETAIL_ZOOM ? input.detail : input.countries;
  const shapes = countryLayers(drawn, input.paint, palette, projection, widen(bounds));
  const wanted = new Set(subjectPlaces(input.subject));
  const subject = shapes.filter((s) => wanted.has(s.iso2));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(`${input.text.name} · ${input.text.site}`)}</title>`,
    `<defs>${hatchPattern(palette)}</defs>`,
    mapSvg(shapes, subject, input, palette, projection, drawn),
    locator ? `<g class="locator">${locatorSvg(input.countries, LOCATOR, bounds, { palette, mark: markColour(input.subject, palette) })}</g>` : '',
    `<g class="title">${titleBlock(input.text)}</g>`,
    `</svg>`,
  ].join('\n');
}

/** The view and a tenth more each side: what lies in the bleed, and a dot's radius, is still drawn. */
function widen(b: ViewBounds): ViewBounds {
  const dx = (b.east - b.west) / 10;
  const dy = (b.north - b.south) / 10;
  return { west: b.west - dx, east: b.east + dx, south: b.south - dy, north: b.north + dy };
}

function subjectPlaces(subject: PreviewSubject): readonly string[] {
  switch (subject.kind) {
    case 'country':
      return [subject.iso2];
    case 'grouping':
      return subject.members;
    case 'world':
      return [];
  }
}

function mapSvg(shapes: CountryLayer[], subject: CountryLayer[], input: PreviewInput, palette: MapPalette, projection: GeoProjection, drawn: CountriesCollection): string {
  const border = { colour: palette.border, width: 0.75 };
  const grouping = input.subject.kind === 'grouping';
  const outline = outlineSvg(subject, {
    colour: markColour(input.subject, palette),
    width: OUTLINE_W,
    // The live map dashes region outlines 3:1.5 at 3 px.
    ...(grouping ? { dash: '14 7' } : {}),
    border,
  });
  const dots = shapes
    .filter((s) => s.dot && inExtent(projection, s.point))
    .map((s) => `<circle cx="${s.point[0]}" cy="${s.point[1]}" r="4.5" fill="${s.fill}" stroke="${palette.dotStroke}" stroke-width="1"/>`)
    .join('');
  return [
    `<rect x="${PREVIEW_MAP.x}" y="${PREVIEW_MAP.y}" width="${PREVIEW_MAP.width}" height="${PREVIEW_MAP.height}" fill="${palette.water}"/>`,
    `<g class="countries" stroke="${border.colour}" stroke-width="${border.width}" stroke-linejoin="round">${shapes.map((s) => shapeSvg(s, false)).join('')}</g>`,
    `<g class="subject">${outline}</g>`,
    `<g class="dots">${dots}</g>`,
    `<g class="rings">${rings(subject, input.subject, drawn, palette, projection)}</g>`,
  ].join('\n');
}

/** A country is outlined as the map outlines a selection, a grouping in the map's region colour. */
const markColour = (subject: PreviewSubject, palette: MapPalette): string => (subject.kind === 'grouping' ? palette.regionHighlight : palette.selected);

/**
 * A ring around each subject too small to see (Malta, Tuvalu, a point-only place), in the
 * outline's colour; in a grouping only when it has few members (Aruba, Curaçao and Sint
 * Maarten in the Kingdom's Caribbean part), or the Caribbean would fill with circles.
 */
function rings(subject: CountryLayer[], kind: PreviewSubject, drawn: CountriesCollection, palette: MapPalette, projection: GeoProjection): string {
  if (kind.kind === 'world' || (kind.kind === 'grouping' && kind.members.length > RING_MEMBERS)) return '';
  const path = geoPath(projection);
  return subject
    .map((s) => {
      const feature = drawn.features.find((f) => f.properties.iso2 === s.iso2);
      const [[x0, y0], [x1, y1]] = s.d && feature ? path.bounds(feature) : [s.point, s.point];
      if (Math.max(x1 - x0, y1 - y0) >= SMALL_SUBJECT) return '';
      const r = Math.max(22, Math.hypot(x1 - x0, y1 - y0) / 2 + 12);
      const [cx, cy] = s.d ? [(x0 + x1) / 2, (y0 + y1) / 2] : s.point;
      return `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${r.toFixed(1)}" fill="none" stroke="${markColour(kind, palette)}" stroke-width="${OUTLINE_W}"/>`;
    })
    .join('');
}

/** Lines of `fitted` text from baseline `y`, `lead` px apart. */
function lines(fitted: FittedText, y: number, lead: number, fill: string): string {
  return fitted.lines
    .map((l, i) => `<text x="${PAD}" y="${(y + i * lead).toFixed(1)}" font-size="${fitted.size}" fill="${fill}">${escapeXml(l)}</text>`)
    .join('');
}

/** The app icon (public/icons/icon.svg), `size` px square. */
function icon(x: number, y: number, size: number): string {
  return (
    `<g transform="translate(${x} ${y}) scale(${size / 512})"><rect width="512" height="512" rx="72" fill="${ACCENT}"/>` +
    `<circle cx="256" cy="256" r="176" fill="#dde6ed"/><path d="M256 80c-70 50-70 302 0 352M256 80c70 50 70 302 0 352M80 256h352M108 166h296M108 346h296" stroke="${ACCENT}" stroke-width="14" fill="none"/>` +
    `<circle cx="330" cy="190" r="34" fill="#e17000" stroke="#ffffff" stroke-width="8"/></g>`
  );
}

/**
 * Icon and site name at the top, the source at the foot, the name and count between them,
 * centred in the room left. All regular weight (the one Noto Sans file that ships): the
 * name stands out by size alone.
 */
function titleBlock(text: PreviewText): string {
  const iconSize = 44;
  const siteY = PAD + iconSize / 2 + (SITE_SIZE * CAP) / 2;
  const source = sourceLines(text.source);
  const sourceLead = SOURCE_SIZE * 1.3;
  const sourceY = H - PAD - (source.length - 1) * sourceLead;

  const name = fitText(text.name, NAME_SIZES, TEXT_W, 3);
  // The count on one line if it fits large enough, else on two, evened out.
  const oneLine = fitText(text.count, COUNT_SIZES, TEXT_W, 1);
  const count = oneLine.lines.length === 1 ? oneLine : fitText(text.count, COUNT_SIZES, TEXT_W, 2);
  const nameLead = name.size * 1.12;
  const countLead = count.size * 1.3;
  const gap = 0.42 * name.size;
  const blockH = name.size * CAP + (name.lines.length - 1) * nameLead + gap + count.size * CAP + (count.lines.length - 1) * countLead;
  const top = PAD + iconSize + 36;
  const bottom = sourceY - SOURCE_SIZE * CAP - 36;
  const nameY = Math.max(top, top + (bottom - top - blockH) / 2) + name.size * CAP;
  const countY = nameY + (name.lines.length - 1) * nameLead + gap + count.size * CAP;

  return [
    `<rect width="${PANEL}" height="${H}" fill="#ffffff"/>`,
    icon(PAD, PAD, iconSize),
    `<text x="${PAD + iconSize + 14}" y="${siteY.toFixed(1)}" font-size="${SITE_SIZE}" fill="${ACCENT}">${escapeXml(text.site)}</text>`,
    lines(name, nameY, nameLead, INK),
    lines(count, countY, countLead, MUTED),
    lines({ size: SOURCE_SIZE, lines: source }, sourceY, sourceLead, MUTED),
  ].join('\n');
}

/**
 * The source on as few lines as fit; where it must break, it breaks at its " · " first and the
 * dot goes ("Beleidsbrief Buitenlandse Zaken 2026" / "Kamerstuk 36 800 V, nr. 103").
 */
function sourceLines(source: string): string[] {
  const whole = wrapText(source, SOURCE_SIZE, TEXT_W);
  if (whole.length < 2) return whole;
  return source.split(/\s+·\s+/).flatMap((part) => balancedWrap(part, SOURCE_SIZE, TEXT_W));
}
