// @vitest-environment jsdom
/** `?compare=a,b`: two letters the real build made, compared per country in a table. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/pipeline/types';
import { buildTwoLetters, EDITED_ID, SEED_ID } from './twoLetters';
import { startApp } from './twoLettersApp';
import './helpers';

let out: string;
beforeAll(() => {
  out = buildTwoLetters();
}, 120_000);

const start = (search: string, lang: Lang = 'nl') => startApp(out, search, lang);

const rowOf = (table: HTMLElement, name: string) => within(table).getByRole('button', { name }).closest('tr')!;
/** A row's class in words, from its class column (narrow tables show it under the name instead, by CSS). */
const classOf = (table: HTMLElement, name: string) => within(rowOf(table, name)).getAllByRole('cell').at(-1)!.textContent;

describe('comparing two letters', () => {
  it('shows every country’s change in a table: Argentina newly mentioned, Brazil no longer, Ukraine as often', async () => {
    start(`?compare=${SEED_ID},${EDITED_ID}`);
    const table = await screen.findByRole('table', { name: /Van Beleidsbrief Buitenlandse Zaken 2026 naar Beleidsbrief Buitenlandse Zaken 2027 · vermeldingen per 1\.000 woorden/ });
    expect(classOf(table, 'Argentinië')).toBe('nieuw genoemd');
    expect(classOf(table, 'Brazilië')).toBe('niet meer genoemd');
    expect(classOf(table, 'Oekraïne')).toBe('even vaak');
    // The legend names the measure and every class in words, not only colours.
    const legend = screen.getByRole('region', { name: 'Legenda' });
    expect(legend).toHaveTextContent('vermeldingen per 1.000 woorden');
    for (const c of ['nieuw genoemd', 'niet meer genoemd', 'vaker', 'minder vaak', 'even vaak']) expect(within(legend).getByText(c)).toBeInTheDocument();
    // And the colours that are no class: a country neither letter names, the author country.
    expect(within(legend).getByText('in geen van beide genoemd')).toBeInTheDocument();
    expect(within(legend).getByText('Nederland, de afzender')).toBeInTheDocument();
  });

  it('the other way round, in English: Argentina is no longer mentioned', async () => {
    start(`?compare=${EDITED_ID},${SEED_ID}&lang=en`, 'en');
    const table = await screen.findByRole('table', { name: /mentions per 1,000 words/ });
    expect(classOf(table, 'Argentina')).toBe('no longer mentioned');
    expect(classOf(table, 'Brazil')).toBe('newly mentioned');
  });

  it('sorts by change: the biggest rise first, then, turned round, the biggest fall first', async () => {
    const user = userEvent.setup();
    start(`?compare=${SEED_ID},${EDITED_ID}`);
    const table = await screen.findByRole('table');
    const first = () => within(within(table).getAllByRole('row')[1]!).getAllByRole('cell').at(-1)!.textContent;
    expect(first()).toBe('nieuw genoemd');
    await user.click(within(table).getByRole('button', { name: /Verandering/ }));
    expect(within(table).getByRole('columnheader', { name: /Verandering/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(first()).toBe('niet meer genoemd');
  });

  it('closing the comparison brings back the map’s own legend and drops compare= from the address', async () => {
    const user = userEvent.setup();
    const store = start(`?compare=${SEED_ID},${EDITED_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Vergelijking sluiten' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // The legend is the map's own again: mention counts, not the change per 1,000 words.
    const legend = screen.getByRole('region', { name: 'Legenda' });
    expect(legend).toHaveTextContent('Vermeldingen bij de gekozen thema’s');
    expect(legend).not.toHaveTextContent('per 1.000 woorden');
    expect(store.getState().compare).toBeNull();
    expect(window.location.search).not.toContain('compare');
  });

  it('a comparison of a letter with itself is ignored: no table', async () => {
    start(`?compare=${SEED_ID},${SEED_ID}`);
    await screen.findByRole('img');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('starting a comparison', () => {
  it('“Vergelijk” beside the letter switch compares the letter shown with the one before it, older first', async () => {
    const user = userEvent.setup();
    const store = start('');
    await user.click(await screen.findByRole('button', { name: 'Vergelijk' }));
    expect(store.getState().compare).toEqual([SEED_ID, EDITED_ID]);
    const table = await screen.findByRole('table');
    expect(classOf(table, 'Argentinië')).toBe('nieuw genoemd');
    expect(window.location.search).toContain(`compare=${SEED_ID},${EDITED_ID}`);
    // While comparing, the button is not offered again.
    expect(screen.queryByRole('button', { name: 'Vergelijk' })).not.toBeInTheDocument();
  });
});
