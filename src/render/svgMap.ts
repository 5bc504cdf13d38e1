/**
 * A self-contained SVG of the current view: title, active themes, the choropleth, legend,
 * source line and date baked in, the selected country outlined. Rendered with d3-geo, so it
 * works where WebGL does not; the PNG export rasterises this same SVG.
 */
import type { LegendData } from '../app/choropleth/paint';
import type { CountriesCollection, CountryPaint } from '../map/contract';
import type { MapPalette } from '../map/style';
import { escapeXml } from './escape';
import { countryLayers } from './layers';
import { hatchPattern, shapeSvg } from './shapes';
import { fitProjection, fitViewProjection, inExtent, type Frame, type ViewBounds } from './project';

export interface SvgMapText {
  title: string;
  /** e.g. "Thema's: Veiligheid en defensie, Migratie" */
  subtitle: string;
  legendTitle: string;
  /** Label per legend class, e.g. "1–2 vermeldingen". */
  classLabels: string[];
  viaOnlyLabel: string;
  homeLabel: string;
  /** "Bron: Beleidsbrief Buitenlandse Zaken 2026, Kamerstuk 36 800 V, nr. 103 · Natural Earth" */
  source: string;
  /** The export date, as the user reads it. */
  date: string;
  /** Accessible description of the image. */
  description: string;
}

export interface SvgMapInput {
  countries: CountriesCollection;
  paint: ReadonlyMap<string, CountryPaint>;
  legend: LegendData;
  palette: MapPalette;
  selected: string | null;
  width: number;
  height: number;
  text: SvgMapText;
  /** Crop to this box (what the live map shows, in its Mercator); absent = the whole world. */
  view?: ViewBounds | null;
  /**
   * CSS font-family for all text; the exported file names a generic fallback too. All text is
   * regular weight: only Noto Sans 400 ships (the PNG export embeds it), so headings stand out
   * by size and colour, never by a bold face the browser would have to fake.
   */
  fontFamily?: string;
}

const HEADER = 64;
const FOOTER = 40;
const LEGEND_W = 200;

/** Where the map sits in an image of this size: between the title and the source line. */
export const mapFrameOf = (width: number, height: number): Frame => ({ x: 12, y: HEADER, width: width - 24, height: height - HEADER - FOOTER });

export function renderMapSvg(input: SvgMapInput): string {
  const { width, height, palette, text, paint, legend } = input;
  const font = escapeXml(input.fontFamily ?? "'Noto Sans', 'DejaVu Sans', Arial, sans-serif");
  const mapFrame = mapFrameOf(width, height);
  const projection = input.view ? fitViewProjection(input.view, mapFrame) : fitProjection(input.countries, mapFrame);
  const shapes = countryLayers(input.countries, paint, palette, projection);

  const countryPaths = shapes.map((s) => shapeSvg(s)).join('');
  const dots = shapes
    .filter((s) => s.dot && inExtent(projection, s.point))
    .map((s) => `<circle cx="${s.point[0]}" cy="${s.point[1]}" r="3" fill="${s.fill}" stroke="${palette.dotStroke}" stroke-width="0.75"/>`)
    .join('');
  const sel = input.selected ? shapes.find((s) => s.iso2 === input.selected) : undefined;
  const selected = sel
    ? sel.d
      ? `<path d="${sel.d}" fill="none" stroke="${palette.selected}" stroke-width="2" stroke-linejoin="round"/>`
      : `<circle cx="${sel.point[0]}" cy="${sel.point[1]}" r="5" fill="none" stroke="${palette.selected}" stroke-width="2"/>`
    : '';

  // Legend box in the lower left, where the map has ocean for most framings.
  const rows: string[] = [];
  const legendEntries = [
    ...legend.classes.map((c, i) => ({ swatch: `fill="${c.colour}"`, label: text.classLabels[i] ?? `${c.min}–${c.max}` })),
    ...(legend.hasViaOnly ? [{ swatch: `fill="url(#via-hatch)"`, label: text.viaOnlyLabel }] : []),
    { swatch: `fill="${palette.home}"`, label: text.homeLabel },
  ];
  const legendH = 26 + legendEntries.length * 18;
  // No text metrics in a pure function: ~0.55 em per character (title) and ~0.5 em (rows) are
  // generous for Noto Sans Regular, so long labels (Dutch ones are) stay inside the box.
  const legendW = Math.max(LEGEND_W, Math.ceil(Math.max(text.legendTitle.length * 7.2, ...legendEntries.map((e) => 30 + e.label.length * 5.4)) + 16));
  const lx = 16;
  const ly = height - FOOTER - legendH - 8;
  legendEntries.forEach((e, i) => {
    // First row below the legend title (its baseline is at ly + 16), not on top of it.
    const y = ly + 34 + i * 18;
    rows.push(
      `<rect x="${lx + 8}" y="${y - 11}" width="16" height="12" ${e.swatch} stroke="${palette.border}" stroke-width="0.5"/>` +
        `<text x="${lx + 30}" y="${y}" font-size="11">${escapeXml(e.label)}</text>`,
    );
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title map-desc" font-family="${font}">`,
    `<title id="map-title">${escapeXml(text.title)}</title>`,
    `<desc id="map-desc">${escapeXml(text.description)}</desc>`,
    `<defs>${hatchPattern(palette)}</defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect x="${mapFrame.x}" y="${mapFrame.y}" width="${mapFrame.width}" height="${mapFrame.height}" fill="${palette.water}"/>`,
    `<g stroke="${palette.border}" stroke-width="0.4" stroke-linejoin="round">${countryPaths}</g>`,
    `<g>${dots}</g>`,
    selected,
    `<text x="16" y="30" font-size="22" fill="#1f2429">${escapeXml(text.title)}</text>`,
    `<text x="16" y="50" font-size="13" fill="#3d4852">${escapeXml(text.subtitle)}</text>`,
    `<g class="legend" fill="#1f2429"><rect x="${lx}" y="${ly}" width="${legendW}" height="${legendH}" fill="#ffffff" fill-opacity="0.92" stroke="${palette.border}" stroke-width="0.5"/>`,
    `<text x="${lx + 8}" y="${ly + 16}" font-size="13">${escapeXml(text.legendTitle)}</text>${rows.join('')}</g>`,
    `<text x="16" y="${height - 14}" font-size="11" fill="#3d4852">${escapeXml(text.source)}</text>`,
    `<text x="${width - 16}" y="${height - 14}" font-size="11" fill="#3d4852" text-anchor="end">${escapeXml(text.date)}</text>`,
    `</svg>`,
  ].join('\n');
}
