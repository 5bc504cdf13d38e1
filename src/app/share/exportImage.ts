/**
 * Image export, loaded on demand (d3-geo and the SVG renderer stay out of the first load).
 * The SVG comes from the same pure renderer as everywhere else; the PNG rasterises that SVG.
 */
import type { TFunction } from 'i18next';
import notoRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { computeChoropleth } from '../choropleth/paint';
import type { AtlasModel } from '../data/model';
import type { UrlState } from '../url/state';
import { lightPalette } from '../../map/style';
import type { MapView } from '../../map/contract';
import { visibleBounds, type ViewBounds } from '../../render/project';
import { mapFrameOf, renderMapSvg } from '../../render/svgMap';
import { compareDrawing } from './compareExport';
import { EXPORT_SIZE, exportFileName, exportText, isoDay } from './exportText';

/**
 * `countries`: the shapes to draw; exports use the detailed level when it can be had.
 * `view`: the box on screen (src/render/project.ts visibleBounds); null for the whole world.
 */
function buildExportSvg(model: AtlasModel, s: UrlState, t: TFunction, day: string, countries = model.data.countries, view: ViewBounds | null = null): string {
  // A comparison on screen is a comparison in the image; otherwise the mentions under the themes.
  const drawing = compareDrawing(model, s, t, day, lightPalette) ?? themeDrawing(model, s, t, day);
  return renderMapSvg({ countries, ...drawing, palette: lightPalette, selected: s.country, ...EXPORT_SIZE, view });
}

function themeDrawing(model: AtlasModel, s: UrlState, t: TFunction, day: string) {
  const { paint, legend } = computeChoropleth(model, s.themes);
  return { paint, legend, text: exportText(model, s, legend, t, day) };
}

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * An SVG drawn through <img> cannot see the page's web fonts, so the self-hosted Noto Sans
 * goes in as a data: URL (a same-origin file, nothing remote). If that fails the text still
 * renders in the fallback families the SVG names. Regular (400) only, the one weight that ships
 * and the file the map labels use: the SVG sets no bold text (src/render/svgMap.ts).
 */
async function withEmbeddedFonts(svg: string): Promise<string> {
  try {
    const regular = await dataUrl(notoRegular);
    const css = `@font-face{font-family:'Noto Sans';font-weight:400;src:url(${regular}) format('woff2')}`;
    return svg.replace(/^(<svg[^>]*>)/, `$1<style>${css}</style>`);
  } catch {
    return svg;
  }
}

async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([await withEmbeddedFonts(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('SVG could not be drawn'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface ExportRequest {
  format: 'svg' | 'png';
  scale?: number;
  /** The map's centre and zoom to crop to, or null for the whole world. */
  view: MapView | null;
  /** The live map's size on screen (how much a view shows); without one, the image's own map area. */
  mapSize?: { width: number; height: number } | null;
  now?: Date;
}

export async function exportView(model: AtlasModel, s: UrlState, t: TFunction, { format, scale = 1, view: centre, mapSize, now = new Date() }: ExportRequest): Promise<string> {
  const day = isoDay(now);
  const view = centre ? visibleBounds(centre, mapSize ?? mapFrameOf(EXPORT_SIZE.width, EXPORT_SIZE.height)) : null;
  // An image for publication gets the detailed shapes; offline without them, the overview will do.
  const detailed = await model.data.detail?.().catch(() => undefined);
  const svg = buildExportSvg(model, s, t, day, detailed, view);
  const name = exportFileName(s, day, format, format === 'png' ? scale : 1, view ? 'view' : 'world');
  const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg, EXPORT_SIZE.width, EXPORT_SIZE.height, scale);
  saveBlob(blob, name);
  return name;
}
