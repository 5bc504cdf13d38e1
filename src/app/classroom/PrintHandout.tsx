import { useEffect, useState, type ComponentType } from 'react';
import type { AtlasModel } from '../data/model';
import { usePrintMedia } from './usePrintMedia';

type Body = ComponentType<{ model: AtlasModel }>;

/**
 * Print-only handout. Its code (d3-geo and the SVG renderer) loads when the page is
 * idle, not with the first view, and must be in before 'beforeprint', which renders
 * synchronously.
 */
export function PrintHandout({ model }: { model: AtlasModel }) {
  const printing = usePrintMedia();
  const [Body, setBody] = useState<Body | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void import('./HandoutBody').then((m) => live && setBody(() => m.default), () => {});
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 2000));
    idle(load);
    return () => {
      live = false;
    };
  }, []);
  return printing && Body ? <Body model={model} /> : null;
}
