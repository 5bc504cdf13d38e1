// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { computeChoropleth } from '../../src/app/choropleth/paint';
import { MapArea } from '../../src/app/components/MapArea';
import { FallbackMap } from '../../src/app/fallback/FallbackMap';
import { detectWebGL } from '../../src/app/fallback/webgl';
import { createAtlasStore } from '../../src/app/store/store';
import { fixtureModel, renderWithProviders } from './helpers';

// The MapLibre view fails as a missing chunk would: the boundary must fall back to the SVG map.
vi.mock('../../src/map/AtlasMapView', () => ({
  default: () => {
    throw new Error('Failed to fetch dynamically imported module');
  },
}));

const model = fixtureModel();
const paint = computeChoropleth(model, []).paint;

function renderFallback(lang: 'nl' | 'en' = 'nl') {
  const store = createAtlasStore({ lang, webgl: false });
  const view = renderWithProviders(
    <FallbackMap model={model} paint={paint} reason="no-webgl" lastResort={<p>last resort</p>} />,
    { store, lang },
  );
  return { ...view, store };
}

const svgMap = () => screen.findByRole('group', { name: /Wereldkaart \(eenvoudige weergave\)|World map \(simple view\)/ });

describe('SVG fallback map', () => {
  it('says why it is shown, offers the list, and names each country with its count', async () => {
    const { store } = renderFallback();
    expect(screen.getByText(/geen WebGL/)).toBeInTheDocument();
    const map = await svgMap();
    expect(within(map).getByRole('button', { name: 'Oekraïne: 7 vermeldingen' })).toBeInTheDocument();
    expect(within(map).getByRole('button', { name: 'Kosovo: alleen via een regio of organisatie (25 vermeldingen)' })).toBeInTheDocument();
    expect(within(map).getByRole('button', { name: /^Nederland: afzender/ })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Naar de lijst' }));
    expect(store.getState().list).toBe(true);
  });

  it('selects by click, and by keyboard with only named countries in the Tab order', async () => {
    const user = userEvent.setup();
    const { store } = renderFallback();
    const map = await svgMap();
    await user.click(within(map).getByRole('button', { name: /^Oekraïne/ }));
    expect(store.getState().country).toBe('UA');
    expect(within(map).getByRole('button', { name: /^Oekraïne/ })).toHaveAttribute('aria-pressed', 'true');

    const tabbable = within(map).getAllByRole('button').filter((b) => b.getAttribute('tabindex') === '0');
    const names = tabbable.map((b) => b.getAttribute('aria-label')!.split(':')[0]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(names).not.toContain('Kosovo');
    expect(names).toContain('Nederland');

    tabbable[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tabbable[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(tabbable[tabbable.length - 1]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tabbable[0]);
    await user.keyboard('{Enter}');
    expect(store.getState().country).toBe(model.countryById.get(tabbable[0]!.getAttribute('data-iso2')!)!.iso2);
  });

  it('follows the theme filter in names and counts', async () => {
    const { store } = renderFallback('en');
    const map = await svgMap();
    expect(within(map).getByRole('button', { name: 'Ukraine: 7 mentions' })).toBeInTheDocument();
    store.getState().setThemes(['freedoms']);
    await waitFor(() => expect(within(map).getByRole('button', { name: 'Ukraine: 1 mention' })).toBeInTheDocument());
  });

  it('replaces the MapLibre map when its chunk fails, instead of a bare error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createAtlasStore({ lang: 'nl' });
    renderWithProviders(<MapArea model={model} paint={paint} regions={null} />, { store });
    expect(await screen.findByText(/kon niet worden geladen/)).toBeInTheDocument();
    expect(within(await svgMap()).getByRole('button', { name: /^Oekraïne/ })).toBeInTheDocument();
  });

  it('detects a missing WebGL without throwing', () => {
    const canvas = (ctx: unknown) => ({ createElement: () => ({ getContext: () => ctx }) }) as unknown as Document;
    expect(detectWebGL(canvas(null))).toBe(false);
    expect(detectWebGL(canvas({ getExtension: () => null }))).toBe(true);
    const throwing = { createElement: () => ({ getContext: () => { throw new Error('blocked'); } }) } as unknown as Document;
    expect(detectWebGL(throwing)).toBe(false);
  });
});
