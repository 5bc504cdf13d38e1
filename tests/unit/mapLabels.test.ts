/** Country labels in the presentation are read from the back of a classroom: never under 16 px. */
import { createPropertyExpression, latest, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle, LAYER, type LabelSize } from '../../src/map/style';

function labelSizeAt(labels: LabelSize | undefined, zoom: number): number {
  const layer = buildStyle({ lang: 'nl', labels }).layers.find((l) => l.id === LAYER.labels)!;
  const size = (layer as { layout: Record<string, unknown> }).layout['text-size'];
  const spec = (latest as unknown as { layout_symbol: Record<string, StylePropertySpecification> }).layout_symbol['text-size']!;
  const parsed = createPropertyExpression(size, 'layers[country-labels].layout.text-size', spec);
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
  return parsed.value.evaluate({ zoom }) as number;
}

const zooms = Array.from({ length: 33 }, (_, i) => i / 4); // 0 … 8, past every zoom the presentation frames

describe('map label size', () => {
  it('the presentation style is valid', () => {
    expect(validateStyleMin(buildStyle({ lang: 'en', labels: 'large' })).map((e) => e.message)).toEqual([]);
  });

  it('is at least 16 px at every zoom in the presentation', () => {
    for (const z of zooms) expect(labelSizeAt('large', z), `zoom ${z}`).toBeGreaterThanOrEqual(16);
  });

  it('is larger in the presentation than on the explorer map, which keeps its small labels', () => {
    expect(labelSizeAt(undefined, 1.5)).toBeLessThan(16);
    for (const z of zooms) expect(labelSizeAt('large', z), `zoom ${z}`).toBeGreaterThan(labelSizeAt('normal', z));
  });
});
