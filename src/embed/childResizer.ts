/**
 * The embedded page's half of the resizing: watch the body and tell the parent its height,
 * only when it changed. Both message conventions go out (see ./messages.ts).
 */
import { DEFAULT_CHILD_ID, heightMessage, parseChildId, pymHeightMessage, toPx } from './messages';

export interface ResizerEnv {
  search: string;
  target: Pick<Window, 'postMessage'> | null;
  body: HTMLElement;
  ResizeObserver?: typeof ResizeObserver;
}

/** Returns a stop function. Does nothing when the page is not inside a frame. */
export function startChildResizer(env: ResizerEnv): () => void {
  const { target, body } = env;
  if (!target) return () => {};
  const pymId = parseChildId(env.search);
  const id = pymId ?? DEFAULT_CHILD_ID;
  let last = -1;
  const report = () => {
    const height = toPx(body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The parent can be any newsroom page: the height is all we ever tell it, so '*' is fine.
    if (pymId) target.postMessage(pymHeightMessage(pymId, height), '*');
    target.postMessage(heightMessage(id, height), '*');
  };
  const RO = env.ResizeObserver ?? globalThis.ResizeObserver;
  report();
  if (!RO) return () => {};
  const observer = new RO(report);
  observer.observe(body);
  return () => observer.disconnect();
}
