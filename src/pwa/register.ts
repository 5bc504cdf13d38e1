/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker that keeps the atlas working offline. A module, not
 * an inline script, so the CSP can stay script-src 'self'. Failing to register
 * (private mode, blocked by policy) only means no offline copy.
 */
import { registerSW } from 'virtual:pwa-register';

export function registerOffline(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  try {
    registerSW({ immediate: true, onRegisterError: () => {} });
  } catch {
    // No service worker: the app still works online.
  }
}
