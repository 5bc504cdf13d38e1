/**
 * Reports the country under a mouse or pen with the pointer's position, for the tooltip.
 * A touch produces compatibility mouse events too; pointer events say which device it was,
 * so a tap never leaves a tooltip behind.
 */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { MapPointer } from './contract';

export function installPointerFeed(
  map: MapLibreMap,
  hit: (point: PointLike & { x: number; y: number }) => string | null,
  report: (pointer: MapPointer | null) => void,
): void {
  let touch = false;
  const onPointer = (e: PointerEvent): void => {
    touch = e.pointerType === 'touch';
    if (touch) report(null);
  };
  const el = map.getCanvasContainer();
  el.addEventListener('pointerdown', onPointer, true);
  el.addEventListener('pointermove', onPointer, true);
  map.on('mousemove', (e) => {
    const iso2 = touch ? null : hit(e.point);
    const canvas = map.getCanvas();
    report(iso2 ? { iso2, x: e.point.x, y: e.point.y, width: canvas.clientWidth, height: canvas.clientHeight } : null);
  });
  map.on('mouseout', () => report(null));
  // Dragging, zooming or easing moves the country away from under a still pointer.
  map.on('movestart', () => report(null));
}
