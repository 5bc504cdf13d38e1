import { useCallback, useEffect, useRef, useState } from 'react';
import { copyText } from './clipboard';

export type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'manual'; text: string };

/** Copy with a confirmation that fades after a few seconds; 'manual' keeps the text on screen. */
export function useCopy(resetMs = 4000) {
  const [state, setState] = useState<CopyState>({ status: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback(
    async (text: string) => {
      clearTimeout(timer.current);
      if (await copyText(text)) {
        setState({ status: 'copied' });
        timer.current = setTimeout(() => setState({ status: 'idle' }), resetMs);
      } else setState({ status: 'manual', text });
    },
    [resetMs],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, copy, reset };
}
