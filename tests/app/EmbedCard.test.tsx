// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { cardContent, openingWords, OPENING_CHARS } from '../../src/app/embed/card';
import { EmbedCard } from '../../src/app/embed/EmbedCard';
import { EMPTY_KNOWN } from '../../src/app/data/model';
import { createAtlasStore } from '../../src/app/store/store';
import { parseUrlState } from '../../src/app/url/parse';
import { baseDefaults } from '../../src/app/url/state';
import { plannedHeight } from '../../src/embed/size';
import { createBundledI18n } from '../../src/i18n/bundled';
import type { AtlasMapViewProps } from '../../src/map/contract';
import { fixtureFetcher, fixtureModel, renderWithProviders } from './helpers';

const SEED = 'beleidsbrief-buitenlandse-zaken-2026';

// No WebGL in jsdom: the map is a stand-in that shows its label (the map's own tests cover it).
vi.mock('../../src/map/AtlasMapView', () => ({
  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- focusable like the real map, which pans by keyboard
  default: (props: AtlasMapViewProps) => <div role="img" aria-label={props.label} tabIndex={0} />,
}));

const model = fixtureModel();
const passage = (id: string) => model.data.letters.documents[0]!.passages.find((p) => p.id === id)!;
const none = { country: null, region: null, passage: null };

describe('openingWords', () => {
  const text = passage('2.1.1').text;

  it('cuts a long passage at a word boundary and ends it with an ellipsis', () => {
    const words = openingWords(text);
    expect(words.endsWith('…')).toBe(true);
    const head = words.slice(0, -1);
    expect(text.startsWith(head)).toBe(true);
    expect(head.length).toBeLessThanOrEqual(OPENING_CHARS);
    // The next character in the letter ends a word: no word is cut in half.
    expect(text[head.length]).toMatch(/[\s.,;:]/);
  });

  it('lets the ellipsis replace the full stop of a sentence it ends on', () => {
    const first = 'De Russische agressieoorlog in Oekraïne is de grootste directe veiligheidsdreiging voor Europa en daarmee Nederland.';
    expect(text.startsWith(first)).toBe(true);
    expect(openingWords(text, first.length + 3)).toBe(`${first.slice(0, -1)}…`);
  });

  it('keeps a short passage whole, without an ellipsis', () => {
    const sentence = 'Oekraïne vecht ook voor onze veiligheid en vrijheid.';
    expect(passage('2.2.1').text).toContain(sentence);
    expect(openingWords(sentence)).toBe(sentence);
  });
});

describe('cardContent', () => {
  const ids = (c: ReturnType<typeof cardContent>) => c?.passages.map((e) => e.passage.id);

  it('a country: its direct mentions and passages under the chosen themes', () => {
    const all = cardContent(model, { ...none, country: 'UA' }, [], 'nl');
    expect(all).toMatchObject({ kind: 'country', name: 'Oekraïne', mentions: 7, via: false });
    expect(ids(all)).toEqual(['2.1.1', '2.2.1', '2.12.1']);
    const freedoms = cardContent(model, { ...none, country: 'UA' }, ['freedoms'], 'en');
    expect(freedoms).toMatchObject({ name: 'Ukraine', mentions: 1 });
    expect(ids(freedoms)).toEqual(['2.12.1']);
  });

  it('quotes the linked passage when the link names one the card lists, else the first', () => {
    expect(cardContent(model, { ...none, country: 'UA', passage: `${SEED}/2.12.1` }, [], 'nl')?.quoted?.passage.id).toBe('2.12.1');
    expect(cardContent(model, { ...none, country: 'UA', passage: `${SEED}/3.1.3` }, [], 'nl')?.quoted?.passage.id).toBe('2.1.1');
    expect(cardContent(model, { ...none, country: 'UA' }, [], 'nl')?.quoted?.passage.id).toBe('2.1.1');
  });

  it('a country named only through its groupings gets those passages, marked as such', () => {
    const albania = cardContent(model, { ...none, country: 'AL' }, [], 'nl');
    expect(albania).toMatchObject({ mentions: 0, via: true });
    expect(albania?.passages).toHaveLength(model.countryById.get('AL')!.viaPassages.length);
  });

  it('a country the letter never names has nothing to quote', () => {
    expect(cardContent(model, { ...none, country: 'KZ' }, [], 'nl')).toMatchObject({ mentions: 0, passages: [], via: false });
  });

  it('an organisation, a lone linked passage, and nothing', () => {
    expect(cardContent(model, { ...none, region: 'nato' }, [], 'nl')).toMatchObject({ kind: 'organisation', name: 'NAVO', mentions: 13 });
    const linked = cardContent(model, { ...none, passage: `${SEED}/2.2.1` }, [], 'nl');
    expect(linked).toMatchObject({ kind: 'passage', mentions: null });
    expect(ids(linked)).toEqual(['2.2.1']);
    expect(cardContent(model, { ...none, country: 'ZZ' }, [], 'nl')).toBeNull();
  });
});

