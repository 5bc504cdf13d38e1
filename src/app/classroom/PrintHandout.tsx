import { useEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../data/model';
import { handoutBody, loadHandout, onPrintRequest, printHandout, subscribeHandout } from './printHandout';
import { usePrintMedia } from './usePrintMedia';
import './print.css';

/** Ctrl+P, or Cmd+P on a Mac; not with Shift or Alt (other browsers' shortcuts). */
const isPrintKey = (e: KeyboardEvent) => e.key.toLowerCase() === 'p' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;

/** With "how was this map made?" open, a print is of that text (method.css), not the handout. */
const methodOpen = () => typeof document !== 'undefined' && !!document.querySelector('.modal.method');

/**
 * Print-only handout. Its code (d3-geo and the SVG renderer) loads on demand: the handout
 * button and Ctrl/Cmd+P load it, render it, then print. A print from the browser menu
 * before that prints the page itself (print.css) with a note, and starts the load.
 */
export function PrintHandout({ model }: { model: AtlasModel }) {
  const { t } = useTranslation();
  const media = usePrintMedia();
  const Body = useSyncExternalStore(subscribeHandout, handoutBody, handoutBody);
  // Set synchronously by printHandout() right before window.print(), cleared after printing.
  const [requested, setRequested] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPrintKey(e) || methodOpen()) return;
      e.preventDefault();
      if (!e.repeat) void printHandout();
    };
    // The browser's own print (menu): too late for this one, in time for the next.
    const before = () => void loadHandout().catch(() => {});
    const after = () => setRequested(false);
    const off = onPrintRequest(() => flushSync(() => setRequested(true)));
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      off();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  if ((!media && !requested) || methodOpen()) return null;
  return Body ? <Body model={model} /> : <p className="print-note">{t('print.fallback')}</p>;
}
