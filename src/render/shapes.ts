/**
 * SVG markup for the country layer (string renderers: the image export and the baked link
 * previews), so every SVG map draws a country, its hatch and an outline the same way.
 */
import { HATCH_OPACITY, type MapPalette } from '../map/style';
import { escapeXml } from './escape';
import type { CountryLayer } from './layers';

export const HATCH_ID = 'via-hatch';

/** The diagonal hatch over countries reached only through a region/organisation; goes in <defs>. */
export function hatchPattern(palette: MapPalette): string {
  return `<pattern id="${HATCH_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${palette.land}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${palette.hatch}" stroke-opacity="${HATCH_OPACITY.toFixed(2)}" stroke-width="1.5"/></pattern>`;
}

/** A country's fill (and hatch); `title` names it by iso2 for tools that inspect the file. */
export function shapeSvg(s: CountryLayer, title = true): string {
  if (!s.d) return '';
  const name = title ? `<title>${escapeXml(s.iso2)}</title>` : '';
  const hatch = s.viaOnly ? `<path d="${s.d}" fill="url(#${HATCH_ID})"/>` : '';
  return `<path d="${s.d}" fill="${s.fill}">${name}</path>${hatch}`;
}

export interface OutlineStyle {
  colour: string;
  /** Width of the line outside the shapes, in px. */
  width: number;
  /** SVG stroke-dasharray, for a grouping (the live map dashes region outlines). */
  dash?: string;
  /** Stroke of the borders redrawn over the fills, as the base layer draws them. */
  border: { colour: string; width: number };
}

/**
 * A line around `shapes` on the outside of their edge only: a stroke twice as wide under their
 * own fills, which are drawn again over it and hide its inner half and every border the shapes
 * share. So a grouping is outlined as one body without a geometry union, and the outline never
 * covers the small country it points at.
 */
export function outlineSvg(shapes: readonly CountryLayer[], style: OutlineStyle): string {
  const drawn = shapes.filter((s) => s.d);
  if (!drawn.length) return '';
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  const line = drawn.map((s) => `<path d="${s.d}"/>`).join('');
  const fills = drawn.map((s) => shapeSvg(s, false)).join('');
  return (
    `<g fill="none" stroke="${style.colour}" stroke-width="${style.width * 2}" stroke-linejoin="round"${dash}>${line}</g>` +
    `<g stroke="${style.border.colour}" stroke-width="${style.border.width}" stroke-linejoin="round">${fills}</g>`
  );
}
