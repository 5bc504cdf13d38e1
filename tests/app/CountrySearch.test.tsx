// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CountrySearch } from '../../src/app/components/CountrySearch';
import { buildSearchItems } from '../../src/app/search/searchIndex';
import { fixtureModel, renderWithProviders } from './helpers';

const model = fixtureModel();
const items = buildSearchItems(model);

function setup(lang: 'nl' | 'en' = 'nl') {
  const onChoose = vi.fn();
  renderWithProviders(<CountrySearch items={items} lang={lang} regionType={(id) => model.regionById.get(id)?.type} onChoose={onChoose} />, { lang });
  return { onChoose, input: screen.getByRole('combobox', { name: lang === 'nl' ? 'Zoek een land of regio' : 'Search a country or region' }) };
}

describe('CountrySearch combobox', () => {
  it('starts collapsed and wired to its listbox', () => {
    const { input } = setup();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    expect(document.getElementById(input.getAttribute('aria-controls')!)).toHaveAttribute('role', 'listbox');
  });

  it('"oekraine" + ArrowDown + Enter selects Ukraine', async () => {
    const user = userEvent.setup();
    const { input, onChoose } = setup();
    await user.type(input, 'oekraine');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('option', { name: /Oekraïne/ })).toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    const active = input.getAttribute('aria-activedescendant')!;
    expect(document.getElementById(active)).toHaveTextContent('Oekraïne');
    expect(document.getElementById(active)).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'country', id: 'UA' }));
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('Oekraïne');
  });

  it('finds "Ukraine" in the Dutch UI and shows the matched name', async () => {
    const user = userEvent.setup();
    const { input } = setup();
    await user.type(input, 'Ukraine');
    expect(screen.getByRole('option', { name: /Oekraïne \(Ukraine\)/ })).toBeInTheDocument();
  });

  it('ArrowUp wraps to the last option; Escape closes, a second Escape clears', async () => {
    const user = userEvent.setup();
    const { input } = setup();
    await user.type(input, 'land');
    const options = screen.getAllByRole('option');
    await user.keyboard('{ArrowUp}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options.at(-1)!.id);
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('reaches regions, labelled by type', async () => {
    const user = userEvent.setup();
    const { input, onChoose } = setup();
    await user.type(input, 'balkan');
    await user.click(screen.getByRole('option', { name: /Westelijke Balkan · regio/ }));
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'region', id: 'western-balkans' }));
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    const { input } = setup('en');
    await user.type(input, 'zzzz');
    expect(screen.getByText('No country or region found')).toBeInTheDocument();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('Enter without an active option takes the first match', async () => {
    const user = userEvent.setup();
    const { input, onChoose } = setup();
    await user.type(input, 'kosovo{Enter}');
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'XK' }));
  });
});
