import { useCallback, useEffect, useState } from 'react';
import { buildModel, type AtlasModel } from './model';
import { loadAtlasData, type Fetcher } from './load';

export type AtlasLoad =
  | { status: 'loading' }
  | { status: 'error'; file: string | null; malformed?: boolean; retry: () => void }
  | { status: 'ready'; model: AtlasModel };

export function useAtlasData(fetcher: Fetcher, base: string): AtlasLoad {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AtlasLoad>({ status: 'loading' });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    // buildModel inside the chain: data that passed the shape check but still breaks indexing is an error state too.
    loadAtlasData(fetcher, base).then(buildModel).then(
      (model) => live && setState({ status: 'ready', model }),
      (e: unknown) => {
        if (!live) return;
        const file = e && typeof e === 'object' && 'file' in e ? String(e.file) : null;
        const malformed = !!(e && typeof e === 'object' && 'malformed' in e && e.malformed);
        setState({ status: 'error', file, malformed, retry });
      },
    );
    return () => {
      live = false;
    };
  }, [fetcher, base, attempt, retry]);

  return state;
}
