// @vitest-environment jsdom
/**
 * The selection panels are a lazy chunk. In a file of its own, so the chunk is not yet
 * loaded when the first country is picked: focus must still land on the new heading.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Panel } from '../../src/app/panel/Panel';
import { fixtureModel, renderWithProviders } from './helpers';

describe('Panel: the first selection', () => {
  it('says it is loading, then shows the country and moves focus to its heading', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Panel model={fixtureModel()} />);
    const countries = screen.getByRole('region', { name: 'Meest genoemde landen' });
    await user.click(within(countries).getByRole('button', { name: 'Oekraïne' }));
    expect(store.getState().country).toBe('UA');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Oekraïne' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByText('Laden…')).not.toBeInTheDocument();
  });
});
