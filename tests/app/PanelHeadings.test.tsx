// @vitest-environment jsdom
/**
 * Mentions in headings: the panel shows the heading as the section's title with the name
 * marked, not as a passage, and counts it. The data are the letter as the pipeline builds it
 * now (headings carry their mentions), on top of the app fixture's shapes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/app/data/model';
import { Panel } from '../../src/app/panel/Panel';
import { createAtlasStore } from '../../src/app/store/store';
import { buildGazetteer } from '../../src/pipeline/gazetteer';
import { createLetterBuilder } from '../../src/pipeline/letter';
import { libraryNames } from '../../src/pipeline/library-names';
import { indexMentions, NOT_MENTIONED } from '../../src/pipeline/mentionIndex';
import { parseReference } from '../../src/pipeline/reference';
import { readReferenceFiles } from '../../scripts/reference-files';
import { fixtureData, renderWithProviders, waitForPanel } from './helpers';

// Paths from this file's folder: under jsdom, import.meta.url is not a file URL.
const root = join(import.meta.dirname, '..', '..');
const reference = parseReference(readReferenceFiles(join(root, 'data')));
const gazetteer = buildGazetteer({ ...reference, libraryNames: libraryNames() });
const LETTER_TEXT = readFileSync(join(root, 'seeds', 'beleidsbrief-buitenlandse-zaken-2026.txt'), 'utf8');

function modelWithHeadings() {
  const data = fixtureData();
  const id = data.letters.documents[0]!.meta.id;
  const doc = createLetterBuilder({ gazetteer, themes: reference.themes, rules: reference.rules })({ id, file: `seeds/${id}.txt`, text: LETTER_TEXT });
  const index = indexMentions([doc], data.atlas.regions, data.atlas.themes);
  return buildModel({
    atlas: { ...data.atlas, regions: data.atlas.regions.map((r) => ({ ...r, ...index.regions.get(r.id) })) },
    countries: { ...data.countries, features: data.countries.features.map((f) => ({ ...f, properties: { ...f.properties, ...(index.countries.get(f.properties.iso2) ?? NOT_MENTIONED()) } })) },
    letters: { documents: [doc] },
  });
}
const model = modelWithHeadings();

async function setup(select: (s: ReturnType<typeof createAtlasStore>) => void, lang: 'nl' | 'en' = 'nl') {
  const store = createAtlasStore({ lang });
  select(store);
  renderWithProviders(<Panel model={model} />, { store, lang });
  await waitForPanel();
}

describe('Panel: headings that name the selection', () => {
  it('shows "We blijven Oekraïne steunen" as a title under its chapter, Oekraïne marked, and counts it', async () => {
    await setup((s) => s.getState().selectCountry('UA'));
    expect(screen.getByText(/8 vermeldingen in 3 passages en 1 kop/)).toBeInTheDocument();
    const headings = screen.getByRole('region', { name: 'Genoemd in een kop (1)' });
    const [item] = within(headings).getAllByRole('listitem');
    expect(item).toHaveTextContent('2. Wat we gaan doen › We blijven Oekraïne steunen');
    expect([...item!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Oekraïne']);
    // A title, not a passage: no quote button, no article.
    expect(within(headings).queryByRole('article')).toBeNull();
    expect(within(headings).queryByRole('button')).toBeNull();
    // The passages stay as they were.
    expect(screen.getByRole('region', { name: 'Passages (3)' })).toBeInTheDocument();
  });

  it('lists a heading that names an organisation in the organisation’s panel, in English too', async () => {
    await setup((s) => s.getState().selectRegion('nato'), 'en');
    const headings = screen.getByRole('region', { name: 'Named in a heading (1)' });
    expect(within(headings).getByText('NAVO', { selector: 'mark' })).toBeInTheDocument();
    expect(headings).toHaveTextContent('We bouwen aan een Europese pijler binnen de NAVO');
  });

  it('lists the heading in "Waarom staat dit land hier?", with its rule, and counts it as direct', async () => {
    await setup((s) => s.getState().selectCountry('UA'));
    const audit = screen.getByText('Waarom staat dit land hier?').closest('details')!;
    expect(audit).toHaveTextContent(/Direct genoemd: 8 · /);
    const item = within(audit).getByText('Kop 2.2').closest('li')!;
    expect(item).toHaveTextContent('We blijven Oekraïne steunen');
    expect(item).toHaveTextContent('Regel: landnaam “Oekraïne”');
    expect(item).toHaveTextContent('Oekraïne en Rusland: sectiekop “We blijven Oekraïne steunen”');
  });

  it('shows no heading list for a country no heading names', async () => {
    await setup((s) => s.getState().selectCountry('FR'));
    expect(screen.queryByRole('region', { name: /Genoemd in een kop/ })).toBeNull();
  });
});
