// @vitest-environment jsdom
/**
 * `?compare=a,b` with a country or region chosen: the panel shows what both letters say,
 * side by side, on the two letters the real build made (the seed, and a copy a year later
 * naming Argentina where the seed names Brazil). Both number their passages from 1.0.1, so
 * the marks, quotes and permalinks below only come out right with letter-qualified keys.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/pipeline/types';
import { waitForPanel } from './helpers';
import { buildTwoLetters, EDITED_ID, SEED_ID } from './twoLetters';
import { startApp } from './twoLettersApp';

let out: string;
beforeAll(() => {
  out = buildTwoLetters();
}, 120_000);

afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

const COMPARE = `compare=${SEED_ID},${EDITED_ID}`;

const start = (search: string, lang: Lang = 'nl') => startApp(out, search, lang);

/** The panel once both letters are in, and its two sides (regions named by each letter's heading). */
async function sides(name: string, titles = ['Beleidsbrief Buitenlandse Zaken 2026 24 april 2026', 'Beleidsbrief Buitenlandse Zaken 2027 15 mei 2027']) {
  await waitForPanel();
  const panel = screen.getByRole('complementary');
  await within(panel).findByRole('heading', { level: 2, name });
  // The heading can come from the first letter to load; the sides need both.
  const [older, newer] = await Promise.all(titles.map((t) => within(panel).findByRole('region', { name: t })));
  return { panel, older: older!, newer: newer! };
}

/** A country's rate in one of the table's letter columns (0: the first letter, 1: the second). */
async function tableRate(name: string, column: 0 | 1) {
  const table = await screen.findByRole('table');
  const row = within(table).getByRole('button', { name }).closest('tr')!;
  return within(row).getAllByRole('cell')[column]!.textContent;
}

const articles = (side: HTMLElement) => within(side).queryAllByRole('article');
const marks = (side: HTMLElement) => [...side.querySelectorAll('article mark')].map((m) => m.textContent);

