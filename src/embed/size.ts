/**
 * The embed's planned size: one pure rule for the height at a width, shared by the embed
 * builder (which states it in the code to paste) and the embedded page (which keeps to it).
 */

export interface SizePreset {
  id: 'small' | 'medium' | 'large' | 'responsive';
  /** null = as wide as the column (no max-width). */
  width: number | null;
  height: number;
}

/** The planned height's bounds: a phone column at the bottom, a wide column at the top. */
const PLANNED_MIN = 440;
const PLANNED_MAX = 600;

/**
 * How tall an embed is at a given width: 400 px plus a quarter of the width, between
 * PLANNED_MIN and PLANNED_MAX. The embedded page keeps to it whatever is chosen (the map
 * takes what the credit line, legend and card leave), so the builder can state it and a
 * fixed-size iframe never cuts anything off. An integer, so height messages match it exactly.
 */
export function plannedHeight(width: number): number {
  return Math.round(Math.min(PLANNED_MAX, Math.max(PLANNED_MIN, 400 + width / 4)));
}

const preset = (id: SizePreset['id'], width: number | null): SizePreset => ({ id, width, height: plannedHeight(width ?? Infinity) });

/**
 * 400 × 500, 640 × 560, 960 × 600. The full-column size states the tallest the embed gets
 * (at 800 px and wider), so a fixed 600 px iframe holds it in any column.
 */
export const SIZE_PRESETS: readonly SizePreset[] = [preset('small', 400), preset('medium', 640), preset('large', 960), preset('responsive', null)];
