// @vitest-environment jsdom
/** Several letters in one atlas: keys unique across letters, permalinks to the right letter. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { loadAtlasData } from '../../src/app/data/load';
import { buildModel, EMPTY_KNOWN, findPassage, type AtlasModel } from '../../src/app/data/model';
import { createAtlasStore } from '../../src/app/store/store';
import { parseUrlState } from '../../src/app/url/parse';
import { baseDefaults } from '../../src/app/url/state';
import type { AtlasMapViewProps } from '../../src/map/contract';
import { createBundledI18n } from '../../src/i18n/bundled';
import { passageRef } from '../../src/pipeline/keys';
import type { LetterDocument } from '../../src/pipeline/types';
import type { Fetcher } from '../../src/app/data/load';
import { builtLetters, buildTwoLetters, EDITED_ID, folderFetcher, SEED_ID } from './twoLetters';
import { waitForPanel } from './helpers';

vi.mock('../../src/map/AtlasMapView', () => ({
  default: (props: AtlasMapViewProps) => <div role="img" aria-label={props.label} />,
}));

let out: string;
/** The model the first view builds (the newest letter), and one opened on the seed letter. */
let model: AtlasModel;
let seedModel: AtlasModel;
let docs: LetterDocument[];
/** The passage of the edited letter that names Argentina where the seed names Brazil. */
let argentina: string;

beforeAll(async () => {
  out = buildTwoLetters();
  model = buildModel(await loadAtlasData(folderFetcher(out), '/'));
  seedModel = buildModel(await loadAtlasData(folderFetcher(out), '/', SEED_ID));
  docs = builtLetters(out);
  argentina = docs.find((d) => d.meta.id === EDITED_ID)!.passages.find((p) => p.mentions.some((m) => m.iso2 === 'AR'))!.id;
}, 120_000);

function start(search: string, fetcher: Fetcher = folderFetcher(out)) {
  window.history.replaceState(null, '', `/${search}`);
  const defaults = baseDefaults('nl');
  const store = createAtlasStore({ lang: 'nl', url: parseUrlState(search, EMPTY_KNOWN), defaults });
  render(<App store={store} i18n={createBundledI18n('nl')} defaults={defaults} fetcher={fetcher} storage={{ setItem: vi.fn() }} />);
  return store;
}

