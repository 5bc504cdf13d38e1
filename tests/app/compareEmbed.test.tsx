// @vitest-environment jsdom
/**
 * A comparison in an embed (`?embed=1&compare=a,b`) and in an exported image, on the two
 * letters the real build made (the seed, and a copy a year later naming Argentina where the
 * seed names Brazil).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAtlasData, withMentions, withProperties, withRegionMentions } from '../../src/app/data/load';
import { buildModel, type AtlasModel } from '../../src/app/data/model';
import { CLASS_COLOURS, CLASS_ORDER } from '../../src/app/letters/comparePaint';
import { letterModel } from '../../src/app/letters/letterModel';
import { compareDrawing } from '../../src/app/share/compareExport';
import { baseDefaults } from '../../src/app/url/state';
import { lightPalette } from '../../src/map/style';
import { renderMapSvg } from '../../src/render/svgMap';
import { createBundledI18n } from '../../src/i18n/bundled';
import { indexMentions } from '../../src/pipeline/mentionIndex';
import type { Lang } from '../../src/pipeline/types';
import { buildTwoLetters, EDITED_ID, folderFetcher, SEED_ID } from './twoLetters';
import { drawn, startApp } from './twoLettersApp';
import './helpers';

const COMPARE = `compare=${SEED_ID},${EDITED_ID}`;
let out: string;
let all: AtlasModel;
beforeAll(async () => {
  out = buildTwoLetters();
  all = buildModel(await loadAtlasData(folderFetcher(out), '/'));
}, 120_000);

const start = (search: string, lang: Lang = 'nl') => startApp(out, search, lang, '/atlas/');

const fill = (iso2: string) => drawn.paint?.get(iso2)?.fill;

describe('a comparison in an embed', () => {
  it('paints the map by change, names the measure and every class in its legend, and gives the change on the card', async () => {
    start(`?embed=1&${COMPARE}&country=AR`);
    const card = await screen.findByRole('region', { name: 'Argentinië' });
    await waitFor(() => expect(fill('AR')).toBe(CLASS_COLOURS.new));
    expect(fill('BR')).toBe(CLASS_COLOURS.gone);
    expect(fill('UA')).toBe(CLASS_COLOURS.same);

    const legend = screen.getByRole('region', { name: 'Legenda' });
    expect(legend).toHaveTextContent('vermeldingen per 1.000 woorden');
    for (const c of ['nieuw genoemd', 'niet meer genoemd', 'vaker', 'minder vaak', 'even vaak']) expect(within(legend).getByText(c)).toBeInTheDocument();
    // An embed keeps its planned height: no table of every country.
    expect(screen.queryByRole('table')).toBeNull();

    expect(await within(card).findByText(/^Verandering: nieuw genoemd, van 0,00 naar \d,\d\d per 1\.000 woorden$/)).toBeInTheDocument();
    // The full atlas, one link away, opens on the same comparison.
    const href = new URL(within(card).getByRole('link', { name: /Bekijk in de atlas/ }).getAttribute('href')!);
    expect(href.searchParams.get('compare')).toBe(`${SEED_ID},${EDITED_ID}`);
    expect(href.searchParams.get('country')).toBe('AR');
    expect(href.searchParams.has('embed')).toBe(false);
    // The credit line names both letters.
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'Bron: Beleidsbrief Buitenlandse Zaken 2026, Kamerstuk 36 800 V, nr. 103 en Beleidsbrief Buitenlandse Zaken 2027, Kamerstuk 36 800 V, nr. 103',
    );
  });

  it('in English, an organisation both letters name as often', async () => {
    start(`?embed=1&${COMPARE}&region=eu&lang=en`, 'en');
    const card = await screen.findByRole('region', { name: 'European Union' });
    // The change needs both letters in; the card's title can come first.
    expect(await within(card).findByText(/^Change: as often, from (\d\.\d\d) to \1 per 1,000 words$/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Legend' })).toHaveTextContent('mentions per 1,000 words');
  });

  it('without compare= the embed paints mentions, as before', async () => {
    start('?embed=1&country=AR');
    const card = await screen.findByRole('region', { name: 'Argentinië' });
    await waitFor(() => expect(fill('AR')).toBeDefined());
    expect(Object.values(CLASS_COLOURS)).not.toContain(fill('AR'));
    expect(within(card).queryByText(/^Verandering:/)).toBeNull();
    expect(screen.getByRole('region', { name: 'Legenda' })).not.toHaveTextContent('per 1.000 woorden');
  });
});

describe('a comparison in an exported image', () => {
  const COUNTING = { indexMentions, withMentions, withProperties, withRegionMentions };
  const day = '2027-06-01';
  const state = (lang: Lang, extra = {}) => ({ ...baseDefaults(lang), compare: [SEED_ID, EDITED_ID] as const, country: 'AR', ...extra });

  it('draws the change from the model of the letter on screen, which holds only that letter', async () => {
    // As the app does: the other letter's file is fetched for the comparison.
    await all.data.letter!.load(SEED_ID);
    const shown = letterModel(all, all.data.letter!.get(EDITED_ID) ?? all.data.letters.documents.find((d) => d.meta.id === EDITED_ID)!, COUNTING);
    expect(shown.data.letters.documents).toHaveLength(1);
    const d = compareDrawing(shown, state('nl'), createBundledI18n('nl').t, day, lightPalette)!;
    expect(d.paint.get('AR')!.fill).toBe(CLASS_COLOURS.new);
    expect(d.paint.get('BR')!.fill).toBe(CLASS_COLOURS.gone);
    // The author country is drawn apart, in its own colour.
    expect(d.paint.has('NL')).toBe(false);
    expect(d.text.title).toBe('Van Beleidsbrief Buitenlandse Zaken 2026 naar Beleidsbrief Buitenlandse Zaken 2027');
    expect(d.text.subtitle).toBe('Verandering per land · vermeldingen per 1.000 woorden · Argentinië: nieuw genoemd');
    expect(d.text.classLabels).toEqual(['niet meer genoemd', 'minder vaak', 'even vaak', 'vaker', 'nieuw genoemd', 'in geen van beide genoemd']);
    // Each label has its colour; the last is the land of a country neither letter names.
    expect(d.legend.classes.map((c) => c.colour)).toEqual([...CLASS_ORDER.map((c) => CLASS_COLOURS[c]), lightPalette.land]);
    expect(d.text.source).toBe(
      'Bron: Beleidsbrief Buitenlandse Zaken 2026, Kamerstuk 36 800 V, nr. 103 en Beleidsbrief Buitenlandse Zaken 2027, Kamerstuk 36 800 V, nr. 103 · kaart: Natural Earth · Beleidsatlas',
    );
    expect(d.text.date).toBe('Gemaakt op 1 juni 2027');
  });

  it('in English, and into the SVG: the classes in words beside their colours, Argentina outlined', () => {
    const d = compareDrawing(all, state('en', { country: 'BR' }), createBundledI18n('en').t, day, lightPalette)!;
    expect(d.text.subtitle).toBe('Change per country · mentions per 1,000 words · Brazil: no longer mentioned');
    expect(d.text.source).toMatch(/^Sources: Beleidsbrief Buitenlandse Zaken 2026, Kamerstuk 36 800 V, nr\. 103 and Beleidsbrief/);
    const svg = renderMapSvg({ countries: all.data.countries, ...d, palette: lightPalette, selected: 'BR', width: 1200, height: 675 });
    for (const label of ['Change per country', 'no longer mentioned', 'less often', 'as often', 'more often', 'newly mentioned', 'in neither letter']) expect(svg).toContain(`>${label}</text>`);
    for (const c of Object.values(CLASS_COLOURS)) expect(svg).toContain(`fill="${c}"`);
    expect(svg).toContain('<title id="map-title">From Beleidsbrief Buitenlandse Zaken 2026 to Beleidsbrief Buitenlandse Zaken 2027</title>');
  });

  it('no comparison asked, or a letter the data lacks: nothing drawn (the themes’ map is)', () => {
    const t = createBundledI18n('nl').t;
    expect(compareDrawing(all, { ...baseDefaults('nl') }, t, day, lightPalette)).toBeNull();
    expect(compareDrawing(all, state('nl', { compare: [SEED_ID, 'brief-2030'] }), t, day, lightPalette)).toBeNull();
  });
});
