/**
 * Overlays that cover part of the map carry `data-map-cover` (anywhere in the document): the
 * legend, the phone sheet, panels and popovers over the map. The camera measures them, in the
 * map box's pixels, whenever it frames, and watches them while a framing holds.
 */
import type { Size } from './framing/mercator';
import type { Rect } from './framing/uncovered';

const COVER_SELECTOR = '[data-map-cover]';

export interface Measured {
  size: Size;
  covers: Rect[];
}

export function measureCovers(container: HTMLElement): Measured {
  const size = { width: container.clientWidth, height: container.clientHeight };
  const box = container.getBoundingClientRect();
  const covers: Rect[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(COVER_SELECTOR)) {
    const r = el.getBoundingClientRect();
    // What of it lies over the map (a panel beside the map covers none of it).
    const c = {
      left: Math.max(r.left, box.left) - box.left,
      top: Math.max(r.top, box.top) - box.top,
      right: Math.min(r.right, box.right) - box.left,
      bottom: Math.min(r.bottom, box.bottom) - box.top,
    };
    if (c.right - c.left >= 1 && c.bottom - c.top >= 1 && getComputedStyle(el).visibility !== 'hidden') covers.push(c);
  }
  return { size, covers };
}

/** Same box and covers, give or take a pixel (rounding, a scrollbar's half pixel). */
export function sameMeasure(a: Measured, b: Measured): boolean {
  const near = (x: number, y: number) => Math.abs(x - y) <= 1;
  return (
    near(a.size.width, b.size.width) && near(a.size.height, b.size.height) && a.covers.length === b.covers.length &&
    a.covers.every((c, i) => {
      const d = b.covers[i]!;
      return near(c.left, d.left) && near(c.top, d.top) && near(c.right, d.right) && near(c.bottom, d.bottom);
    })
  );
}

/**
 * Calls `changed` (at most once a frame) when the map box or a cover changes size, or a cover
 * comes or goes. Returns the function that stops watching.
 */
export function watchCovers(container: HTMLElement, changed: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => {
      frame = 0;
      observeCovers();
      changed();
    });
  };
  const sizes = new ResizeObserver(schedule);
  const observed = new Set<Element>();
  const observeCovers = () => {
    for (const el of document.querySelectorAll(COVER_SELECTOR)) {
      if (!observed.has(el)) {
        observed.add(el);
        sizes.observe(el);
      }
    }
  };
  sizes.observe(container);
  observeCovers();
  const dom = new MutationObserver(schedule);
  dom.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-cover', 'hidden'] });
  return () => {
    cancelAnimationFrame(frame);
    sizes.disconnect();
    dom.disconnect();
  };
}
