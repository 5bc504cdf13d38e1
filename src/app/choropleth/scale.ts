/**
 * Choropleth classes. Counts are small integers with a long tail (a handful of
 * countries get most mentions), so class breaks are quantiles of the positive
 * values, rounded to whole mentions, rather than equal intervals.
 */
// d3-array rather than d3-scale's quantile/threshold scales (the same two functions inside):
// d3-scale is one module, and sharing it with the panel's linear scale would pull its colour
// interpolation (~8 KiB) into the first load.
import { bisectRight, quantileSorted } from 'd3-array';

/** The class colours, light to dark, come with the data (atlas.json classColours, src/pipeline/palette.ts). */
export type ClassColours = readonly string[];

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
export function classThresholds(values: readonly number[], k: number): number[] {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (positive.length === 0) return [];
  const distinct = [...new Set(positive)];
  if (distinct.length <= k) return distinct.slice(1);
  // The k-quantile thresholds, as scaleQuantile().quantiles() computes them.
  const quantiles = Array.from({ length: k - 1 }, (_, i) => quantileSorted(positive, (i + 1) / k)!);
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
export function pickColours(n: number, palette: ClassColours): string[] {
  const k = palette.length;
  if (n <= 0 || k === 0) return [];
  if (n === 1) return [palette[Math.floor(k / 2)]!];
  return Array.from({ length: n }, (_, i) => palette[Math.round((i * (k - 1)) / (n - 1))]!);
}

/** As many classes as the palette has colours, fewer when there are fewer distinct values. */
export function buildScale(values: readonly number[], palette: ClassColours): ChoroplethScale {
  const thresholds = classThresholds(values, palette.length);
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return { colour: () => palette[0]!, classes: [] };
  const colours = pickColours(thresholds.length + 1, palette);
  // A threshold scale: values below thresholds[0] take colours[0], and so on.
  const scale = (v: number): string => colours[bisectRight(thresholds, v)]!;
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
