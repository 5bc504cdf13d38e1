// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import type { i18n } from 'i18next';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import type { AtlasMapViewProps } from '../../src/map/contract';
import { EMPTY_KNOWN } from '../../src/app/data/model';
import { createAtlasStore } from '../../src/app/store/store';
import { parseUrlState } from '../../src/app/url/parse';
import { baseDefaults } from '../../src/app/url/state';
import { detectLang } from '../../src/i18n/detectLang';
import { createBundledI18n } from '../../src/i18n/bundled';
import { startI18n } from '../../src/i18n/i18n';
import { fixtureFetcher } from './helpers';

// MapLibre needs WebGL; the map's own tests cover it. Here it is a stub that
// records its props, so a test can "click" a country through onSelect.
const map = vi.hoisted(() => ({ props: null as AtlasMapViewProps | null }));
vi.mock('../../src/map/AtlasMapView', () => ({
  default: (props: AtlasMapViewProps) => {
    map.props = props;
    return <div role="img" aria-label={props.label} />;
  },
}));

function start(search = '', opts: { fail?: Set<string>; browser?: string[]; i18n?: i18n } = {}) {
  window.history.replaceState(null, '', `/${search}`);
  const browser = opts.browser ?? ['nl-NL'];
  const lang = detectLang(search, browser);
  const defaults = baseDefaults(detectLang('', browser));
  const store = createAtlasStore({ lang, url: parseUrlState(search, EMPTY_KNOWN), defaults });
  const fetcher = fixtureFetcher(opts.fail);
  const storage = { setItem: vi.fn() };
  render(<App store={store} i18n={opts.i18n ?? createBundledI18n(lang)} defaults={defaults} fetcher={fetcher} storage={storage} />);
  return { store, fetcher, storage };
}

const themeButton = (en = false) => screen.getByRole('button', { name: en ? /^Themes / : /^Thema’s / });
const ready = () => screen.findByRole('button', { name: /^(Thema’s|Themes) / });

/** The theme filter sits in a popover over the map: open it (once) and return its group. */
async function themeGroup(user: ReturnType<typeof userEvent.setup>, en = false) {
  const toggle = themeButton(en);
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
  return screen.getByRole('group', { name: en ? 'Themes' : 'Thema’s' });
}

beforeEach(() => {
  map.props = null;
  document.documentElement.lang = '';
});

