/**
 * The service worker's registration and its update prompt: loaded after the first map has
 * drawn (src/pwa/register.ts), so neither costs the first view anything.
 *
 * Prompt mode (pwa.config.ts): a new build's worker installs beside the old one and waits.
 * The page then offers "A new version is available — Reload"; Reload lets the new worker take
 * over and reloads the page with its files. A returning visitor thus never keeps stale data
 * or code without knowing it, and nobody's page changes under their hands.
 */
import type { i18n } from 'i18next';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { Workbox } from 'workbox-window';
import { UpdatePrompt } from './UpdatePrompt';

export function startOffline(i18n: i18n): void {
  let prompt: { host: HTMLElement; root: Root } | null = null;
  // Absolute URLs: on a baked place page the <base href> sends 'sw.js' to the site root for the
  // browser, but workbox-window compares against the page's own folder, would take the worker
  // for another page's, and ask for a reload on a first visit.
  const wb = new Workbox(new URL('sw.js', document.baseURI).href, { scope: new URL('./', document.baseURI).href });
  const update = () => {
    wb.addEventListener('controlling', () => window.location.reload());
    wb.messageSkipWaiting();
  };
  wb.addEventListener('waiting', () => needRefresh());
  wb.register().catch(() => {}); // no offline copy (private mode, blocked by policy): the app still works online

  function needRefresh(): void {
    if (prompt) return;
    const host = document.createElement('div');
    host.className = 'update-prompt';
    document.body.append(host);
    const root = createRoot(host);
    prompt = { host, root };
    const close = () => {
      root.unmount();
      host.remove();
      prompt = null;
    };
    root.render(
      <I18nextProvider i18n={i18n}>
        <UpdatePrompt onReload={update} onDismiss={close} />
      </I18nextProvider>,
    );
  }
}
