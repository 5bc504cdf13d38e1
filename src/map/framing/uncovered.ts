/**
 * The parts of the map box no overlay covers (legend, phone sheet, panels marked
 * `data-map-cover`): every maximal uncovered rectangle, so the framing can pick the one its
 * subject fits best (a tall country beside the legend, a wide one above it). Pure.
 */
import type { Size } from './mercator';

/** Pixels in the map box, from its top left. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const rectWidth = (r: Rect): number => r.right - r.left;
export const rectHeight = (r: Rect): number => r.bottom - r.top;
export const rectArea = (r: Rect): number => Math.max(0, rectWidth(r)) * Math.max(0, rectHeight(r));

const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** The covers clipped to the box; those that miss it (a panel beside the map) drop out. */
function clipCovers(size: Size, covers: readonly Rect[]): Rect[] {
  return covers
    .map((c) => ({
      left: Math.max(0, c.left),
      top: Math.max(0, c.top),
      right: Math.min(size.width, c.right),
      bottom: Math.min(size.height, c.bottom),
    }))
    .filter((c) => rectWidth(c) >= 1 && rectHeight(c) >= 1);
}

/**
 * Maximal rectangles of the box that no cover overlaps, largest first. Their edges lie on the
 * box's and the covers' edges, so the candidates are the rectangles of that grid; one is
 * maximal when none of its sides can move out to the next grid line without hitting a cover.
 */
export function uncoveredRects(size: Size, covers: readonly Rect[]): Rect[] {
  const clipped = clipCovers(size, covers);
  const full: Rect = { left: 0, top: 0, right: size.width, bottom: size.height };
  if (!clipped.length) return [full];
  const grid = (edges: number[]) => [...new Set(edges)].sort((a, b) => a - b);
  const xs = grid([0, size.width, ...clipped.flatMap((c) => [c.left, c.right])]);
  const ys = grid([0, size.height, ...clipped.flatMap((c) => [c.top, c.bottom])]);
  const free = (i: number, j: number, k: number, l: number): boolean => {
    const r = { left: xs[i]!, right: xs[j]!, top: ys[k]!, bottom: ys[l]! };
    return !clipped.some((c) => overlaps(c, r));
  };
  const out: Rect[] = [];
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++)
      for (let k = 0; k < ys.length; k++)
        for (let l = k + 1; l < ys.length; l++) {
          if (!free(i, j, k, l)) continue;
          const grows = (i > 0 && free(i - 1, j, k, l)) || (j < xs.length - 1 && free(i, j + 1, k, l)) ||
            (k > 0 && free(i, j, k - 1, l)) || (l < ys.length - 1 && free(i, j, k, l + 1));
          if (!grows) out.push({ left: xs[i]!, top: ys[k]!, right: xs[j]!, bottom: ys[l]! });
        }
  return out.sort((a, b) => rectArea(b) - rectArea(a));
}
