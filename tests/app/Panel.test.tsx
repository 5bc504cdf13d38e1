// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Panel } from '../../src/app/panel/Panel';
import { createAtlasStore } from '../../src/app/store/store';
import { fixtureModel, renderWithProviders, waitForPanel } from './helpers';

const model = fixtureModel();

async function setup(init: (s: ReturnType<typeof createAtlasStore>) => void = () => {}, lang: 'nl' | 'en' = 'nl') {
  const store = createAtlasStore({ lang });
  init(store);
  const result = renderWithProviders(<Panel model={model} />, { store, lang });
  await waitForPanel();
  return result;
}

describe('Panel: country', () => {
  it('shows name, count, breakdown and every passage in letter order', async () => {
    await setup((s) => s.getState().selectCountry('UA'));
    expect(screen.getByRole('heading', { level: 2, name: 'Oekraïne' })).toBeInTheDocument();
    expect(screen.getByText(/7 vermeldingen in 3 passages/)).toBeInTheDocument();
    const breakdown = screen.getByRole('region', { name: 'Vermeldingen per thema' });
    expect(within(breakdown).getByText('Veiligheid en defensie').parentElement).toHaveTextContent('Veiligheid en defensie6');
    const passages = within(screen.getByRole('region', { name: 'Passages (3)' })).getAllByRole('article');
    expect(passages.map((p) => within(p).getByRole('heading').textContent)).toEqual([
      '2. Wat we gaan doen › Verantwoordelijkheid nemen voor de eigen veiligheid',
      '2. Wat we gaan doen › We blijven Oekraïne steunen',
      '2. Wat we gaan doen › We zetten ons in voor internationaal recht',
    ]);
  });

  it('highlights the mentions with <mark>', async () => {
    await setup((s) => s.getState().selectCountry('UA'));
    const [first] = screen.getAllByRole('article');
    const marks = first!.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['Oekraïne', 'Oekraïne']);
  });

  it('renders footnote markers (zero-length spans in the data) and footnotes', async () => {
    await setup((s) => s.getState().selectCountry('FR'));
    const article = screen.getAllByRole('article')[0]!;
    const ref = within(article).getByRole('link', { name: '1' });
    expect(ref.closest('sup')).not.toBeNull();
    expect(ref).toHaveAccessibleDescription(/internationale veiligheidsstrategie/);
    expect(within(article).getByRole('list', { name: 'Voetnoten' })).toBeInTheDocument();
    expect(article.querySelector('p')).toHaveTextContent(/conventionele afschrikking1\.?$/);
  });

  it('renders emphasis from the source', async () => {
    await setup((s) => s.getState().selectCountry('UA'));
    expect(screen.getAllByRole('article')[0]!.querySelector('em')).toHaveTextContent('Coalition of the Willing');
  });

  it('theme chips say why a theme applies', async () => {
    await setup((s) => s.getState().selectCountry('UA'));
    const second = screen.getAllByRole('article')[1]!;
    const chips = within(second).getByRole('list', { name: 'Thema’s van deze passage' });
    expect(chips).toHaveTextContent('Oekraïne en Rusland: via sectie “We blijven Oekraïne steunen”; trefwoord “Oekraïne”');
    expect(chips).toHaveTextContent('Veiligheid en defensie: trefwoord “NAVO”; trefwoord “militaire”');
  });

  it('co-mentioned countries are buttons that select them and move focus', async () => {
    const user = userEvent.setup();
    const { store } = await setup((s) => s.getState().selectCountry('UA'));
    const section = screen.getByRole('region', { name: 'Samen genoemd met' });
    await user.click(within(section).getByRole('button', { name: 'Rusland' }));
    expect(store.getState().country).toBe('RU');
    expect(store.getState().focusRequest).toEqual({ places: ['RU'], key: 1 });
    expect(screen.getByRole('heading', { level: 2, name: 'Rusland' })).toHaveFocus();
  });

  it('lists the regions that include the country, and opens them', async () => {
    const user = userEvent.setup();
    const { store } = await setup((s) => s.getState().selectCountry('UA'));
    await user.click(within(screen.getByRole('region', { name: 'Genoemd als deel van' })).getByRole('button', { name: 'Europa' }));
    expect(store.getState().region).toBe('europe');
  });

  it('filters passages by the selected themes and says so', async () => {
    await setup((s) => {
      s.getState().selectCountry('UA');
      s.getState().setThemes(['freedoms']);
    });
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByText('1 van 3 passages, bij de gekozen thema’s.')).toBeInTheDocument();
    expect(screen.getByText(/1 bij de gekozen thema’s/)).toBeInTheDocument();
  });

  it('keeps passages Dutch (lang="nl") in the English UI', async () => {
    await setup((s) => s.getState().selectCountry('UA'), 'en');
    expect(screen.getByRole('heading', { level: 2, name: 'Ukraine' })).toBeInTheDocument();
    expect(screen.getByText(/7 mentions in 3 passages/)).toBeInTheDocument();
    const p = screen.getAllByRole('article')[0]!.querySelector('p')!;
    expect(p).toHaveAttribute('lang', 'nl');
  });

  it('explains the home country and a country reached only through regions', async () => {
    await setup((s) => s.getState().selectCountry('NL'));
    expect(screen.getByText(/afzender van de brief/)).toBeInTheDocument();
  });

  it('via-only country: explains, and offers the region passages', async () => {
    await setup((s) => s.getState().selectCountry('XK'));
    expect(screen.getByText('Kosovo wordt niet bij naam genoemd, wel als deel van een regio of organisatie.')).toBeInTheDocument();
    expect(screen.getByText('Via een regio of organisatie (11 passages)')).toBeInTheDocument();
  });

  it('every disclosure in the panel has a marker that turns when it opens', async () => {
    const user = userEvent.setup();
    const { container } = await setup((s) => s.getState().selectCountry('XK'));
    const via = screen.getByText('Via een regio of organisatie (11 passages)');
    const details = via.closest('details')!;
    expect(screen.getAllByRole('group')).toContain(details);
    const all = [...container.querySelectorAll('details')];
    expect(all.length, 'via passages and the audit trail').toBe(2);
    for (const d of all) {
      const marker = within(d.querySelector('summary')!).getByText('▸');
      expect(marker, 'decoration, not part of the name').toHaveAttribute('aria-hidden', 'true');
      expect(marker).toHaveClass('disclosure-marker');
    }
    expect(details.open).toBe(false);
    await user.click(via);
    expect(details.open).toBe(true);
    expect(within(details).getAllByRole('article').length).toBe(11);
  });

  it('unmentioned country', async () => {
    await setup((s) => s.getState().selectCountry('KZ'));
    expect(screen.getByText('Kazachstan wordt niet genoemd in de brief.')).toBeInTheDocument();
  });
});

