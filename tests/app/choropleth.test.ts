import { describe, expect, it } from 'vitest';
import { contrastRatio, over } from '../../src/app/choropleth/contrast';
import { computeChoropleth, HOME_FILL, VIA_ONLY_FILL } from '../../src/app/choropleth/paint';
import { buildScale, classThresholds, pickColours } from '../../src/app/choropleth/scale';
import { choroplethColours } from '../../src/pipeline/palette';
import { darkPalette, hatchImage, HATCH_OPACITY, lightPalette, VIA_ONLY_OPACITY } from '../../src/map/style';
import { fixtureModel } from './helpers';

const CLASS_COLOURS = choroplethColours();

describe('classThresholds', () => {
  const cases: [string, number[], number[]][] = [
    ['no values', [], []],
    ['zeros only', [0, 0], []],
    ['one value', [3, 3], []],
    ['few distinct values: one class each', [1, 2, 4, 7], [2, 4, 7]],
    ['long tail: quantiles of the countries, ties collapse', [1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 7, 9, 12, 20], [2, 3, 7]],
  ];
  it.each(cases)('%s', (_n, values, expected) => {
    expect(classThresholds(values, 5)).toEqual(expected);
  });

  it('never yields more than five classes, and thresholds ascend', () => {
    const values = Array.from({ length: 200 }, (_, i) => (i * 7919) % 97);
    const t = classThresholds(values, 5);
    expect(t.length).toBeLessThanOrEqual(4);
    expect([...t].sort((a, b) => a - b)).toEqual(t);
  });
});

describe('buildScale', () => {
  it('classes cover every value from min to max without gaps', () => {
    const values = [1, 1, 2, 3, 3, 4, 6, 9, 14];
    const { classes, colour } = buildScale(values, CLASS_COLOURS);
    expect(classes[0]!.min).toBe(1);
    expect(classes.at(-1)!.max).toBe(14);
    for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBe(classes[i - 1]!.max + 1);
    for (const v of values) {
      const cls = classes.find((c) => v >= c.min && v <= c.max)!;
      expect(colour(v)).toBe(cls.colour);
    }
  });

  it('darker classes for more mentions', () => {
    const { classes } = buildScale([1, 2, 3, 4, 5], CLASS_COLOURS);
    const lum = classes.map((c) => contrastRatio(c.colour, '#ffffff'));
    expect(lum).toEqual([...lum].sort((a, b) => a - b));
  });

  it('as many classes as the palette has colours', () => {
    const values = Array.from({ length: 60 }, (_, i) => 1 + (i % 20));
    expect(buildScale(values, CLASS_COLOURS.slice(0, 3)).classes).toHaveLength(3);
    expect(buildScale(values, CLASS_COLOURS).classes).toHaveLength(5);
  });

  it('a few classes still span light to dark', () => {
    expect(pickColours(2, CLASS_COLOURS)).toEqual([CLASS_COLOURS[0], CLASS_COLOURS.at(-1)]);
    expect(pickColours(5, CLASS_COLOURS)).toEqual(CLASS_COLOURS);
  });
});

describe('palette contrast', () => {
  it('the lightest class stands out from unmentioned land', () => {
    // Measured: 1.57:1 against the map's land (#f4f2ee). Borders, the legend and
    // the list view carry the values too, so colour is never the only cue.
    expect(contrastRatio(CLASS_COLOURS[0]!, lightPalette.land)).toBeGreaterThanOrEqual(1.5);
  });
  it('the darkest class reaches 3:1 against land and the class steps are distinct', () => {
    expect(contrastRatio(CLASS_COLOURS.at(-1)!, lightPalette.land)).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < CLASS_COLOURS.length; i++) {
      expect(contrastRatio(CLASS_COLOURS[i]!, CLASS_COLOURS[i - 1]!)).toBeGreaterThan(1.3);
    }
  });
});

