// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintHandout } from '../../src/app/classroom/PrintHandout';
import { DownloadMenu } from '../../src/app/share/DownloadMenu';
import { fixtureModel, renderWithProviders } from './helpers';

const model = fixtureModel();

/** What the page held when window.print() was called. */
let printed: (Element | null)[] = [];

beforeEach(() => {
  printed = [];
  // jsdom has no print dialog: record what would be printed instead.
  vi.spyOn(window, 'print').mockImplementation(() => {
    printed.push(document.querySelector('.print-handout'));
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('print handout, loaded on demand', () => {
  it('nothing is rendered (or loaded) until someone prints', () => {
    renderWithProviders(<PrintHandout model={model} />);
    expect(document.querySelector('.print-handout, .print-note')).toBeNull();
  });

  it('a print from the browser menu before the code is in gets the page with a note, and starts the load', async () => {
    renderWithProviders(<PrintHandout model={model} />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(document.querySelector('.print-handout')).toBeNull();
    expect(document.querySelector('.print-note')).toHaveTextContent('Hand-out afdrukken');
    // Loaded for the next print (here it arrives while still printing, and takes over).
    await waitFor(() => expect(document.querySelector('.print-handout')).not.toBeNull());
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  });

  it('Ctrl+P is taken over: the handout is loaded and rendered, then printed', async () => {
    renderWithProviders(<PrintHandout model={model} />);
    const event = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(event.defaultPrevented, 'the browser dialog waits for the handout').toBe(true);
    await waitFor(() => expect(window.print).toHaveBeenCalledTimes(1));
    expect(printed[0], 'the handout was in the page when printing started').toBeInstanceOf(HTMLElement);
    expect(printed[0]!.querySelector('svg path')).not.toBeNull();
    expect(screen.getByRole('heading', { level: 1, hidden: true })).toHaveTextContent('Beleidsatlas – Hand-out');
    // The dialog closed: the handout goes again.
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.querySelector('.print-handout')).toBeNull();
  });

  it('Cmd+P too; other shortcuts with P are left alone', async () => {
    renderWithProviders(<PrintHandout model={model} />);
    const shifted = new KeyboardEvent('keydown', { key: 'P', ctrlKey: true, shiftKey: true, bubbles: true, cancelable: true });
    const plain = new KeyboardEvent('keydown', { key: 'p', bubbles: true, cancelable: true });
    fireEvent(window, shifted);
    fireEvent(window, plain);
    expect(shifted.defaultPrevented || plain.defaultPrevented).toBe(false);
    const mac = new KeyboardEvent('keydown', { key: 'p', metaKey: true, bubbles: true, cancelable: true });
    fireEvent(window, mac);
    expect(mac.defaultPrevented).toBe(true);
    await waitFor(() => expect(window.print).toHaveBeenCalledTimes(1));
  });

  it('the handout button in the download menu prints the same way', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <DownloadMenu model={model} base="./" />
        <PrintHandout model={model} />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Downloaden' }));
    // The menu's contents load when it first opens.
    await user.click(await screen.findByRole('button', { name: /Hand-out afdrukken/ }));
    await waitFor(() => expect(window.print).toHaveBeenCalledTimes(1));
    expect(printed[0]).toBeInstanceOf(HTMLElement);
  });

  it('the browser’s own print renders the handout synchronously once it is loaded', async () => {
    renderWithProviders(<PrintHandout model={model} />);
    // Loaded by an earlier print (the modules are cached across tests in this file anyway).
    const { loadHandout } = await import('../../src/app/classroom/printHandout');
    await act(() => loadHandout());
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(document.querySelector('.print-handout')).not.toBeNull();
  });
});
