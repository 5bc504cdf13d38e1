import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextTarget, type NavTarget } from '../../src/map/keyNav';
import type { CountriesCollection } from '../../src/map/contract';

// Real label points from the generated data (the app fixture keeps them unchanged).
const countries = JSON.parse(
  readFileSync(new URL('../app/fixtures/data/countries.geojson', import.meta.url), 'utf8'),
) as CountriesCollection;
const point = new Map(countries.features.map((f) => [f.properties.iso2, f.properties.point]));
const at = (iso2: string) => point.get(iso2)!;
// What the map offers the arrows with every theme chosen: the countries named directly, and the author.
const named: NavTarget[] = countries.features
  .filter((f) => f.properties.home || (f.properties.direct.all ?? 0) > 0)
  .map((f) => ({ iso2: f.properties.iso2, point: f.properties.point }));

const from = (iso2: string, dir: Parameters<typeof nextTarget>[2], targets = named) => nextTarget(at(iso2), targets, dir, iso2);

describe('nextTarget (arrow keys between named countries)', () => {
  it('offers 32 countries: the letter’s 31 named ones and the Netherlands', () => {
    expect(named).toHaveLength(32);
  });

  it('→ from Germany goes to its neighbour Poland, not to a country far off or off to the side', () => {
    expect(from('DE', 'right')).toBe('PL');
  });

  it('← from Germany goes to the Netherlands; ↓ to Switzerland; ↑ to Norway', () => {
    expect(from('DE', 'left')).toBe('NL');
    expect(from('DE', 'down')).toBe('CH');
    expect(from('DE', 'up')).toBe('NO');
  });

  it('↓ from Norway reaches a country to its south', () => {
    const next = from('NO', 'down')!;
    expect(next).not.toBeNull();
    expect(at(next)[1]).toBeLessThan(at('NO')[1]);
    expect(next).toBe('DE');
  });

  it('→ again from Poland continues east to Ukraine', () => {
    expect(from('PL', 'right')).toBe('UA');
  });

  it('crosses the ocean when nothing is nearer: ← from Spain reaches the United States, straight west', () => {
    expect(from('ES', 'left')).toBe('US');
  });

  it('nothing in that direction: ↑ from Russia, → from New Zealand and ↓ from New Zealand give null', () => {
    expect(from('RU', 'up')).toBeNull();
    expect(from('NZ', 'right')).toBeNull();
    expect(from('NZ', 'down')).toBeNull();
  });

  it('never returns the country it starts from, and a country straight to the side does not count', () => {
    expect(from('DE', 'right', [{ iso2: 'DE', point: at('DE') }])).toBeNull();
    // A point far more north than east of Germany is not "→".
    expect(nextTarget(at('DE'), [{ iso2: 'X', point: [at('DE')[0] + 1, at('DE')[1] + 20] }], 'right')).toBeNull();
  });

  it('from a view centre (no highlight yet): → from the middle of the Atlantic reaches Europe or Africa', () => {
    const next = nextTarget([-30, 45], named, 'right');
    expect(['ES', 'FR', 'GB', 'NL', 'CH', 'IT', 'DE']).toContain(next);
  });

  it('only the candidates given: with every theme but one, a country not on the list is skipped', () => {
    const without = named.filter((t) => t.iso2 !== 'PL');
    expect(['MD', 'UA']).toContain(from('DE', 'right', without));
  });
});
