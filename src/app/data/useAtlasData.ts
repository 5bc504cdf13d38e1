import { useCallback, useEffect, useState } from 'react';
import { buildModel, type AtlasModel } from './model';
import { loadAtlasData, type Fetcher } from './load';

export type AtlasLoad =
  | { status: 'loading' }
  | { status: 'error'; file: string | null; malformed?: boolean; retry: () => void }
  | { status: 'ready'; model: AtlasModel };

// buildModel inside the chain: data that passed the shape check but still breaks indexing is an error state too.
const loadModel = (fetcher: Fetcher, base: string, letter: string | null): Promise<AtlasModel> =>
  loadAtlasData(fetcher, base, letter)
    .then(buildModel)
    .then((model) => {
      // For `npm run bench`: with map:create and map:ready it shows where start-up time goes.
      performance.mark('data:ready');
      return model;
    });

let early: { fetcher: Fetcher; base: string; letter: string | null; model: Promise<AtlasModel>; value?: AtlasModel } | null = null;

/**
 * Starts loading (and indexing) the data before React renders, so the work runs while the
 * app code and messages are still arriving. `letter` is the letter a link asks for (null: the
 * newest). The first useAtlasData with the same arguments takes it over; a retry loads afresh.
 */
export function preloadAtlasData(fetcher: Fetcher, base: string, letter: string | null = null): void {
  const model = loadModel(fetcher, base, letter);
  const entry: NonNullable<typeof early> = { fetcher, base, letter, model };
  // Once in, the first render can start with it: no loading render, no second commit.
  model.then((m) => (entry.value = m), () => undefined); // errors are reported by the hook
  early = entry;
}

/** The early load's model (null when there is none, or it failed: the app reports that itself). */
export function atlasDataReady(): Promise<AtlasModel | null> {
  return early ? early.model.catch(() => null) : Promise.resolve(null);
}

/** A model already built (the baker renders hundreds of pages from one): the next first render starts ready. */
export function provideAtlasModel(fetcher: Fetcher, base: string, model: AtlasModel, letter: string | null = null): void {
  early = { fetcher, base, letter, model: Promise.resolve(model), value: model };
}

function takeEarly(fetcher: Fetcher, base: string, letter: string | null): NonNullable<typeof early> | null {
  if (!early || early.fetcher !== fetcher || early.base !== base || early.letter !== letter) return null;
  const taken = early;
  early = null;
  return taken;
}

/** `letter`: the letter to open with (null: the newest); read once, at mount. */
export function useAtlasData(fetcher: Fetcher, base: string, letter: string | null = null): AtlasLoad {
  const [attempt, setAttempt] = useState(0);
  // Taken once, with whether it had already arrived: the early load may finish between this
  // render and the effect below, and must then still reach the state through the effect.
  const [first] = useState(() => {
    const early = takeEarly(fetcher, base, letter);
    return early && { model: early.model, readyAtMount: early.value };
  });
  const [wanted] = useState(letter);
  const [state, setState] = useState<AtlasLoad>(() => (first?.readyAtMount ? { status: 'ready', model: first.readyAtMount } : { status: 'loading' }));
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (attempt === 0 && first?.readyAtMount) return;
    let live = true;
    setState({ status: 'loading' });
    ((attempt === 0 && first?.model) || loadModel(fetcher, base, wanted)).then(
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
  }, [fetcher, base, wanted, attempt, retry, first]);

  return state;
}
