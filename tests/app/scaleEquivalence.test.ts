/**
 * The choropleth's class maths is hand-written to keep d3-scale out of the client bundle;
 * it must give exactly what d3 gives (d3 stays a dev-time reference here).
 */
import { scaleQuantile, scaleThreshold } from 'd3-scale';
import { schemeBlues } from 'd3-scale-chromatic';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildScale, CLASS_COLOURS, quantileSorted } from '../../src/app/choropleth/scale';

describe('choropleth scale equals d3', () => {
  it('uses d3 Blues', () => {
    expect(CLASS_COLOURS).toEqual((schemeBlues[7] as string[]).slice(2));
  });

  it('quantiles equal scaleQuantile().quantiles()', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 300 }), fc.integer({ min: 2, max: 9 }), (values, k) => {
        const sorted = [...values].sort((a, b) => a - b);
        const d3q = scaleQuantile<number>().domain(values).range(Array.from({ length: k }, (_, i) => i)).quantiles();
        expect(Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k))).toEqual(d3q);
      }),
      { numRuns: 500 },
    );
  });

  it('colours equal scaleThreshold over the same classes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 250 }), (values) => {
        const { colour, classes } = buildScale(values);
        if (classes.length === 0) return;
        const d3 = scaleThreshold<number, string>().domain(classes.slice(1).map((c) => c.min)).range(classes.map((c) => c.colour));
        for (const v of values.filter((x) => x > 0)) expect(colour(v)).toBe(d3(v));
      }),
      { numRuns: 500 },
    );
  });
});
