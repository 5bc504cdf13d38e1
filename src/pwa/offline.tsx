/// <reference types="vite-plugin-pwa/client" />
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
import { registerSW } from 'virtual:pwa-register';
import { UpdatePrompt } from './UpdatePrompt';

export function startOffline(i18n: i18n): void {
  let prompt: { host: HTMLElement; root: Root } | null = null;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
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
          <UpdatePrompt onReload={() => void update(true)} onDismiss={close} />
        </I18nextProvider>,
      );
    },
    onRegisterError: () => {}, // no offline copy (private mode, blocked by policy): the app still works online
  });
}
