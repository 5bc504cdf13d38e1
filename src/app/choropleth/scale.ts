/**
 * Choropleth classes. Counts are small integers with a long tail (a handful of
 * countries get most mentions), so class breaks are quantiles of the positive
 * values, rounded to whole mentions, rather than equal intervals.
 */
import { scaleQuantile, scaleThreshold, type ScaleThreshold } from 'd3-scale';
import { schemeBlues } from 'd3-scale-chromatic';

/**
 * Sequential, colour-blind safe (single hue). The two lightest Blues are skipped:
 * next to the map's off-white land they were almost invisible (contrast < 1.3:1).
 */
export const CLASS_COLOURS: readonly string[] = (schemeBlues[7] as readonly string[]).slice(2);
export const MAX_CLASSES = CLASS_COLOURS.length;

export interface ClassRange {
  min: number;
  /** Inclusive; equal to min for a one-value class. */
  max: number;
  colour: string;
}

export interface ChoroplethScale {
  colour: (value: number) => string;
  classes: ClassRange[];
}

/** Integer thresholds t such that class i covers [t[i-1], t[i]). */
export function classThresholds(values: readonly number[], k = MAX_CLASSES): number[] {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (positive.length === 0) return [];
  const distinct = [...new Set(positive)];
  if (distinct.length <= k) return distinct.slice(1);
  const quantiles = scaleQuantile<number>()
    .domain(positive)
    .range(Array.from({ length: k }, (_, i) => i))
    .quantiles();
  const min = distinct[0]!;
  const max = distinct[distinct.length - 1]!;
  const out: number[] = [];
  for (const q of quantiles) {
    const t = Math.ceil(q);
    if (t > min && t <= max && !out.includes(t) && (out.length === 0 || t > out[out.length - 1]!)) out.push(t);
  }
  return out;
}

/** Spread n colours over the palette so a few classes still span light to dark. */
export function pickColours(n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [CLASS_COLOURS[Math.floor(MAX_CLASSES / 2)]!];
  return Array.from({ length: n }, (_, i) => CLASS_COLOURS[Math.round((i * (MAX_CLASSES - 1)) / (n - 1))]!);
}

export function buildScale(values: readonly number[]): ChoroplethScale {
  const thresholds = classThresholds(values);
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return { colour: () => CLASS_COLOURS[0]!, classes: [] };
  const colours = pickColours(thresholds.length + 1);
  const scale: ScaleThreshold<number, string> = scaleThreshold<number, string>().domain(thresholds).range(colours);
  const min = Math.min(...positive);
  const max = Math.max(...positive);
  const bounds = [min, ...thresholds];
  const classes = bounds.map((lo, i) => ({
    min: lo,
    max: i + 1 < bounds.length ? bounds[i + 1]! - 1 : max,
    colour: colours[i]!,
  }));
  return { colour: (v) => scale(v), classes };
}
