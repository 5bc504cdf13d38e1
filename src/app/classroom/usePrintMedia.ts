import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** True while the page is (about to be) printed, so the handout is built only when needed. */
export function usePrintMedia(): boolean {
  const [printing, setPrinting] = useState(() => typeof window !== 'undefined' && !!window.matchMedia?.('print').matches);
  useEffect(() => {
    const mq = window.matchMedia?.('print');
    const sync = () => setPrinting(!!mq?.matches);
    // The print dialog snapshots the page right after 'beforeprint': render synchronously.
    const before = () => flushSync(() => setPrinting(true));
    mq?.addEventListener?.('change', sync);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', sync);
    return () => {
      mq?.removeEventListener?.('change', sync);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', sync);
    };
  }, []);
  return printing;
}
