// @vitest-environment jsdom
/** main.tsx starts loading the data before React renders; the first useAtlasData takes it over. */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { preloadAtlasData, useAtlasData } from '../../src/app/data/useAtlasData';
import { fixtureFetcher } from './helpers';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('data loaded before the first render', () => {
  it('already in: the first render is ready, and nothing is fetched twice', async () => {
    const fetcher = fixtureFetcher();
    preloadAtlasData(fetcher, './');
    await settle();
    const calls = fetcher.calls.length;
    const { result } = renderHook(() => useAtlasData(fetcher, './'));
    expect(result.current.status).toBe('ready');
    await settle();
    expect(fetcher.calls.length).toBe(calls);
  });

  it('a link’s letter: taken over when the hook asks for the same one, loaded afresh for another', async () => {
    const fetcher = fixtureFetcher();
    const id = 'beleidsbrief-buitenlandse-zaken-2026';
    preloadAtlasData(fetcher, './', id);
    await settle();
    const calls = fetcher.calls.length;
    const same = renderHook(() => useAtlasData(fetcher, './', id));
    expect(same.result.current.status).toBe('ready');
    preloadAtlasData(fetcher, './', id);
    const other = renderHook(() => useAtlasData(fetcher, './', null));
    await waitFor(() => expect(other.result.current.status).toBe('ready'));
    // The second preload was for another letter than the hook wants: the hook fetched its own.
    expect(fetcher.calls.filter((c) => c.endsWith('atlas.json'))).toHaveLength(3);
    expect(calls).toBe(3);
  });

  it('still on its way: loading, then ready from the same requests', async () => {
    const fetcher = fixtureFetcher();
    preloadAtlasData(fetcher, './');
    const { result } = renderHook(() => useAtlasData(fetcher, './'));
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(fetcher.calls.filter((c) => c.endsWith('atlas.json'))).toHaveLength(1);
  });

  it('failed: the error names the file, and a retry loads afresh', async () => {
    const fail = new Set(['letters/beleidsbrief-buitenlandse-zaken-2026.json']);
    const fetcher = fixtureFetcher(fail);
    preloadAtlasData(fetcher, './');
    const { result } = renderHook(() => useAtlasData(fetcher, './'));
    await waitFor(() => expect(result.current).toMatchObject({ status: 'error', file: 'letters/beleidsbrief-buitenlandse-zaken-2026.json' }));
    fail.clear();
    const state = result.current;
    if (state.status === 'error') state.retry();
    await waitFor(() => expect(result.current.status).toBe('ready'));
  });

  it('another fetcher or base does not take it over', async () => {
    const early = fixtureFetcher();
    preloadAtlasData(early, './');
    const other = fixtureFetcher();
    const { result } = renderHook(() => useAtlasData(other, './'));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(other.calls.length).toBeGreaterThan(0);
  });
});
