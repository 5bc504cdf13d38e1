// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClassroomTools } from '../../src/app/classroom/ClassroomTools';
import { Presentation } from '../../src/app/classroom/Presentation';
import { ReadingView } from '../../src/app/classroom/ReadingView';
import { WalkBar } from '../../src/app/classroom/WalkBar';
import { createAtlasStore } from '../../src/app/store/store';
import type { AtlasMapViewProps } from '../../src/map/contract';
import { fixtureModel, renderWithProviders } from './helpers';

const SEED = 'beleidsbrief-buitenlandse-zaken-2026';

const map = vi.hoisted(() => ({ props: null as AtlasMapViewProps | null }));
vi.mock('../../src/map/AtlasMapView', () => ({
  default: (props: AtlasMapViewProps) => {
    map.props = props;
    return <div role="img" aria-label={props.label} />;
  },
}));

const model = fixtureModel();

beforeEach(() => {
  map.props = null;
});

describe('presentation controls', () => {
  const start = (present = 1) => {
    const store = createAtlasStore({ lang: 'nl' });
    store.setState({ present });
    renderWithProviders(<Presentation model={model} />, { store });
    return store;
  };

  it('opens on the overview with a counter, and steps with the keys a clicker sends', async () => {
    const user = userEvent.setup();
    const store = start();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Beleidsbrief Buitenlandse Zaken 2026');
    expect(screen.getByText('Stap 1 van 20')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Vorige stap/ })).toBeDisabled();

    await user.keyboard('{PageDown}');
    expect(store.getState().present).toBe(2);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('1. Een optimistisch en realistisch buitenlandbeleid');
    expect(screen.getByRole('status')).toHaveTextContent('Stap 2 van 20: 1. Een optimistisch en realistisch buitenlandbeleid');

    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(store.getState().present).toBe(4);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('We blijven Oekraïne steunen');
    expect(screen.getByRole('heading', { level: 2, name: 'Genoemd in dit onderdeel' })).toBeInTheDocument();
    expect(screen.getByText('Kernpassage 2.2.1')).toBeInTheDocument();
    // The map frames and paints Ukraine, and says so.
    await waitFor(() => expect(map.props?.paint.get('UA')?.fill).toBe('#154273'));
    expect(map.props?.label).toBe('Kaart: Oekraïne');
    expect(map.props?.focusRequest?.places).toEqual(['UA']);
    expect(map.props?.regions).toBeNull();
    expect(map.props?.interactive).toBe(false);

    await user.keyboard('{PageUp}');
    expect(store.getState().present).toBe(3);
    await user.keyboard('{End}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Samenvatting');
    expect(screen.getByRole('region', { name: 'Meest genoemde landen' })).toHaveTextContent('Oekraïne');
    await user.keyboard('{Home}');
    expect(store.getState().present).toBe(1);
    await user.keyboard('{Escape}');
    expect(store.getState().present).toBeNull();
  });

  it('buttons step too; Space on a focused button is the button’s, not an extra step', async () => {
    const user = userEvent.setup();
    const store = start(3);
    const next = screen.getByRole('button', { name: /Volgende stap/ });
    await user.click(next);
    expect(store.getState().present).toBe(4);
    next.focus();
    await user.keyboard(' ');
    expect(store.getState().present).toBe(5);
    await user.click(screen.getByRole('button', { name: /Presentatie sluiten/ }));
    expect(store.getState().present).toBeNull();
  });

  it('switches to high contrast and shows a QR code of the page in a dialog', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?present=4');
    const store = start(4);
    const contrast = screen.getByRole('button', { name: 'Hoog contrast' });
    await user.click(contrast);
    expect(contrast).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().contrast).toBe('high');
    await waitFor(() => expect(map.props?.paint.get('UA')?.fill).toBe('#000000'));

    const qr = screen.getByRole('button', { name: 'QR-code' });
    await user.click(qr);
    const dialog = screen.getByRole('dialog', { name: 'Open deze weergave op je telefoon' });
    expect(within(dialog).getByRole('img', { name: /QR-code/ }).querySelector('path')?.getAttribute('d')).toMatch(/^M/);
    expect(dialog).toHaveTextContent('/?present=4');
    // Keys belong to the dialog while it is open.
    await user.keyboard('{ArrowRight}');
    expect(store.getState().present).toBe(4);
    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(qr).toHaveFocus();
  });
});

