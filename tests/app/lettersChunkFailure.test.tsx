// @vitest-environment jsdom
/**
 * With several letters, the code for choosing one is a chunk: when it cannot be loaded, the
 * letter the visit opened with still shows (it needs none of that code), and where the switch
 * would be the page says so and offers a retry.
 */
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { EMPTY_KNOWN } from '../../src/app/data/model';
import { createAtlasStore } from '../../src/app/store/store';
import { parseUrlState } from '../../src/app/url/parse';
import { baseDefaults } from '../../src/app/url/state';
import type { AtlasMapViewProps } from '../../src/map/contract';
import { createBundledI18n } from '../../src/i18n/bundled';
import { waitForPanel } from './helpers';
import { buildTwoLetters, folderFetcher } from './twoLetters';

vi.mock('../../src/map/AtlasMapView', () => ({
  default: (props: AtlasMapViewProps) => <div role="img" aria-label={props.label} />,
}));
vi.mock('../../src/app/letters', () => {
  throw new Error('offline');
});

let out: string;
beforeAll(() => {
  out = buildTwoLetters();
}, 120_000);

describe('several letters, the letters chunk offline', () => {
  it('shows the newest letter, and an alert with a retry where the switch would be', async () => {
    window.history.replaceState(null, '', '/?country=AR');
    const defaults = baseDefaults('nl');
    const store = createAtlasStore({ lang: 'nl', url: parseUrlState('?country=AR', EMPTY_KNOWN), defaults });
    render(<App store={store} i18n={createBundledI18n('nl')} defaults={defaults} fetcher={folderFetcher(out)} storage={{ setItem: vi.fn() }} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dit deel van de pagina kon niet worden geladen.');
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Brief' })).toBeNull();
    // The map of the newest letter alone (Argentina is named in the 2027 letter only).
    // The newest letter's counts, alone: Argentina is named in the 2027 letter only.
    await waitForPanel();
    const panel = screen.getByRole('complementary');
    await within(panel).findByRole('heading', { level: 2, name: 'Argentinië' });
    expect(panel).toHaveTextContent('Direct genoemd: 1 ');
  });
});