describe('EmbedCard', () => {
  function show(country: string, opts: { lang?: 'nl' | 'en'; themes?: string[] } = {}) {
    const store = createAtlasStore({ lang: opts.lang ?? 'nl' });
    store.getState().selectCountry(country);
    if (opts.themes) store.getState().setThemes(opts.themes);
    const onClose = vi.fn();
    renderWithProviders(<EmbedCard model={model} fullHref="https://example.org/atlas/?country=UA" onClose={onClose} />, { store, lang: opts.lang });
    return { onClose };
  }

  it('names the country, counts, quotes the opening words and links to all passages', () => {
    show('UA');
    const card = screen.getByRole('region', { name: 'Oekraïne' });
    expect(within(card).getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeInTheDocument();
    expect(card).toHaveTextContent('7 vermeldingen in 3 passages');
    const quote = within(card).getByText(/^„De Russische agressieoorlog/);
    expect(quote.textContent).toMatch(/…”$/);
    expect(quote.textContent!.length).toBeLessThan(passage('2.1.1').text.length);
    const link = within(card).getByRole('link', { name: 'Lees alle 3 passages in de atlas (opent in een nieuw venster)' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
  });

  it('counts under the chosen themes, in English', () => {
    show('UA', { lang: 'en', themes: ['freedoms'] });
    const card = screen.getByRole('region', { name: 'Ukraine' });
    expect(card).toHaveTextContent('1 mention in 1 passage under the chosen themes');
    expect(within(card).getByText(/^„Nederland ageert tegen straffeloosheid/)).toHaveAttribute('lang', 'nl');
    expect(within(card).getByRole('link', { name: /^Read the passage in the atlas/ })).toBeInTheDocument();
  });

  it('a country reached only through groupings says so', () => {
    show('AL');
    expect(screen.getByRole('region', { name: 'Albanië' })).toHaveTextContent(/Niet bij naam genoemd, wel via een regio of organisatie, in \d+ passages/);
  });

  it('closes from its button and with Escape, by keyboard', async () => {
    const { onClose } = show('UA');
    const user = userEvent.setup();
    const close = screen.getByRole('button', { name: 'Toelichting sluiten' });
    // The first stop in the card: the reader can close it before reading on.
    await user.tab();
    expect(close).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClose).toHaveBeenCalledTimes(1);
    screen.getByRole('link').focus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe('embed mode with a country chosen', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('data-embed');
  });

  function start(search: string) {
    window.history.replaceState(null, '', `/atlas/${search}`);
    const defaults = baseDefaults('nl');
    const store = createAtlasStore({ lang: 'nl', url: parseUrlState(search, EMPTY_KNOWN), defaults });
    render(<App store={store} i18n={createBundledI18n('nl')} defaults={defaults} fetcher={fixtureFetcher()} storage={{ setItem: vi.fn() }} />);
    return store;
  }

  it('shows the card, not the panel; its link opens the same view in the full atlas', async () => {
    start('?embed=1&country=UA&themes=security&scheme=dark');
    const card = await screen.findByRole('region', { name: 'Oekraïne' });
    expect(card).toHaveTextContent('6 vermeldingen in 2 passages bij de gekozen thema’s');
    // No full panel: no passage list, theme breakdown or audit trail in an embed.
    expect(screen.queryByRole('heading', { name: /Vermeldingen per thema/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Citaat kopiëren/ })).toBeNull();
    const href = new URL(within(card).getByRole('link', { name: /Lees alle 2 passages/ }).getAttribute('href')!);
    expect(href.pathname).toBe('/atlas/');
    expect(href.searchParams.get('country')).toBe('UA');
    expect(href.searchParams.get('themes')).toBe('security');
    for (const key of ['embed', 'controls', 'scheme', 'interactive']) expect(href.searchParams.has(key)).toBe(false);
  });

  it('keeps to the planned height, and closing the card returns focus to the map', async () => {
    const store = start('?embed=1&country=UA');
    const card = await screen.findByRole('region', { name: 'Oekraïne' });
    const shell = document.querySelector<HTMLElement>('.embed-shell')!;
    expect(shell.style.minHeight).toBe(`${plannedHeight(window.innerWidth)}px`);
    await userEvent.setup().click(within(card).getByRole('button', { name: 'Toelichting sluiten' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Oekraïne' })).toBeNull());
    expect(store.getState().country).toBeNull();
    expect(screen.getByRole('img', { name: /Wereldkaart|kaart/i })).toHaveFocus();
  });

  it('controls without panel: no card', async () => {
    start('?embed=1&country=UA&controls=legend');
    await screen.findByRole('region', { name: 'Legenda' });
    expect(screen.queryByRole('region', { name: 'Oekraïne' })).toBeNull();
  });
});