describe('two letters in one build', () => {
  it('gives each letter the slug of its file name and its date from the head', () => {
    expect(docs.map((d) => [d.meta.id, d.meta.date])).toEqual([
      ['beleidsbrief-2027', '2027-05-15'],
      [SEED_ID, '2026-04-24'],
    ]);
  });

  it('keys every passage uniquely across letters, though both number from 1.0.1', () => {
    expect(docs.every((d) => d.passages[0]!.id === '1.0.1')).toBe(true);
    const keys = docs.flatMap((d) => d.passages.map((p) => passageRef(d.meta.id, p.id)));
    expect(new Set(keys).size).toBe(keys.length);
    // The first view holds one letter's passages, and knows every letter's keys from the index.
    expect(model.passageByRef.size).toBe(docs.find((d) => d.meta.id === EDITED_ID)!.passages.length);
    expect(model.known.passages!.size).toBe(keys.length);
    expect(model.known.passages!.has(`${EDITED_ID}/1.0.1`) && model.known.passages!.has(`${SEED_ID}/1.0.1`)).toBe(true);
  });

  it('names each letter by its id in mentions.csv', () => {
    const rows = readFileSync(join(out, 'mentions.csv'), 'utf8').split('\n').slice(1).filter(Boolean);
    const ar = rows.filter((r) => r.includes(',Argentinië,'));
    expect(ar.length).toBeGreaterThan(0);
    expect(ar.every((r) => r.startsWith(`${EDITED_ID},${argentina},`))).toBe(true);
    expect(rows.some((r) => r.startsWith(`${SEED_ID},${argentina},`) && r.includes(',Brazilië,'))).toBe(true);
  });

  it('finds a passage by its key in its own letter', () => {
    expect(findPassage(model, `${EDITED_ID}/${argentina}`)!.passage.text).toContain('Argentinië');
    expect(findPassage(seedModel, `${SEED_ID}/${argentina}`)!.passage.text).toContain('Brazilië');
  });

  it('a permalink to a passage of the second letter opens that passage, not the first letter’s', async () => {
    start(`?passage=${EDITED_ID}/${argentina}`);
    await waitForPanel();
    const panel = await screen.findByRole('complementary');
    await within(panel).findByText(`Passage ${argentina}`);
    expect(within(panel).getByRole('button', { name: 'Argentinië' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Brazilië' })).toBeNull();
  });

  it('an old link with a bare passage id opens the seed letter’s passage', async () => {
    start(`?passage=${argentina}`);
    await waitForPanel();
    const panel = await screen.findByRole('complementary');
    await within(panel).findByText(`Passage ${argentina}`);
    expect(within(panel).getByRole('button', { name: 'Brazilië' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Argentinië' })).toBeNull();
  });
});

describe('choosing the letter', () => {
  const switchBox = () => screen.findByRole('combobox', { name: 'Brief' });
  it('opens on the newest letter; the switch lists both, newest first; counts follow the choice', async () => {
    const store = start('?country=AR');
    const select = (await switchBox()) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      '15 mei 2027 · Beleidsbrief Buitenlandse Zaken 2027',
      '24 april 2026 · Beleidsbrief Buitenlandse Zaken 2026',
    ]);
    expect(select.value).toBe(EDITED_ID);
    await waitForPanel();
    const panel = screen.getByRole('complementary');
    // Argentina is named in the 2027 letter only.
    expect(await within(panel).findByRole('heading', { level: 2, name: 'Argentinië' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Direct genoemd: 1 · via een regio of organisatie: 2.');

    await userEvent.setup().selectOptions(select, SEED_ID);
    expect(store.getState().letter).toBe(SEED_ID);
    expect(window.location.search).toBe(`?country=AR&letter=${SEED_ID}`);
    // In the 2026 letter Argentina is reached only through Latin America and the ICC.
    await within(panel).findByText('Argentinië wordt niet bij naam genoemd, wel als deel van een regio of organisatie.');
    expect(panel).toHaveTextContent('Direct genoemd: 0 · via een regio of organisatie: 2.');
  });

  it('?letter= shows that letter’s counts; without it, the newest', async () => {
    start(`?letter=${SEED_ID}&country=BR`);
    await waitForPanel();
    const panel = screen.getByRole('complementary');
    await within(panel).findByRole('heading', { level: 2, name: 'Brazilië' });
    await within(panel).findByText(/^Direct genoemd: 1 /);
    expect(((await switchBox()) as HTMLSelectElement).value).toBe(SEED_ID);
  });

  it('the newest letter does not name Brazil', async () => {
    start('?country=BR');
    await waitForPanel();
    const panel = screen.getByRole('complementary');
    await within(panel).findByRole('heading', { level: 2, name: 'Brazilië' });
    await within(panel).findByText(/^Direct genoemd: 0 /);
  });

  it('the presentation is of the letter shown', async () => {
    start(`?letter=${SEED_ID}&present=1`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Beleidsbrief Buitenlandse Zaken 2026' })).toBeInTheDocument();
  });
});

describe('letters load on demand', () => {
  const file = (id: string) => `letters/${id}.json`;
  /** The letter files a fetcher was asked for, in order. */
  const letterCalls = (f: { calls: string[] }) => f.calls.filter((c) => c.includes('/letters/')).map((c) => c.slice(c.indexOf('letters/')));

  it('the first view fetches the index, the shapes and the newest letter only', async () => {
    const f = folderFetcher(out);
    await loadAtlasData(f, '/');
    expect(f.calls.sort()).toEqual(['/data/atlas.json', '/data/countries.topo.json', `/data/${file(EDITED_ID)}`]);
  });

  it('a link’s letter is fetched instead of the newest; an id the index does not list fetches nothing of its own', async () => {
    const f = folderFetcher(out);
    const data = await loadAtlasData(f, '/', SEED_ID);
    expect(letterCalls(f)).toEqual([file(SEED_ID)]);
    expect(data.letters.documents.map((d) => d.meta.id)).toEqual([SEED_ID]);
    const g = folderFetcher(out);
    await loadAtlasData(g, '/', 'no-such-letter');
    expect(letterCalls(g)).toEqual([file(EDITED_ID)]);
  });

  it('switching fetches the other letter once; switching back and forth fetches nothing more', async () => {
    const f = folderFetcher(out);
    start('?country=AR', f);
    const select = await screen.findByRole('combobox', { name: 'Brief' });
    await waitForPanel();
    const panel = screen.getByRole('complementary');
    await within(panel).findByText(/^Direct genoemd: 1 /);
    expect(letterCalls(f)).toEqual([file(EDITED_ID)]);
    const user = userEvent.setup();
    await user.selectOptions(select, SEED_ID);
    await within(panel).findByText(/^Direct genoemd: 0 /);
    await user.selectOptions(select, EDITED_ID);
    await within(panel).findByText(/^Direct genoemd: 1 /);
    await user.selectOptions(select, SEED_ID);
    await within(panel).findByText(/^Direct genoemd: 0 /);
    expect(letterCalls(f)).toEqual([file(EDITED_ID), file(SEED_ID)]);
  });

  it('a letter on its way says so; one that cannot be fetched leaves the one shown, and a retry brings it', async () => {
    const good = folderFetcher(out);
    let offline = true;
    let answer: () => void = () => {};
    const fetcher: Fetcher = async (url) => {
      if (!url.endsWith(file(SEED_ID))) return good(url);
      // The test says when the file answers, and whether the network is there.
      await new Promise<void>((resolve) => (answer = resolve));
      return offline ? Promise.reject(new TypeError('offline')) : good(url);
    };
    start('?country=AR', fetcher);
    const select = await screen.findByRole('combobox', { name: 'Brief' });
    await waitForPanel();
    const panel = screen.getByRole('complementary');
    await within(panel).findByText(/^Direct genoemd: 1 /);
    const user = userEvent.setup();
    await user.selectOptions(select, SEED_ID);
    // "Laden…" in the place of "Vergelijk", so the header keeps its size.
    const header = screen.getByRole('banner');
    expect(await within(header).findByRole('status')).toHaveTextContent('Laden…');
    expect(within(header).queryByRole('button', { name: 'Vergelijk' })).toBeNull();
    answer();
    const alert = await within(header).findByRole('alert');
    expect(alert).toHaveTextContent('De brief kon niet worden geladen.');
    // The 2027 letter's counts stay on screen meanwhile: never an empty map.
    expect(panel).toHaveTextContent('Direct genoemd: 1');
    offline = false;
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    answer();
    await within(panel).findByText(/^Direct genoemd: 0 /);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(header).getByRole('button', { name: 'Vergelijk' })).toBeInTheDocument();
  });

  it('?compare= fetches both letters, and the table compares them', async () => {
    const f = folderFetcher(out);
    start(`?compare=${SEED_ID},${EDITED_ID}`, f);
    const table = await screen.findByRole('table', { name: /vermeldingen per 1\.000 woorden/ });
    expect(within(table).getByRole('row', { name: /Argentinië/ })).toHaveTextContent('nieuw genoemd');
    expect(letterCalls(f).sort()).toEqual([file(EDITED_ID), file(SEED_ID)].sort());
  });
});