describe('dark palette (embeds with scheme=dark)', () => {
  const { land, water, hatch } = darkPalette;
  const ramp = darkPalette.ramp!;
  const weakestFill = Math.min(...ramp.map((c) => contrastRatio(c, land)));
  // The line colour as each renderer draws it, over what it is drawn on.
  const svgBase = land;
  const mapBase = over(land, water, VIA_ONLY_OPACITY);
  const imageAlpha = Math.max(...hatchImage(hatch).data.filter((_, i) => i % 4 === 3)) / 255;
  const drawn = [
    ['SVG (no-WebGL map)', over(hatch, svgBase, HATCH_OPACITY), svgBase],
    ['MapLibre', over(hatch, mapBase, imageAlpha), mapBase],
  ] as const;

  it.each(drawn)('the hatch lines (%s) contrast less with their ground than the faintest fill with the land', (_r, line, ground) => {
    expect(contrastRatio(line, ground)).toBeLessThan(weakestFill);
  });

  it.each(drawn)('and stay visible (%s): at least 1.3:1', (_r, line, ground) => {
    expect(contrastRatio(line, ground)).toBeGreaterThanOrEqual(1.3);
  });

  it('the faintest fill stands out from dark land and sea; more mentions are brighter, step by step', () => {
    expect(weakestFill).toBeGreaterThanOrEqual(1.9);
    expect(Math.min(...ramp.map((c) => contrastRatio(c, water)))).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < ramp.length; i++) {
      expect(contrastRatio(ramp[i]!, land)).toBeGreaterThan(contrastRatio(ramp[i - 1]!, land));
      expect(contrastRatio(ramp[i]!, ramp[i - 1]!)).toBeGreaterThan(1.2);
    }
  });

  it('the dark embed paints with that ramp and its own land under the hatch', () => {
    const { paint, legend } = computeChoropleth(fixtureModel(), [], darkPalette);
    expect(paint.get('UA')).toEqual({ fill: ramp.at(-1), viaOnly: false });
    expect(paint.get('XK')).toEqual({ fill: land, viaOnly: true });
    expect(legend.classes.map((c) => c.colour).every((c) => ramp.includes(c))).toBe(true);
    expect(legend.viaOnlyColour).toBe(land);
  });
});

describe('computeChoropleth (fixture)', () => {
  const model = fixtureModel();

  it('never paints the home country', () => {
    const { paint } = computeChoropleth(model, []);
    expect(paint.has('NL')).toBe(false);
  });

  it('countries reached only through a region are via-only', () => {
    const { paint, legend } = computeChoropleth(model, []);
    expect(paint.get('XK')).toEqual({ fill: VIA_ONLY_FILL, viaOnly: true });
    expect(paint.get('RS')?.viaOnly).toBe(true);
    expect(legend.hasViaOnly).toBe(true);
    expect(legend.homeColour).toBe(HOME_FILL);
  });

  it('directly mentioned countries get a class colour; the most mentioned the darkest', () => {
    const { paint } = computeChoropleth(model, []);
    expect(paint.get('UA')).toEqual({ fill: CLASS_COLOURS.at(-1), viaOnly: false });
    expect(CLASS_COLOURS).toContain(paint.get('DE')?.fill);
  });

  it('unmentioned countries are left to the map base colour', () => {
    expect(computeChoropleth(model, []).paint.has('KZ')).toBe(false);
  });

  it('a theme selection changes values: sum of direct counts over the selected themes', () => {
    expect(computeChoropleth(model, []).paint.get('JP')?.viaOnly).toBe(false);
    const { paint } = computeChoropleth(model, ['freedoms']);
    // Japan's own mentions are not about freedoms, but the ICC it belongs to is.
    expect(paint.get('JP')?.viaOnly).toBe(true);
    expect(paint.get('UA')?.viaOnly).toBe(false);
  });

  it('legend classes are whole-number ranges', () => {
    const { legend } = computeChoropleth(model, []);
    expect(legend.classes.length).toBeGreaterThan(1);
    expect(legend.classes.length).toBeLessThanOrEqual(5);
    for (const c of legend.classes) {
      expect(Number.isInteger(c.min) && Number.isInteger(c.max)).toBe(true);
      expect(c.max).toBeGreaterThanOrEqual(c.min);
    }
  });
});
