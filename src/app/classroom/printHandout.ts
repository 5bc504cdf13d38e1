/**
 * The print handout's code (HandoutBody: d3-geo and the SVG renderer, ~11 KiB gzip) loads
 * only when someone asks to print: the handout button or Ctrl/Cmd+P (see PrintHandout).
 * A print from the browser menu before that falls back to the page's own print styles
 * (print.css) and starts the load, so the next print is a handout.
 */
import type { ComponentType } from 'react';
import { LABEL_FONT_FACE } from '../../map/style';
import type { AtlasModel } from '../data/model';

export type HandoutComponent = ComponentType<{ model: AtlasModel }>;

let body: HandoutComponent | null = null;
let loading: Promise<HandoutComponent> | null = null;
const loadedListeners = new Set<() => void>();
const requestListeners = new Set<() => void>();

/** The handout component once loaded (a useSyncExternalStore snapshot). */
export const handoutBody = (): HandoutComponent | null => body;

export function subscribeHandout(fn: () => void): () => void {
  loadedListeners.add(fn);
  return () => loadedListeners.delete(fn);
}

/** Loads the handout code once; a failed load can be retried. */
export function loadHandout(): Promise<HandoutComponent> {
  loading ??= import('./HandoutBody').then(
    (m) => {
      body = m.default;
      loadedListeners.forEach((fn) => fn());
      return m.default;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The mounted PrintHandout renders the handout synchronously when asked (before window.print()). */
export function onPrintRequest(fn: () => void): () => void {
  requestListeners.add(fn);
  return () => requestListeners.delete(fn);
}

let printing: Promise<void> | null = null;

/**
 * Load the handout, render it, then open the print dialog. If the code cannot be loaded
 * (offline before it was cached) the page still prints, with its fallback print styles.
 */
export function printHandout(): Promise<void> {
  // The handout's SVG names Noto Sans; without WebGL nothing else on the page has loaded it.
  const font = typeof document !== 'undefined' && document.fonts ? document.fonts.load(LABEL_FONT_FACE).catch(() => undefined) : undefined;
  printing ??= Promise.all([loadHandout().catch(() => null), font])
    .then(() => {
      requestListeners.forEach((fn) => fn());
      window.print();
    })
    .finally(() => {
      printing = null;
    });
  return printing;
}
