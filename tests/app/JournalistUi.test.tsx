// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../src/app/panel/Panel';
import { EmbedBuilder } from '../../src/app/share/EmbedBuilder';
import { ShareLink } from '../../src/app/share/ShareLink';
import { createAtlasStore, selectUrlState } from '../../src/app/store/store';
import { baseDefaults } from '../../src/app/url/state';
import { fixtureModel, renderWithProviders, waitForPanel } from './helpers';

const SEED = 'beleidsbrief-buitenlandse-zaken-2026';

const model = fixtureModel();
const defaults = baseDefaults('nl');

function mockClipboard(works = true) {
  const writeText = vi.fn(async (_t: string) => {
    if (!works) throw new Error('denied');
  });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

function noClipboard() {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('ShareLink', () => {
  it('copies the link to the current view and says so', async () => {
    window.history.replaceState(null, '', '/atlas/?debug=map');
    const store = createAtlasStore({ lang: 'nl' });
    store.getState().selectCountry('UA');
    renderWithProviders(<ShareLink defaults={defaults} />, { store });
    const user = userEvent.setup({ writeToClipboard: false });
    const writeText = mockClipboard();
    await user.click(screen.getByRole('button', { name: 'Link kopiëren' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/atlas/?country=UA');
    expect(screen.getByText('Link naar deze weergave gekopieerd')).toHaveAttribute('aria-live', 'polite');
  });

  it('without a clipboard, shows the link selected in a field to copy by hand', async () => {
    const store = createAtlasStore({ lang: 'nl' });
    store.getState().setThemes(['security']);
    renderWithProviders(<ShareLink defaults={defaults} />, { store });
    const user = userEvent.setup({ writeToClipboard: false });
    noClipboard();
    await user.click(screen.getByRole('button', { name: 'Link kopiëren' }));
    const field = screen.getByRole('textbox', { name: 'Link naar deze weergave' });
    expect(field).toHaveValue('http://localhost:3000/?themes=security');
    // Focus moves in an effect after the field renders; under a loaded CPU that is a tick later.
    await waitFor(() => expect(field).toHaveFocus());
    expect((field as HTMLInputElement).selectionEnd).toBe((field as HTMLInputElement).value.length);
    expect(screen.queryByText('Link naar deze weergave gekopieerd')).toBeNull();
  });
});

describe('EmbedBuilder', () => {
  function open(onClose = vi.fn()) {
    const store = createAtlasStore({ lang: 'nl' });
    store.getState().selectCountry('UA');
    const view = selectUrlState(store.getState());
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const r = renderWithProviders(<EmbedBuilder model={model} view={view} defaults={defaults} onClose={onClose} href="https://example.org/atlas/" />, { store });
    return { ...r, onClose, opener };
  }
  const code = () => (screen.getByRole('textbox', { name: 'Code om te plakken' }) as HTMLTextAreaElement).value;

  it('is a labelled modal dialog with focus on its title', () => {
    open();
    const dialog = screen.getByRole('dialog', { name: 'Kaart insluiten' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'Kaart insluiten' })).toHaveFocus();
  });

  it('the code follows the options, and the preview shows the same URL', async () => {
    open();
    const user = userEvent.setup();
    expect(code()).toContain('src="https://example.org/atlas/?lang=nl&amp;country=UA&amp;embed=1"');
    expect(code()).toContain('title="Beleidsatlas: Oekraïne in de Beleidsbrief Buitenlandse Zaken 2026"');
    expect(code()).toContain('<script>');

    await user.click(screen.getByRole('checkbox', { name: 'Samenvatting bij een gekozen land' }));
    await user.click(screen.getByRole('checkbox', { name: 'Zoekveld' }));
    await user.click(screen.getByRole('checkbox', { name: 'Kaart verschuiven en zoomen toestaan' }));
    await user.click(screen.getByRole('radio', { name: 'Donker' }));
    await user.click(screen.getByRole('radio', { name: /Groot/ }));
    await user.click(screen.getByRole('checkbox', { name: /Hoogte automatisch aanpassen/ }));
    expect(code()).toBe(
      '<iframe id="beleidsatlas-ua" src="https://example.org/atlas/?lang=nl&amp;country=UA&amp;embed=1&amp;controls=legend,search&amp;interactive=0&amp;scheme=dark" ' +
        'title="Beleidsatlas: Oekraïne in de Beleidsbrief Buitenlandse Zaken 2026" width="100%" height="600" style="width:100%;max-width:960px;height:600px;border:0" loading="lazy"></iframe>',
    );
    const preview = screen.getByTitle(/^Voorbeeld: /);
    expect(preview).toHaveAttribute('src', 'https://example.org/atlas/?lang=nl&country=UA&embed=1&controls=legend,search&interactive=0&scheme=dark');
  });

  it('copies the code and confirms', async () => {
    open();
    const user = userEvent.setup({ writeToClipboard: false });
    const writeText = mockClipboard();
    await user.click(screen.getByRole('button', { name: 'Code kopiëren' }));
    expect(writeText.mock.calls[0]![0]).toMatch(/^<iframe [^\n]+<\/iframe>\n<script>/);
    expect(screen.getByText('Code gekopieerd')).toBeInTheDocument();
  });

  it('Esc closes; Tab stays inside; focus goes back to the opener on unmount', async () => {
    const { onClose, opener, unmount } = open();
    const user = userEvent.setup();
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 30; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    unmount();
    expect(opener).toHaveFocus();
  });
});

describe('panel: quote, permalink and audit trail', () => {
  async function panel(init: (s: ReturnType<typeof createAtlasStore>) => void) {
    const store = createAtlasStore({ lang: 'nl' });
    init(store);
    const result = { ...renderWithProviders(<Panel model={model} />, { store }), store };
    await waitForPanel();
    return result;
  }

  it('copy quote puts passage, citation and permalink on the clipboard', async () => {
    window.history.replaceState(null, '', '/?country=UA');
    await panel((s) => s.getState().selectCountry('UA'));
    const user = userEvent.setup({ writeToClipboard: false });
    const writeText = mockClipboard();
    const second = screen.getAllByRole('article')[1]!;
    await user.click(within(second).getByRole('button', { name: 'Citaat kopiëren' }));
    const text = writeText.mock.calls[0]![0];
    expect(text).toMatch(/^„We gaan door met de militaire en niet-militaire steun aan Oekraïne\./);
    expect(text).toContain('“We blijven Oekraïne steunen”. Kamerstuk 36 800 V, nr. 103, 24 april 2026, §2.2.1.');
    expect(text.split('\n').at(-1)).toBe(`http://localhost:3000/?country=UA&passage=${SEED}/2.2.1`);
    expect(within(second).getByText('Citaat met bronvermelding en link gekopieerd')).toBeInTheDocument();
  });

  it('a copy that fails shows the quote in a field instead', async () => {
    await panel((s) => s.getState().selectCountry('UA'));
    const user = userEvent.setup({ writeToClipboard: false });
    mockClipboard(false);
    const first = screen.getAllByRole('article')[0]!;
    await user.click(within(first).getByRole('button', { name: 'Citaat kopiëren' }));
    expect((within(first).getByRole('textbox', { name: 'Citaat' }) as HTMLTextAreaElement).value).toMatch(/^„De Russische agressieoorlog/);
  });

  it('a permalinked passage is marked in words, in the country panel', async () => {
    await panel((s) => s.setState({ country: 'UA', passage: `${SEED}/2.2.1` }));
    const linked = screen.getByText('Gelinkte passage').closest('article')!;
    expect(within(linked).getByRole('heading')).toHaveTextContent('We blijven Oekraïne steunen');
    expect(screen.getAllByText('Gelinkte passage')).toHaveLength(1);
  });

  it('a permalinked passage without a country shows the passage and what it names', async () => {
    const { store } = await panel((s) => s.setState({ passage: `${SEED}/2.12.1` }));
    expect(screen.getByText('Passage 2.12.1')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'We zetten ons in voor internationaal recht' })).toBeInTheDocument();
    await userEvent.setup().click(within(screen.getByRole('region', { name: 'Genoemde landen' })).getByRole('button', { name: 'Oekraïne' }));
    expect(store.getState().country).toBe('UA');
    // Another country is another view: the linked passage is left behind.
    expect(store.getState().passage).toBeNull();
  });

  it('“Why is this country here?” lists each mention with its rule and the theme reasons', async () => {
    await panel((s) => s.getState().selectCountry('UA'));
    const summary = screen.getByText('Waarom staat dit land hier?');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await userEvent.setup().click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByText(/^Direct genoemd: 7 · via een regio of organisatie: \d+\.$/)).toBeInTheDocument();
    const items = within(details).getAllByText(/^Regel:/);
    expect(items.length).toBeGreaterThanOrEqual(7);
    expect(within(details).getAllByText(/landnaam “Oekraïne”/).length).toBe(7);
    expect(within(details).getAllByText(/lid van .*(Europa|Raad van Europa)/).length).toBeGreaterThan(0);
    const reasons = within(details).getAllByText(/^Oekraïne en Rusland:/).map((li) => li.textContent);
    expect(reasons).toContain("Oekraïne en Rusland: sectiekop “We blijven Oekraïne steunen”, trefwoord “Oekraïne”");
  });

  it('no audit trail for a country the letter never reaches', async () => {
    const unmentioned = [...model.countryById.values()].find((c) => !c.mentioned)!;
    await panel((s) => s.getState().selectCountry(unmentioned.iso2));
    expect(screen.queryByText('Waarom staat dit land hier?')).toBeNull();
  });
});
