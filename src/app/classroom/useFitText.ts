import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How far the presentation may shrink a slide's text to fit (a share of its normal size).
 * At 1280×720 the key passage then stays ≥ 20 px, at 1920×1080 ≥ 29 px: still read from the
 * back of a classroom. Below that the text keeps its size and scrolls, with a "more" cue.
 */
export const FIT_FLOOR = 0.85;
const FIT_STEP = 0.05;

export interface Fit {
  /** The text still overflows at the floor and is not scrolled to its end: show the cue. */
  more: boolean;
  onScroll(): void;
  /** Scroll one screenful on (the cue's click). */
  scrollMore(): void;
}

const overflows = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1;
const atEnd = (el: HTMLElement) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2;

/**
 * Fits a scrolling text column: sets `--fit` on it from 1 down to FIT_FLOOR until the content
 * fits, again whenever `content` changes or the column is resized. The CSS scales the column's
 * font-size by `--fit`.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, content: string): Fit {
  const [more, setMore] = useState(false);

  const fit = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    let scale = 1;
    el.style.setProperty('--fit', '1');
    while (overflows(el) && scale > FIT_FLOOR + 1e-6) {
      scale = Math.round((scale - FIT_STEP) * 100) / 100;
      el.style.setProperty('--fit', String(scale));
    }
    setMore(overflows(el) && !atEnd(el));
  }, [ref]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.scrollTop = 0;
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    // Observed at the column's size only: a new font size changes the content, not the column.
    let last = `${el.clientWidth}x${el.clientHeight}`;
    const ro = new ResizeObserver(() => {
      const now = `${el.clientWidth}x${el.clientHeight}`;
      if (now !== last) {
        last = now;
        fit();
      }
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, content, fit]);

  const onScroll = useCallback(() => {
    const el = ref.current;
    if (el) setMore(overflows(el) && !atEnd(el));
  }, [ref]);

  const scrollMore = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el.scrollBy({ top: el.clientHeight * 0.8, behavior: smooth ? 'smooth' : 'auto' });
  }, [ref]);

  return { more, onScroll, scrollMore };
}
