// @vitest-environment jsdom
/** While the selection panels load, the user types in the search box: their arrival must not take focus. */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Panel } from '../../src/app/panel/Panel';
import { fixtureModel, renderWithProviders } from './helpers';

import { gate } from './heldChunk';

vi.mock('../../src/app/panel/SelectionPanel', async (importOriginal) => {
  await (await import('./heldChunk')).gate.opened;
  return importOriginal();
});

describe('Panel: focus after a late chunk', () => {
  it('stays where the user moved it meanwhile', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <input aria-label="Zoeken" />
        <aside id="panel">
          <Panel model={fixtureModel()} />
        </aside>
      </>,
    );
    await user.click(within(screen.getByRole('region', { name: 'Meest genoemde landen' })).getByRole('button', { name: 'Oekraïne' }));
    const search = screen.getByRole('textbox', { name: 'Zoeken' });
    await user.click(search);
    await user.keyboard('pol');
    await act(async () => gate.open());
    expect(await screen.findByRole('heading', { level: 2, name: 'Oekraïne' })).toBeInTheDocument();
    expect(search).toHaveFocus();
    expect(search).toHaveValue('pol');
  });
});
