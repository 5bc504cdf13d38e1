// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DownloadOptions } from '../../src/app/share/DownloadOptions';
import type { ExportRequest } from '../../src/app/share/exportImage';
import { createAtlasStore } from '../../src/app/store/store';
import { fixtureModel, renderWithProviders } from './helpers';

// The renderer and the download itself are tested on their own (svgMap.test, the journeys);
// here: which part of the map the menu asks for.
const requests = vi.hoisted(() => [] as ExportRequest[]);
vi.mock('../../src/app/share/exportImage', () => ({
  exportView: async (_m: unknown, _s: unknown, _t: unknown, r: ExportRequest) => {
    requests.push(r);
    return 'beleidsatlas.svg';
  },
}));

const model = fixtureModel();

function open(view: { lng: number; lat: number; zoom: number } | null) {
  requests.length = 0;
  const store = createAtlasStore({ lang: 'nl' });
  if (view) store.getState().setView(view);
  renderWithProviders(<DownloadOptions model={model} base="./" announce={() => {}} />, { store });
  return store;
}

describe('download menu: what the image shows', () => {
  it('before the map moves it shows the world, and says how to get a part of it', () => {
    open(null);
    const here = screen.getByRole('radio', { name: 'Wat u nu ziet' });
    expect(here).toBeDisabled();
    expect(here).toHaveAccessibleDescription('Zoom of verschuif de kaart om alleen een uitsnede te downloaden.');
    expect(screen.getByRole('radio', { name: 'De hele wereld' })).toBeChecked();
  });

  it('once the map shows a view, exports crop to it unless the whole world is chosen', async () => {
    open({ lng: 10, lat: 50, zoom: 3 });
    const user = userEvent.setup();
    expect(screen.getByRole('group', { name: 'Wat de afbeelding toont' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Wat u nu ziet' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'SVG (vector)' }));
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]).toMatchObject({ format: 'svg', view: { lng: 10, lat: 50, zoom: 3 } });

    await user.click(screen.getByRole('radio', { name: 'De hele wereld' }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'PNG (2×)' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'PNG (2×)' }));
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]).toMatchObject({ format: 'png', scale: 2, view: null });
  });
});
