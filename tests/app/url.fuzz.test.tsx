// @vitest-environment jsdom
/**
 * Property tests over the URL parser: a link is hostile input. 10,000 random and hostile
 * query strings must never throw, must only ever yield known ids and in-range values, and,
 * rendered through the real app, must never put markup or handlers into the page.
 */
import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { EMPTY_KNOWN } from '../../src/app/data/model';
import { createAtlasStore } from '../../src/app/store/store';
import { parseUrlState } from '../../src/app/url/parse';
import { URL_KEYS } from '../../src/app/url/persistence';
import { baseDefaults } from '../../src/app/url/state';
import { createBundledI18n } from '../../src/i18n/bundled';
import { fixtureFetcher, fixtureModel } from './helpers';

vi.mock('../../src/map/AtlasMapView', () => ({ default: () => <div role="img" aria-label="map stub" /> }));

const known = fixtureModel().known;
const MARK = 'xss-p6';

const HOSTILE = [
  `<script>window.${MARK}=1</script>`,
  `"><img src=x onerror="window.${MARK}=1">`,
  `'><svg onload=alert('${MARK}')>`,
  `javascript:alert('${MARK}')`,
  `%3Cscript%3E${MARK}%3C/script%3E`,
  `UA"onmouseover="${MARK}`,
  `&#60;b&#62;${MARK}`,
  `\u0000${MARK}\u202e`,
  `${'A'.repeat(600)}${MARK}`,
  `1e309,NaN,Infinity`,
  `-0,-0,-0`,
  `__proto__`,
  `constructor`,
  `UA,UA,,`,
];
const KEYS = [...URL_KEYS, 'land', 'taal', 'theme', '__proto__', 'constructor', 'debug'];
const IDS = [...known.themes, ...known.countries, ...known.regions, ...(known.passages ?? [])];

const value = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...IDS, 'nl', 'en', 'NL', '1', '0', 'high', 'dark', 'legend,panel', '12.5,48.1,3'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join(',')),
  fc.array(fc.constantFrom(...IDS, ...HOSTILE), { maxLength: 5 }).map((a) => a.join(',')),
  fc.string({ minLength: 500, maxLength: 3000 }),
);
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 }));
/** Encoded properly, or pasted raw (links are often hand-edited). */
const query = fc.oneof(
  fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
  fc.string({ maxLength: 200 }),
);

/** Every string the parser hands on, however deep. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

const inRange = (n: unknown, lo: number, hi: number) => typeof n === 'number' && Number.isFinite(n) && n >= lo && n <= hi;

describe('parseUrlState under 10,000 hostile links', () => {
  it('never throws and yields only known ids and in-range values', () => {
    fc.assert(
      fc.property(query, (search) => {
        const s = parseUrlState(search, known);
        expect(Object.keys(s).every((k) => (URL_KEYS as readonly string[]).includes(k))).toBe(true);
        if (s.lang !== undefined) expect(['nl', 'en']).toContain(s.lang);
        for (const t of s.themes ?? []) expect(known.themes.has(t)).toBe(true);
        if (s.country != null) expect(known.countries.has(s.country)).toBe(true);
        if (s.region != null) expect(known.regions.has(s.region)).toBe(true);
        if (s.country && s.region) throw new Error('country and region both set');
        if (s.view) {
          expect(inRange(s.view.lng, -180, 180) && inRange(s.view.lat, -85, 85) && inRange(s.view.zoom, 0, 22)).toBe(true);
        }
        if (s.list !== undefined) expect(typeof s.list).toBe('boolean');
        if (s.passage != null) expect(known.passages?.has(s.passage) ?? true).toBe(true);
        // Nothing from the link survives as free text: every string is a short, plain token.
        for (const str of strings(s)) expect(str).toMatch(/^[A-Za-z0-9.,#/-]{1,100}$/);
        // No prototype pollution through odd keys.
        expect(({} as Record<string, unknown>)[MARK]).toBeUndefined();
      }),
      { numRuns: 10_000 },
    );
  });

  it('also before the data is in (start-up parse, no ids known yet)', () => {
    fc.assert(
      fc.property(query, (search) => {
        const s = parseUrlState(search, EMPTY_KNOWN);
        expect(s.country ?? null).toBeNull();
        expect(s.region ?? null).toBeNull();
        for (const str of strings(s)) expect(str).toMatch(/^[A-Za-z0-9.,#/-]{1,100}$/);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('hostile links rendered through the app', () => {
  it('never add elements, handlers or javascript: URLs to the page', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...HOSTILE, ...IDS)), { minLength: 1, maxLength: 6 }),
        async (pairs) => {
          const search = `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;
          window.history.replaceState(null, '', `/${search}`);
          const defaults = baseDefaults('nl');
          const store = createAtlasStore({ lang: 'nl', url: parseUrlState(search, EMPTY_KNOWN), defaults });
          const view = render(<App store={store} i18n={createBundledI18n('nl')} defaults={defaults} fetcher={fixtureFetcher()} storage={{ setItem: () => {} }} />);
          try {
            await screen.findByRole('button', { name: /^(Thema’s|Themes) / });
            const root = view.container;
            expect(root.querySelectorAll('script, iframe, object, embed, img:not([alt])')).toHaveLength(0);
            for (const el of root.querySelectorAll('*')) {
              for (const attr of el.attributes) {
                expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
                expect(attr.value).not.toContain(MARK);
                if (attr.name === 'href' || attr.name === 'src') expect(attr.value.trim().toLowerCase()).not.toMatch(/^javascript:/);
              }
            }
            expect(root.textContent).not.toContain(MARK);
            expect((window as unknown as Record<string, unknown>)[MARK]).toBeUndefined();
          } finally {
            view.unmount();
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
