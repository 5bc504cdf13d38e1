import { useCallback, useEffect, useState } from 'react';
import { buildModel, type AtlasModel } from './model';
import { loadAtlasData, type Fetcher } from './load';

export type AtlasLoad =
  | { status: 'loading' }
  | { status: 'error'; file: string | null; retry: () => void }
  | { status: 'ready'; model: AtlasModel };

export function useAtlasData(fetcher: Fetcher, base: string): AtlasLoad {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AtlasLoad>({ status: 'loading' });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadAtlasData(fetcher, base).then(
      (data) => live && setState({ status: 'ready', model: buildModel(data) }),
      (e: unknown) => {
        if (!live) return;
        const file = e && typeof e === 'object' && 'file' in e ? String(e.file) : null;
        setState({ status: 'error', file, retry });
      },
    );
    return () => {
      live = false;
    };
  }, [fetcher, base, attempt, retry]);

  return state;
}