describe('App', () => {
  it('shows header and panel text before the data, then the filter, map and empty panel', async () => {
    start();
    expect(screen.getByRole('banner')).toHaveTextContent('Beleidsatlas');
    expect(screen.getByRole('banner')).toHaveTextContent('Kamerstuk 36 800 V, nr. 103');
    expect(screen.getByRole('complementary')).toHaveTextContent('Waar wil Nederland in de wereld optreden?');
    await ready();
    expect(await screen.findByRole('img', { name: /Wereldkaart/ })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de toelichting' })).toHaveAttribute('href', '#panel');
    expect(document.getElementById('panel')).toBe(screen.getByRole('complementary'));
  });

  it('offers a retry when a file fails to load', async () => {
    const fail = new Set(['letters/beleidsbrief-buitenlandse-zaken-2026.json']);
    const user = userEvent.setup();
    start('', { fail });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De gegevens konden niet worden geladen (letters/beleidsbrief-buitenlandse-zaken-2026.json)');
    fail.clear();
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    await ready();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('?country=UA&lang=en opens straight to Ukraine in English', async () => {
    start('?country=UA&lang=en');
    await ready();
    expect(await screen.findByRole('heading', { level: 2, name: 'Ukraine' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(map.props?.selected).toBe('UA');
    expect(window.location.search).toBe('?lang=en&country=UA');
  });

  it('a link with a selection but no view frames it on the map', async () => {
    start('?country=UA');
    await ready();
    await waitFor(() => expect(map.props?.focusRequest).toEqual({ places: ['UA'], key: 1 }));
  });

  // The map frames the members itself, in the box it measures (src/map/framing/); the view it
  // ends at reaches the URL once it has moved (not here: the map is a stand-in).
  it('a link with a region asks the map to frame its members', async () => {
    start('?region=western-balkans');
    await ready();
    expect(await screen.findByRole('heading', { level: 2, name: 'Westelijke Balkan' })).toBeInTheDocument();
    await waitFor(() => expect(map.props?.focusRequest?.places).toEqual(['AL', 'BA', 'ME', 'MK', 'RS', 'XK']));
    expect(window.location.search).toBe('?region=western-balkans');
  });

  it('a link with its own view keeps it', async () => {
    start('?country=UA&view=5.00,52.00,3.0');
    await ready();
    await waitFor(() => expect(map.props).not.toBeNull());
    expect(map.props!.focusRequest).toBeNull();
    expect(map.props!.view).toEqual({ lng: 5, lat: 52, zoom: 3 });
  });

  it('drops malformed link values and rewrites the address canonically', async () => {
    const user = userEvent.setup();
    start('?themes=%3Cscript%3Ealert(1)%3C/script%3E&country=ZZ&view=abc&lang=de&debug=map');
    await ready();
    expect(document.querySelector('script')).toBeNull();
    expect(themeButton()).toHaveAccessibleName('Thema’s alle');
    expect(within(await themeGroup(user)).getByRole('button', { name: 'Alle thema’s' })).toHaveAttribute('aria-pressed', 'true');
    expect(window.location.search).toBe('?debug=map');
  });

  it('a map click selects, announces, and pushes a history entry', async () => {
    start();
    await ready();
    await waitFor(() => expect(map.props).not.toBeNull());
    const before = window.history.length;
    act(() => map.props!.onSelect('UA'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Oekraïne' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Oekraïne geselecteerd: 7 vermeldingen');
    expect(window.location.search).toBe('?country=UA');
    expect(window.history.length).toBe(before + 1);
    act(() => map.props!.onSelect(null));
    expect(screen.getByRole('status')).toHaveTextContent('Selectie gewist');
  });

  it('map moves replace the entry instead of pushing', async () => {
    start();
    await ready();
    await waitFor(() => expect(map.props).not.toBeNull());
    const before = window.history.length;
    act(() => map.props!.onViewChange({ lng: 30.123, lat: 50.456, zoom: 3.33 }));
    expect(window.location.search).toBe('?view=30.12,50.46,3.3');
    expect(window.history.length).toBe(before);
  });

  it('the theme filter changes the URL and the map paint', async () => {
    const user = userEvent.setup();
    start();
    await ready();
    await waitFor(() => expect(map.props).not.toBeNull());
    expect(map.props!.paint.get('UA')?.viaOnly).toBe(false);
    await user.click(within(await themeGroup(user)).getByRole('button', { name: /Migratie/ }));
    expect(window.location.search).toBe('?themes=migration');
    expect(map.props!.paint.get('UA')?.viaOnly).toBe(true);
    // The control names the choice while closed, and Escape closes it with focus back on it.
    await user.keyboard('{Escape}');
    expect(themeButton()).toHaveAttribute('aria-expanded', 'false');
    expect(themeButton()).toHaveFocus();
    expect(themeButton()).toHaveAccessibleName('Thema’s Migratie');
  });

  it('back/forward (popstate) restore the view', async () => {
    const user = userEvent.setup();
    const { store } = start('?country=UA');
    await ready();
    act(() => store.getState().selectCountry('RU'));
    expect(window.location.search).toBe('?country=RU');
    act(() => {
      window.history.replaceState(null, '', '/?country=UA&themes=security');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeInTheDocument();
    expect(within(await themeGroup(user)).getByRole('button', { name: /Veiligheid/ })).toHaveAttribute('aria-pressed', 'true');
    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Waar wil Nederland in de wereld optreden?' })).toBeInTheDocument();
  });

  it('folds sharing behind one "Share" button, and on phones language, reading and presenting too', async () => {
    const user = userEvent.setup();
    start();
    await ready();
    const share = screen.getByRole('button', { name: 'Delen' });
    expect(share).toHaveAttribute('aria-expanded', 'false');
    const shareTools = document.getElementById(share.getAttribute('aria-controls')!)!;
    await user.click(share);
    expect(share).toHaveAttribute('aria-expanded', 'true');
    expect(await within(shareTools).findByRole('button', { name: 'Insluiten' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(share).toHaveAttribute('aria-expanded', 'false');
    expect(share).toHaveFocus();

    const toggle = screen.getByRole('button', { name: 'Meer: taal, lezen, presenteren, delen' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const tools = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(tools).getByRole('button', { name: 'Presenteren' })).toBeInTheDocument();
    expect(within(tools).getByRole('button', { name: 'English' })).toBeInTheDocument();
    expect(within(tools).getByRole('button', { name: 'Link kopiëren' })).toBeInTheDocument();
    expect(tools).toHaveAttribute('data-open', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(tools).toHaveAttribute('data-open', 'true');
  });

  it('the language switch changes texts, <html lang> and the URL', async () => {
    const user = userEvent.setup();
    start('?country=UA');
    await ready();
    expect(document.documentElement.lang).toBe('nl');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 2, name: 'Ukraine' })).toBeInTheDocument();
    expect(themeButton(true)).toBeInTheDocument();
    expect(window.location.search).toBe('?lang=en&country=UA');
    expect(screen.getAllByRole('article')[0]!.querySelector('p')).toHaveAttribute('lang', 'nl');
  });

  it('as the app starts, with only the shown language loaded, the switch loads the other first', async () => {
    const user = userEvent.setup();
    const i18n = await startI18n('nl');
    expect(i18n.hasResourceBundle('en', 'translation'), 'English is not loaded at start').toBe(false);
    start('?country=UA', { i18n });
    await ready();
    // The switch names English in English before that language is loaded.
    const english = screen.getByRole('button', { name: 'English' });
    await user.click(english);
    // Whenever we look: one language throughout, never a raw key.
    const consistent = () => {
      const en = document.documentElement.lang === 'en';
      expect(themeButton(en)).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 2, name: en ? 'Ukraine' : 'Oekraïne' })).toBeInTheDocument();
      expect(document.body.textContent).not.toMatch(/\b(app|filter|panel|legend|lang|view)\.[a-zA-Z]+\b/);
    };
    consistent();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    consistent();
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(window.location.search).toBe('?lang=en&country=UA');
    // Back to Dutch: loaded already, so at once.
    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(document.documentElement.lang).toBe('nl');
    consistent();
  });

  it('an English browser gets English without ?lang, and ?lang=nl overrides it', async () => {
    start('', { browser: ['en-GB'] });
    await ready();
    expect(document.documentElement.lang).toBe('en');
    expect(window.location.search).toBe('');
  });

  it('the list view is reachable from the header and selects', async () => {
    const user = userEvent.setup();
    start();
    await ready();
    await user.click(screen.getByRole('button', { name: 'Lijst' }));
    expect(window.location.search).toBe('?list=1');
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('button', { name: 'Oekraïne' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeInTheDocument();
    expect(window.location.search).toBe('?country=UA&list=1');
  });

  it('search selects by keyboard and asks the map to zoom', async () => {
    const user = userEvent.setup();
    start();
    await ready();
    await waitFor(() => expect(map.props).not.toBeNull());
    await user.type(screen.getByRole('combobox'), 'oekraine{ArrowDown}{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeInTheDocument();
    expect(map.props!.focusRequest).toEqual({ places: ['UA'], key: 1 });
  });

  it('region outlines load only when switched on, and the choice is stored', async () => {
    const user = userEvent.setup();
    const { fetcher, storage } = start();
    await ready();
    expect(fetcher.calls.some((c) => c.endsWith('regions.geojson'))).toBe(false);
    await user.click(screen.getByRole('checkbox', { name: 'Toon omtrek van regio’s' }));
    await waitFor(() => expect(map.props!.regions).not.toBeNull());
    expect(fetcher.calls).toContain('./data/regions.geojson');
    expect(storage.setItem).toHaveBeenCalledWith('beleidsatlas:outlines', '1');
  });
});
