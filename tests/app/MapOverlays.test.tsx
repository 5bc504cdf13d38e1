// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { computeChoropleth } from '../../src/app/choropleth/paint';
import { LiveRegion } from '../../src/app/components/LiveRegion';
import { MapArea } from '../../src/app/components/MapArea';
import { useAnnouncement } from '../../src/app/hooks/useAnnouncement';
import { createAtlasStore } from '../../src/app/store/store';
import type { AtlasMapViewProps } from '../../src/map/contract';
import { fixtureModel, renderWithProviders } from './helpers';

// The map module stands in as a component that hands its props out, so a test can report
// what the real one reports (a pointer over a country, a keyboard highlight).
const mapProps: { current: AtlasMapViewProps | null } = { current: null };
vi.mock('../../src/map/AtlasMapView', () => ({
  default: (props: AtlasMapViewProps) => {
    mapProps.current = props;
    return <div data-testid="map" />;
  },
}));

const model = fixtureModel();
const paint = computeChoropleth(model, []).paint;

function Announcer() {
  return <LiveRegion message={useAnnouncement(model)} />;
}

function renderMap(opts: { lang?: 'nl' | 'en'; embed?: boolean } = {}) {
  const lang = opts.lang ?? 'nl';
  const store = createAtlasStore({ lang });
  if (opts.embed) store.setState({ embed: true, interactive: false });
  const view = renderWithProviders(
    <>
      <MapArea model={model} paint={paint} regions={null} />
      <Announcer />
    </>,
    { store, lang },
  );
  return { ...view, store };
}

/** The tooltip is its own chunk, in once the first hover asked for it. */
const tip = () => screen.findByRole('tooltip');
const pointAt = (iso2: string, x = 100, y = 80) => act(() => mapProps.current!.onPointer!({ iso2, x, y, width: 800, height: 600 }));

describe('map tooltip', () => {
  it('names the country under the pointer with its count under the chosen themes', async () => {
    const { store } = renderMap();
    expect(screen.queryByRole('tooltip')).toBeNull();
    pointAt('UA');
    expect(await tip()).toHaveTextContent('Oekraïne7 vermeldingen');
    act(() => store.getState().setThemes(['freedoms']));
    expect(await tip()).toHaveTextContent('Oekraïne1 vermelding');
    act(() => mapProps.current!.onPointer!(null));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('says through which groupings a country is reached when the letter does not name it', async () => {
    const { store } = renderMap();
    pointAt('XK');
    expect(await tip()).toHaveTextContent('Kosovo25 vermeldingen via Europa, Westelijke Balkan');
    // Albania: five groupings, the three most mentioned named and the rest counted.
    pointAt('AL');
    expect(await tip()).toHaveTextContent('Albanië41 vermeldingen via Europa, NAVO, Raad van Europa +2');
    // Under one theme only the groupings mentioned under it count.
    act(() => store.getState().setThemes(['security']));
    expect(await tip()).toHaveTextContent('Albanië31 vermeldingen via Europa, NAVO, Westelijke Balkan');
  });

  it('marks the author and countries not mentioned, in English too', async () => {
    const { store } = renderMap({ lang: 'en' });
    pointAt('NL');
    expect(await tip()).toHaveTextContent('Netherlandsauthor of the letter');
    pointAt('KZ');
    expect(await tip()).toHaveTextContent('Kazakhstannot mentioned');
    act(() => store.getState().setThemes(['freedoms']));
    pointAt('US');
    expect(await tip()).toHaveTextContent('United Statesnot mentioned');
  });

  it('sits beside the pointer on the side with room, inside the map box', async () => {
    renderMap();
    pointAt('UA', 100, 80);
    expect((await tip()).style.transform).toBe('translate(14px, 14px)');
    pointAt('UA', 700, 550);
    expect((await tip()).style.transform).toBe('translate(calc(-100% - 14px), calc(-100% - 14px))');
    expect(await tip()).toHaveStyle({ left: '700px', top: '550px' });
  });
});

describe('keyboard highlight', () => {
  it('is announced with the name and count under the chosen themes', () => {
    const { store } = renderMap();
    act(() => mapProps.current!.onHighlight!('DE'));
    expect(store.getState().highlighted).toBe('DE');
    expect(screen.getByRole('status')).toHaveTextContent('Duitsland: 1 vermelding');
    act(() => mapProps.current!.onHighlight!('UA'));
    expect(screen.getByRole('status')).toHaveTextContent('Oekraïne: 7 vermeldingen');
    act(() => mapProps.current!.onHighlight!('NL'));
    expect(screen.getByRole('status')).toHaveTextContent('Nederland: afzender van de brief');
  });

  it('Enter on the map selects the country (announced as a selection)', () => {
    const { store } = renderMap({ lang: 'en' });
    act(() => mapProps.current!.onHighlight!('US'));
    expect(screen.getByRole('status')).toHaveTextContent('United States: 5 mentions');
    act(() => mapProps.current!.onSelect('US'));
    expect(store.getState().country).toBe('US');
    expect(screen.getByRole('status')).toHaveTextContent('United States selected: 5 mentions');
  });
});

describe('keys help', () => {
  it('lists the map’s keys behind a button, and Esc closes it and returns focus', async () => {
    const user = userEvent.setup();
    renderMap();
    const button = screen.getByRole('button', { name: 'Toetsen' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list).not.toBeVisible();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(list).toBeVisible();
    const terms = within(list).getAllByRole('term').map((t) => t.textContent);
    expect(terms).toEqual(['Pijltjes', 'Enter of spatie', 'Esc', '+ en −', 'Shift + pijltjes']);
    expect(within(list).getAllByRole('definition')).toHaveLength(5);
    expect(list).toHaveTextContent('naar het dichtstbijzijnde genoemde land in die richting');

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(list).not.toBeVisible();
    expect(button).toHaveFocus();
  });

  it('is in English too, stays open while the map is used, and its button closes it', async () => {
    const user = userEvent.setup();
    renderMap({ lang: 'en' });
    const button = screen.getByRole('button', { name: 'Keys' });
    await user.click(button);
    expect(screen.getByText('Enter or Space')).toBeVisible();
    expect(screen.getByText('choose that country')).toBeVisible();
    await user.click(screen.getByTestId('map'));
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('choose that country')).not.toBeVisible();
  });

  it('is not offered on a static embed, whose map takes no keys', () => {
    renderMap({ embed: true });
    expect(screen.queryByRole('button', { name: 'Toetsen' })).toBeNull();
  });
});
