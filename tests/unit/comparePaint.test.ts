/** The comparison's colours (src/app/letters/comparePaint.ts): distinct, diverging, apart from the author country. */
import { describe, expect, it } from 'vitest';
import { CLASS_COLOURS, CLASS_ORDER, comparePaint } from '../../src/app/letters/comparePaint';
import { darkPalette, lightPalette } from '../../src/map/style';

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('compare colours', () => {
  it('give every class its own colour, none the author country’s', () => {
    const colours = CLASS_ORDER.map((c) => CLASS_COLOURS[c]);
    expect(new Set(colours).size).toBe(5);
    expect(colours).not.toContain(lightPalette.home);
  });

  it('diverge: lightest in the middle (the same), darker towards both ends, so lightness alone tells the strong changes', () => {
    const l = CLASS_ORDER.map((c) => luminance(CLASS_COLOURS[c]));
    expect(l[0]!).toBeLessThan(l[1]!);
    expect(l[1]!).toBeLessThan(l[2]!);
    expect(l[3]!).toBeLessThan(l[2]!);
    expect(l[4]!).toBeLessThan(l[3]!);
  });

  it('tell “as often” from the land of a country neither letter names, on the light and the dark map', () => {
    for (const palette of [lightPalette, darkPalette]) {
      const [a, b] = [luminance(CLASS_COLOURS.same), luminance(palette.land)].sort((x, y) => y - x) as [number, number];
      expect((a + 0.05) / (b + 0.05), palette.land).toBeGreaterThan(1.25);
    }
  });

  it('paint every compared country by its class, except the one drawn apart', () => {
    const row = (iso2: string, cls: 'new' | 'gone' | 'same') => ({ iso2, from: 0, to: 0, fromRate: 0, toRate: 0, change: 0, class: cls });
    const paint = comparePaint({ words: { from: 1, to: 1 }, countries: [row('AR', 'new'), row('BR', 'gone'), row('NL', 'same')] }, (iso2) => iso2 === 'NL');
    expect(paint.get('AR')).toEqual({ fill: CLASS_COLOURS.new, viaOnly: false });
    expect(paint.get('BR')!.fill).toBe(CLASS_COLOURS.gone);
    expect(paint.has('NL')).toBe(false);
  });
});
