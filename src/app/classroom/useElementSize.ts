import { useEffect, useState, type RefObject } from 'react';
import type { Size } from './frame';

/** The element's size, to frame the map into it; a projector-ish default before layout (and in jsdom). */
export function useElementSize(ref: RefObject<HTMLElement | null>, fallback: Size = { width: 960, height: 640 }): Size {
  const [size, setSize] = useState<Size>(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) setSize((s) => (Math.abs(s.width - r.width) < 8 && Math.abs(s.height - r.height) < 8 ? s : { width: r.width, height: r.height }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
