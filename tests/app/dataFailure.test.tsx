// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { topology } from 'topojson-server';
import { describe, expect, it, vi } from 'vitest';
import { AppShell } from '../../src/app/AppShell';
import type { Fetcher } from '../../src/app/data/load';
import { hasExpectedShape } from '../../src/app/data/validate';
import { baseDefaults } from '../../src/app/url/state';
import { fixtureFetcher, fixtureData, renderWithProviders } from './helpers';

vi.mock('../../src/map/AtlasMapView', () => ({ default: () => <div role="img" aria-label="map stub" /> }));

/** Serves the fixture, except files starting with `prefix`, which answer with `body` (not the real file). */
function broken(prefix: string, body: string): Fetcher & { fix(): void } {
  const good = fixtureFetcher();
  let fixed = false;
  const fetcher = async (url: string) => {
    if (fixed || !url.includes(`/data/${prefix}`)) return good(url);
    return { ok: true, status: 200, json: async () => JSON.parse(body) } as Response;
  };
  return Object.assign(fetcher, { fix: () => (fixed = true) });
}

function start(fetcher: Fetcher) {
  return renderWithProviders(<AppShell fetcher={fetcher} base="./" defaults={baseDefaults('nl')} />);
}

describe('malformed data', () => {
  it.each([
    ['atlas.json', '{"documents": [], "themes": [ ', /atlas\.json/],
    ['countries.', '{"type": "Topology", "objects": {"countries": {"geometries": [{}]}}}', /countries\.topo\.json/],
    ['letters/', '[]', /letters\/beleidsbrief-buitenlandse-zaken-2026\.json/],
  ])('%s: names the broken file, keeps the page usable and recovers on retry', async (prefix, body, file) => {
    const user = userEvent.setup();
    const fetcher = broken(prefix, body);
    start(fetcher);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('is beschadigd of onvolledig');
    expect(alert).toHaveTextContent(file);
    // The header still works while the data is missing.
    expect(screen.getByRole('button', { name: 'Lijst' })).toBeEnabled();
    fetcher.fix();
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('button', { name: /^Thema’s / })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('hasExpectedShape', () => {
  const data = fixtureData();
  it('accepts the generated files', () => {
    expect(hasExpectedShape('atlas.json', data.atlas)).toBe(true);
    expect(hasExpectedShape('countries.topo.json', topology({ countries: data.countries }))).toBe(true);
    expect(hasExpectedShape('letters/beleidsbrief-buitenlandse-zaken-2026.json', data.letters.documents[0])).toBe(true);
    // Another letter's text under this letter's name is damaged too.
    expect(hasExpectedShape('letters/beleidsbrief-2027.json', data.letters.documents[0])).toBe(false);
  });
  it.each([[null], [42], ['text'], [[]], [{}], [{ type: 'FeatureCollection' }], [{ type: 'Topology', objects: {} }]])('rejects %j for every file', (value) => {
    for (const file of ['atlas.json', 'countries.topo.json', 'letters/beleidsbrief-buitenlandse-zaken-2026.json', 'regions.geojson']) {
      expect(hasExpectedShape(file, value)).toBe(false);
    }
  });
});
