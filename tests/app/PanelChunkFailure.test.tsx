// @vitest-environment jsdom
/** When the selection panels' chunk cannot be loaded (offline), the panel says so and offers a retry. */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Panel } from '../../src/app/panel/Panel';
import { fixtureModel, renderWithProviders } from './helpers';

vi.mock('../../src/app/panel/SelectionPanel', () => {
  throw new Error('offline');
});

describe('Panel: the selection chunk fails to load', () => {
  it('shows an alert with a retry button instead of a blank panel', async () => {
    const { store } = renderWithProviders(<Panel model={fixtureModel()} />);
    store.getState().selectCountry('UA');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dit deel van de pagina kon niet worden geladen');
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
  });
});
