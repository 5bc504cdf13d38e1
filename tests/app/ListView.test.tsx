// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildRows } from '../../src/app/list/rows';
import { ListView } from '../../src/app/list/ListView';
import { fixtureModel, renderWithProviders } from './helpers';

const model = fixtureModel();

function setup(themes: string[] = [], lang: 'nl' | 'en' = 'nl') {
  const onSelect = vi.fn();
  renderWithProviders(<ListView rows={buildRows(model, themes, lang)} lang={lang} selectedId={null} onSelect={onSelect} />, { lang });
  const table = screen.getByRole('table');
  const names = () => within(table).getAllByRole('rowheader').map((c) => within(c).getByRole('button').textContent);
  return { onSelect, table, names };
}

describe('ListView', () => {
  it('is a captioned table, sorted by mentions by default', () => {
    const { table, names } = setup();
    expect(table).toHaveAccessibleName(/Alle landen en regio’s die de brief noemt/);
    expect(screen.getByRole('columnheader', { name: /Vermeldingen/ })).toHaveAttribute('aria-sort', 'descending');
    // The author country is listed too (marked as such); it is mentioned most.
    expect(names().slice(0, 3)).toEqual(['Nederland', 'Europa', 'Europese Unie']);
  });

  it('sorts by name with the column header button, toggling direction', async () => {
    const user = userEvent.setup();
    const { names } = setup();
    await user.click(screen.getByRole('button', { name: /^Naam/ }));
    expect(screen.getByRole('columnheader', { name: /Naam/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Vermeldingen/ })).not.toHaveAttribute('aria-sort');
    expect(names().slice(0, 3)).toEqual(['Afrika', 'Albanië', 'Armenië']);
    await user.click(screen.getByRole('button', { name: /^Naam/ }));
    expect(screen.getByRole('columnheader', { name: /Naam/ })).toHaveAttribute('aria-sort', 'descending');
    expect(names()[0]).toBe('Zwitserland');
  });

  it('sorts by main theme', async () => {
    const user = userEvent.setup();
    setup();
    await user.click(screen.getByRole('button', { name: /Belangrijkste thema/ }));
    const themes = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell').at(-1)!.textContent);
    const named = themes.filter((t) => t !== '–');
    expect(named).toEqual([...named].sort((a, b) => a!.localeCompare(b!, 'nl')));
  });

  it('selects a row by its name button', async () => {
    const user = userEvent.setup();
    const { onSelect } = setup();
    await user.click(screen.getByRole('button', { name: 'Oekraïne' }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ kind: 'country', id: 'UA' }));
  });

  it('shows counts under the theme filter', () => {
    setup(['freedoms']);
    const row = screen.getByRole('row', { name: /Oekraïne/ });
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('1');
    expect(screen.queryByRole('button', { name: 'China' })).not.toBeInTheDocument();
  });
});
