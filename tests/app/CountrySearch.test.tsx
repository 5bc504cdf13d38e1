// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CountrySearch } from '../../src/app/components/CountrySearch';
import type { UnnamedIndex } from '../../src/pipeline/types';
import { buildSearchItems } from '../../src/app/search/searchIndex';
import { fixtureModel, renderWithProviders } from './helpers';

const model = fixtureModel();
const items = buildSearchItems(model);

function setup(lang: 'nl' | 'en' = 'nl', loadUnnamed: () => Promise<UnnamedIndex> = vi.fn(model.data.unnamed!)) {
  const onChoose = vi.fn();
  renderWithProviders(
    <>
      <CountrySearch items={items} lang={lang} regionType={(id) => model.regionById.get(id)?.type} onChoose={onChoose} loadUnnamed={loadUnnamed} />
      <button type="button">elsewhere</button>
    </>,
    { lang },
  );
  return { onChoose, loadUnnamed, input: screen.getByRole('combobox', { name: lang === 'nl' ? 'Zoek een land of regio' : 'Search a country or region' }) };
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
    expect(input, 'cleared after the choice').toHaveValue('');
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

  it('selects its text on focus, so typing replaces it', async () => {
    const user = userEvent.setup();
    const { input: field } = setup();
    const input = field as HTMLInputElement;
    await user.type(input, 'kosov');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    await user.click(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 5]);
    await user.keyboard('duits');
    expect(input).toHaveValue('duits');
    await user.tab();
    await user.tab({ shift: true });
    expect(input).toHaveFocus();
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 5]);
  });

  it('after a choice the next text starts a new search', async () => {
    const user = userEvent.setup();
    const { input, onChoose } = setup();
    await user.type(input, 'kosovo{Enter}');
    expect(input).toHaveValue('');
    await user.type(input, 'duits');
    expect(input).toHaveValue('duits');
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'DE' }));
  });
});

describe('a place the letter does not name', () => {
  it('Sahel (nl): says the letter does not name it and offers Africa', async () => {
    const user = userEvent.setup();
    const { input, onChoose } = setup('nl');
    await user.type(input, 'Sahel');
    expect(await screen.findByRole('status')).toHaveTextContent('De brief noemt de Sahel niet');
    expect(screen.queryByText('Geen land of regio gevonden')).toBeNull();
    const near = screen.getByRole('list', { name: 'Wel genoemd, in de buurt:' });
    expect(within(near).getAllByRole('button').map((b) => b.textContent)).toEqual(['Afrika']);
    await user.click(within(near).getByRole('button', { name: 'Afrika' }));
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'region', id: 'africa' }));
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
  });

  it('Sahel (en), also by another of its names, and reachable with Tab', async () => {
    const user = userEvent.setup();
    const { input, onChoose } = setup('en');
    await user.type(input, 'sahelregio');
    expect(await screen.findByRole('status')).toHaveTextContent('The letter does not name the Sahel');
    await user.tab();
    const africa = screen.getByRole('button', { name: 'Africa' });
    expect(africa, 'the note stays open while focus is in it').toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'region', id: 'africa' }));
  });

  it.each([
    ['nl', 'Kazachstan', 'De brief noemt Kazachstan niet', ['China', 'Rusland']],
    ['en', 'Kazakhstan', 'The letter does not name Kazakhstan', ['China', 'Russia']],
  ] as const)('a country it never mentions (%s): its option stays, and the note names its named neighbours', async (lang, query, message, neighbours) => {
    const user = userEvent.setup();
    const { input, onChoose } = setup(lang);
    await user.type(input, query);
    expect(screen.getByRole('option', { name: new RegExp(query) })).toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent(message);
    const near = screen.getByRole('list', { name: lang === 'nl' ? 'Wel genoemd, in de buurt:' : 'Named nearby:' });
    expect(within(near).getAllByRole('button').map((b) => b.textContent)).toEqual(neighbours);
    await user.click(within(near).getByRole('button', { name: neighbours[1] }));
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'country', id: 'RU' }));
  });

  it('a country reached only through a grouping (Mali) points to the groupings the letter names', async () => {
    const user = userEvent.setup();
    const { input } = setup('nl');
    await user.type(input, 'mali');
    expect(await screen.findByRole('status')).toHaveTextContent('De brief noemt Mali niet');
    expect(within(screen.getByRole('list', { name: 'Wel genoemd, in de buurt:' })).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Afrika',
      'Internationaal Strafhof',
    ]);
  });

  it('a place the letter names exactly needs no list of unnamed places', async () => {
    const user = userEvent.setup();
    const { input, loadUnnamed } = setup('nl');
    await user.type(input, 'Oekraïne');
    expect(screen.getByRole('option', { name: /Oekraïne/ })).toBeInTheDocument();
    expect(loadUnnamed).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('without the list (offline, failed) it is the plain "not found"', async () => {
    const user = userEvent.setup();
    const { input } = setup('nl', () => Promise.reject(new Error('offline')));
    await user.type(input, 'Sahel');
    expect(screen.getByRole('status')).toHaveTextContent('Geen land of regio gevonden');
    expect(screen.queryByRole('button', { name: 'Afrika' })).toBeNull();
  });
});