describe('the panel while comparing, in Dutch', () => {
  it('a country new in the second letter: the change in words on top, the first letter says it does not name it', async () => {
    start(`?${COMPARE}&country=AR`);
    const { panel, older, newer } = await sides('Argentinië');
    const rate = await tableRate('Argentinië', 1);
    expect(rate).not.toBe('0,00');
    // The same figures as the table's row, the class in words.
    expect(within(panel).getByText(`Verandering: nieuw genoemd, van 0,00 naar ${rate} per 1.000 woorden`)).toBeInTheDocument();

    expect(within(older).getByText('Deze brief noemt Argentinië niet.')).toBeInTheDocument();
    expect(articles(older)).toHaveLength(0);

    expect(within(newer).getByText(`1 vermelding · ${rate} per 1.000 woorden`)).toBeInTheDocument();
    const [passage] = articles(newer);
    expect(articles(newer)).toHaveLength(1);
    // Under its section path, with the name marked.
    expect(within(passage!).getByRole('heading', { level: 5, name: /^3\. We verbreden en versterken partnerschappen › / })).toBeInTheDocument();
    expect(marks(newer)).toEqual(['Argentinië']);
  });

  it('a country both letters name as often: both sides with their count, headings and passages, each letter’s own', async () => {
    const store = start(`?${COMPARE}&country=UA`);
    const { panel, older, newer } = await sides('Oekraïne');
    const [from, to] = [await tableRate('Oekraïne', 0), await tableRate('Oekraïne', 1)];
    expect(within(panel).getByText(`Verandering: even vaak, van ${from} naar ${to} per 1.000 woorden`)).toBeInTheDocument();
    for (const [side, rate, id] of [[older, from, SEED_ID], [newer, to, EDITED_ID]] as const) {
      expect(within(side).getByText(`8 vermeldingen · ${rate} per 1.000 woorden`)).toBeInTheDocument();
      expect(within(side).getByRole('heading', { level: 4, name: 'Genoemd in een kop (1)' })).toBeInTheDocument();
      expect(within(side).getByRole('heading', { level: 4, name: 'Passages (3)' })).toBeInTheDocument();
      expect(articles(side)).toHaveLength(3);
      // Every passage is keyed by its own letter: the seed's 2.2.1 and the copy's 2.2.1 are two passages.
      for (const a of articles(side)) expect(a.getAttribute('aria-labelledby')).toMatch(new RegExp(`^p-${id}-`));
      expect(marks(side).every((m) => m === 'Oekraïne')).toBe(true);
    }
    // Walking follows the letter the map shows: not offered beside another letter, but again once the comparison ends.
    const walk = { name: /^Loop de brief door vanaf hier/ };
    expect(within(panel).queryByRole('button', walk)).toBeNull();
    act(() => store.getState().setCompare(null));
    const passages = await within(panel).findByRole('region', { name: 'Passages (3)' });
    expect(within(passages).getAllByRole('button', walk)).toHaveLength(3);
  });

  it('quoting from either side cites that letter and links to its passage', async () => {
    const user = userEvent.setup({ writeToClipboard: false });
    start(`?${COMPARE}&country=UA`);
    const { older, newer } = await sides('Oekraïne');
    const writeText = vi.fn(async (_t: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.click(within(articles(older)[1]!).getByRole('button', { name: 'Citaat kopiëren' }));
    await user.click(within(articles(newer)[1]!).getByRole('button', { name: 'Citaat kopiëren' }));
    const [seedQuote, editedQuote] = writeText.mock.calls.map((c) => c[0]);
    expect(seedQuote).toContain('Beleidsbrief Buitenlandse Zaken 2026');
    expect(seedQuote).toContain('24 april 2026, §2.2.1.');
    expect(seedQuote!.split('\n').at(-1)).toBe(`http://localhost:3000/?country=UA&passage=${SEED_ID}/2.2.1&${COMPARE}`);
    expect(editedQuote).toContain('Beleidsbrief Buitenlandse Zaken 2027');
    expect(editedQuote).toContain('15 mei 2027, §2.2.1.');
    expect(editedQuote!.split('\n').at(-1)).toBe(`http://localhost:3000/?country=UA&passage=${EDITED_ID}/2.2.1&${COMPARE}`);
  });

  it.each([
    [EDITED_ID, 'newer'],
    [SEED_ID, 'older'],
  ] as const)('a permalink to %s/2.2.1 marks that passage on its letter’s side only', async (id, which) => {
    start(`?${COMPARE}&country=UA&passage=${id}/2.2.1`);
    const both = await sides('Oekraïne');
    const other = which === 'newer' ? both.older : both.newer;
    const linked = await within(both[which]).findByText('Gelinkte passage');
    expect(linked.closest('article')!.getAttribute('aria-labelledby')).toBe(`p-${id}-2-2-1-h`);
    expect(within(other).queryByText('Gelinkte passage')).toBeNull();
  });

  it('an organisation: both letters’ passages with its name marked', async () => {
    start(`?${COMPARE}&region=eu`);
    const { panel, older, newer } = await sides('Europese Unie');
    expect(within(panel).getByText('Organisatie')).toBeInTheDocument();
    expect(within(panel).getByText(/^Verandering: even vaak, van /)).toBeInTheDocument();
    expect(articles(older).length).toBeGreaterThan(3);
    expect(articles(newer)).toHaveLength(articles(older).length);
    // The same text in both letters: the same names marked, the organisation's own among them.
    expect(marks(newer)).toEqual(marks(older));
    expect(marks(newer)).toEqual(expect.arrayContaining(['Europese Unie', 'EU', 'Raad van de EU']));
    expect(marks(newer)).not.toContain('Oekraïne');
  });

  it('a name in the change table opens that country side by side', async () => {
    const user = userEvent.setup();
    const store = start(`?${COMPARE}`);
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('button', { name: 'Brazilië' }));
    expect(store.getState().country).toBe('BR');
    const { older, newer } = await sides('Brazilië');
    expect(within(newer).getByText('Deze brief noemt Brazilië niet.')).toBeInTheDocument();
    expect(marks(older)).toEqual(['Brazilië']);
    // The row of the country shown is marked as such.
    expect(within(table).getByRole('button', { name: 'Brazilië' }).closest('tr')).toHaveAttribute('aria-current', 'true');
  });
});

describe('the panel while comparing, in English', () => {
  it('a country the second letter no longer names: the change in words, each side under its letter and date', async () => {
    start(`?${COMPARE}&country=BR&lang=en`, 'en');
    const { panel, older, newer } = await sides('Brazil', ['Beleidsbrief Buitenlandse Zaken 2026 April 24, 2026', 'Beleidsbrief Buitenlandse Zaken 2027 May 15, 2027']);
    const rate = await tableRate('Brazil', 0);
    expect(within(panel).getByText('Country')).toBeInTheDocument();
    expect(within(panel).getByText(`Change: no longer mentioned, from ${rate} to 0.00 per 1,000 words`)).toBeInTheDocument();
    expect(within(older).getByText(`1 mention · ${rate} per 1,000 words`)).toBeInTheDocument();
    expect(within(older).getByRole('heading', { level: 4, name: 'Passages (1)' })).toBeInTheDocument();
    expect(marks(older)).toEqual(['Brazilië']);
    expect(within(newer).getByText('This letter does not mention Brazil.')).toBeInTheDocument();
    expect(articles(newer)).toHaveLength(0);
  });

  it('the other way round: Argentina no longer mentioned, quoted passages stay in Dutch', async () => {
    start(`?compare=${EDITED_ID},${SEED_ID}&country=AR&lang=en`, 'en');
    const { panel, older, newer } = await sides('Argentina', ['Beleidsbrief Buitenlandse Zaken 2027 May 15, 2027', 'Beleidsbrief Buitenlandse Zaken 2026 April 24, 2026']);
    expect(within(panel).getByText(/^Change: no longer mentioned, from /)).toBeInTheDocument();
    // The first side is the first letter of the link, whatever the dates.
    expect(articles(older)).toHaveLength(1);
    expect(articles(older)[0]!.querySelector('p')).toHaveAttribute('lang', 'nl');
    expect(within(newer).getByText('This letter does not mention Argentina.')).toBeInTheDocument();
  });
});