describe('Panel: region', () => {
  it('lists members as buttons and the passages with the region marked', async () => {
    const user = userEvent.setup();
    const { store } = await setup((s) => s.getState().selectRegion('western-balkans'));
    expect(screen.getByRole('heading', { level: 2, name: 'Westelijke Balkan' })).toBeInTheDocument();
    expect(screen.getByText('Regio')).toBeInTheDocument();
    const members = screen.getByRole('region', { name: /Leden/ });
    expect(within(members).getAllByRole('button')).toHaveLength(6);
    const article = screen.getByRole('article');
    expect(article.querySelector('mark')).toHaveTextContent('westelijke Balkan');
    await user.click(within(members).getByRole('button', { name: 'Kosovo' }));
    expect(store.getState()).toMatchObject({ country: 'XK', region: null });
  });
});

describe('Panel: empty state', () => {
  it('explains the letter and offers the biggest themes and countries', async () => {
    const user = userEvent.setup();
    const { store } = await setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Waar wil Nederland in de wereld optreden?' })).toBeInTheDocument();
    const countries = screen.getByRole('region', { name: 'Meest genoemde landen' });
    expect(within(countries).getAllByRole('button')[0]).toHaveTextContent('Oekraïne');
    expect(within(countries).queryByRole('button', { name: 'Nederland' })).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('region', { name: 'Grootste thema’s' })).getByRole('button', { name: 'Veiligheid en defensie' }));
    expect(store.getState().themes).toEqual(['security']);
    await user.click(within(countries).getByRole('button', { name: 'Oekraïne' }));
    expect(store.getState().country).toBe('UA');
  });

  it('ranks them with a count beside each name, largest first, the unit said with every count', async () => {
    await setup();
    for (const [name, unit] of [['Grootste thema’s', /^(\d+) passages?$/], ['Meest genoemde landen', /^(\d+) vermeldingen?$/]] as const) {
      const rows = within(screen.getByRole('region', { name })).getAllByRole('listitem');
      const counts = rows.map((row) => {
        // Seen: the bare number in the right-hand column; heard: the number with its unit.
        const spoken = within(row).getByText(unit).textContent!;
        const shown = row.querySelector('.ranked-count [aria-hidden="true"]')!.textContent;
        expect(spoken.startsWith(`${shown} `)).toBe(true);
        return Number(shown);
      });
      expect(counts.length).toBeGreaterThan(1);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });
});
