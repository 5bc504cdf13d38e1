// @vitest-environment jsdom
/**
 * The selection panels are a chunk of their own. Here its arrival is held back until the
 * test lets it through, so the first selection really waits for it: the panel says it is
 * loading, then shows the country with focus on its heading.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Panel } from '../../src/app/panel/Panel';
import { fixtureModel, renderWithProviders } from './helpers';

import { gate } from './heldChunk';

vi.mock('../../src/app/panel/SelectionPanel', async (importOriginal) => {
  await (await import('./heldChunk')).gate.opened;
  return importOriginal();
});

describe('Panel: the first selection, while the panels are still loading', () => {
  it('says it is loading, then shows the country and moves focus to its heading', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Panel model={fixtureModel()} />);
    const countries = screen.getByRole('region', { name: 'Meest genoemde landen' });
    await user.click(within(countries).getByRole('button', { name: 'Oekraïne' }));
    expect(store.getState().country).toBe('UA');
    expect(screen.getByRole('status')).toHaveTextContent('Laden…');
    await act(async () => gate.open());
    const heading = await screen.findByRole('heading', { level: 2, name: 'Oekraïne' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByText('Laden…')).not.toBeInTheDocument();
  });
});
