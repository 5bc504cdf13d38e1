/**
 * A code-split module loaded on demand, read through a store rather than React.lazy:
 * React holds a Suspense boundary's content back for up to 300 ms after its fallback
 * showed, which a first click (or an embed's first paint) would pay for. Here the caller
 * renders its own placeholder, and the content appears the moment the chunk is in.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';

export interface OnDemand<T> {
  /** Starts loading (once); a failed load is forgotten, so the next call tries again. */
  load(): Promise<T>;
  /**
   * The module once loaded. With `wanted`, starts loading it; `failed` and `retry` let the
   * placeholder offer a retry when the chunk cannot be fetched (offline).
   */
  useModule(wanted: boolean): { module: T | null; failed: boolean; retry(): void };
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let pending: Promise<T> | null = null;
  let loaded: T | null = null;
  const listeners = new Set<() => void>();
  const subscribe = (fn: () => void) => {
    listeners.add(fn);
    return () => void listeners.delete(fn);
  };
  const snapshot = () => loaded;

  const load = (): Promise<T> =>
    (pending ??= importer().then(
      (m) => {
        loaded = m;
        listeners.forEach((fn) => fn());
        return m;
      },
      (e: unknown) => {
        pending = null;
        throw e;
      },
    ));

  function useModule(wanted: boolean) {
    const module = useSyncExternalStore(subscribe, snapshot, snapshot);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (!wanted || module) return;
      let live = true;
      setFailed(false);
      load().catch(() => live && setFailed(true));
      return () => {
        live = false;
      };
    }, [wanted, module, attempt]);
    return { module, failed, retry: () => retry(setAttempt) };
  }

  /*
   * Chromium keeps a failed module fetch for the life of the page, so importing the same chunk
   * again fails at once (whatwg/html#10327). Try once more in place; if that fails too, reload
   * the page, which keeps the view (it is all in the URL).
   */
  let retried = false;
  function retry(setAttempt: (f: (n: number) => number) => void): void {
    if (!retried) {
      retried = true;
      setAttempt((n) => n + 1);
      return;
    }
    window.location.reload();
  }

  return { load, useModule };
}