describe('classroom tools in the header', () => {
  it('start the presentation and toggle the reading view', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<ClassroomTools />);
    const read = screen.getByRole('button', { name: 'Lees de brief' });
    await user.click(read);
    expect(read).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().read).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Presenteren' }));
    expect(store.getState().present).toBe(1);
  });
});

describe('reading view', () => {
  it('shows the letter head, sections and footnotes; a mention selects its country', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<ReadingView model={model} />);
    const view = screen.getByRole('region', { name: 'De brief' });
    expect(within(view).getByRole('heading', { level: 2, name: 'Beleidsbrief Buitenlandse Zaken 2026' })).toBeInTheDocument();
    expect(view).toHaveTextContent('36 800 V, nr. 103');
    expect(view).toHaveTextContent('T.B.W. Berendsen');
    expect(within(view).getByRole('heading', { level: 4, name: 'We blijven Oekraïne steunen' })).toBeInTheDocument();
    expect(within(view).getAllByRole('list', { name: 'Voetnoten' }).length).toBeGreaterThan(0);

    const ukraine = within(view).getAllByRole('button', { name: 'Oekraïne' })[0]!;
    expect(ukraine).toHaveAttribute('aria-pressed', 'false');
    await user.click(ukraine);
    expect(store.getState().country).toBe('UA');
    expect(ukraine).toHaveAttribute('aria-pressed', 'true');
    expect(view).toHaveTextContent(/\d+ vermeldingen van Oekraïne in de brief/);

    // A form other than the country's name says where it leads.
    await user.click(within(view).getAllByRole('button', { name: 'Russische (Rusland)' })[0]!);
    expect(store.getState().country).toBe('RU');
    expect(ukraine).toHaveAttribute('aria-pressed', 'false');

    await user.click(within(view).getAllByRole('button', { name: /^westelijke Balkan/ })[0]!);
    expect(store.getState()).toMatchObject({ region: 'western-balkans', country: null });
  });

  it('marks every mention of a country selected elsewhere', () => {
    const { store } = renderWithProviders(<ReadingView model={model} />);
    act(() => store.getState().selectCountry('US'));
    const pressed = screen.getAllByRole('button', { pressed: true });
    expect(pressed.length).toBe(model.countryById.get('US')!.direct.all);
    act(() => store.getState().clearSelection());
    expect(screen.queryAllByRole('button', { pressed: true })).toHaveLength(0);
  });
});

describe('walk bar', () => {
  it('steps passage by passage, taking the selection along, and stops', async () => {
    const user = userEvent.setup();
    const store = createAtlasStore({ lang: 'nl' });
    store.setState({ walk: true, passage: `${SEED}/2.1.1`, country: 'RU' });
    renderWithProviders(<WalkBar model={model} />, { store });
    const bar = screen.getByRole('region', { name: 'Door de brief lopen' });
    expect(bar).toHaveTextContent('Passage 5 van 28');
    expect(within(bar).getByRole('list', { name: 'Genoemd in deze passage' })).toHaveTextContent('Rusland');

    await user.click(within(bar).getByRole('button', { name: /Volgende passage/ }));
    expect(store.getState()).toMatchObject({ passage: `${SEED}/2.2.1`, country: 'UA', walk: true });
    expect(within(bar).getByRole('status')).toHaveTextContent('Passage 2.2.1, We blijven Oekraïne steunen. Oekraïne, Europese Unie, NAVO');

    await user.keyboard('{ArrowRight}');
    expect(store.getState().passage).toBe(`${SEED}/2.3.1`);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(store.getState()).toMatchObject({ passage: `${SEED}/2.1.1`, country: 'RU' });

    // A country in the passage can be chosen without leaving the walk.
    await user.click(within(bar).getByRole('button', { name: 'Verenigde Staten' }));
    expect(store.getState()).toMatchObject({ passage: `${SEED}/2.1.1`, country: 'US', walk: true });

    await user.keyboard('{Escape}');
    expect(store.getState().walk).toBe(false);
    expect(screen.queryByRole('region', { name: 'Door de brief lopen' })).toBeNull();
  });
});
