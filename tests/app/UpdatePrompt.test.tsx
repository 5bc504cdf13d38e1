// @vitest-environment jsdom
/** The service worker's update prompt (src/pwa/UpdatePrompt.tsx), by role and name. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../src/pwa/UpdatePrompt';
import { renderWithProviders } from './helpers';

function start(lang: 'nl' | 'en' = 'nl') {
  const onReload = vi.fn();
  const onDismiss = vi.fn();
  renderWithProviders(
    <>
      <button type="button">Elders op de pagina</button>
      <UpdatePrompt onReload={onReload} onDismiss={onDismiss} />
    </>,
    { lang },
  );
  return { onReload, onDismiss };
}

describe('the update prompt', () => {
  it('says a new version is available in a status region, over the map (data-map-cover), without taking focus', async () => {
    start();
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Er is een nieuwe versie van de atlas beschikbaar.');
    expect(status.closest('[data-map-cover]')).not.toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('Reload activates the new version, once however often it is pressed', async () => {
    const { onReload, onDismiss } = start();
    const user = userEvent.setup();
    const reload = screen.getByRole('button', { name: 'Herladen' });
    await user.click(reload);
    await user.click(reload);
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(reload).toHaveAttribute('aria-disabled', 'true');
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('is reached by Tab; Later, or Escape inside it, dismisses it and hands focus back', async () => {
    const { onReload, onDismiss } = start();
    const user = userEvent.setup();
    const elsewhere = screen.getByRole('button', { name: 'Elders op de pagina' });
    elsewhere.focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Herladen' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(elsewhere).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Later' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onDismiss).toHaveBeenCalledTimes(2);
    expect(onReload).not.toHaveBeenCalled();
  });

  it('speaks English', async () => {
    start('en');
    expect(await screen.findByRole('status')).toHaveTextContent('A new version of the atlas is available.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Not now' })).toBeInTheDocument();
  });
});
