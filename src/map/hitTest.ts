/** Which country is under the pointer: shapes, and the dots that stand for small places. */
import type { PointLike } from 'maplibre-gl';
import type { MapContext } from './context';
import { nearestCopy } from './framing/mercator';
import { HIT_LAYERS, LAYER } from './style';

/** Dots are small; let a click a few pixels off still hit them. */
const DOT_SLOP = 6;
/** Over another country's shape, a dot is hit only this close to its centre (its drawn size plus a little). */
const ON_DOT_PX = 6;
/** Dots this much farther than the nearest one still count as "under the pointer". */
const OVERLAP_PX = 2;

export type HitTest = (point: { x: number; y: number }) => string | null;

export function createHitTest({ map, byIso }: Pick<MapContext, 'map' | 'byIso'>): HitTest {
  // Of dots that overlap, the one the letter says most about wins (Sint Maarten, part of
  // the Kingdom, over Saint-Martin); render order only breaks what is still a tie.
  const weight = (iso2: string) => {
    const p = byIso.get(iso2)?.properties;
    return p ? (p.direct.all ?? 0) * 1000 + (p.via.all ?? 0) : 0;
  };
  return (point) => {
    const box: [PointLike, PointLike] = [
      [point.x - DOT_SLOP, point.y - DOT_SLOP],
      [point.x + DOT_SLOP, point.y + DOT_SLOP],
    ];
    const shape = map.queryRenderedFeatures([point.x, point.y], { layers: HIT_LAYERS.filter((l) => l !== LAYER.dots) })[0];
    // Neighbouring micro-states can sit within a pixel of each other at world zoom
    // (Sint Maarten / Saint-Martin): of the dots nearest the pointer, take the one drawn on top.
    // The slop helps at sea (islands are hard to hit); over a shape, the dot must be under the
    // pointer, or a click on France at world zoom would pick Jersey's dot beside it.
    const here = map.unproject([point.x, point.y]).lng;
    const dots = map.queryRenderedFeatures(box, { layers: [LAYER.dots] }).flatMap((f) => {
      if (f.geometry.type !== 'Point') return [];
      // The dot may be drawn in a copy of the world: measure to the copy under the pointer.
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const p = map.project([nearestCopy(lng, here), lat]);
      const d = Math.hypot(p.x - point.x, p.y - point.y);
      const iso2 = String(f.id ?? f.properties['iso2']);
      return shape && d > ON_DOT_PX && String(shape.id ?? shape.properties['iso2']) !== iso2 ? [] : [{ iso2, d }];
    });
    const nearest = Math.min(...dots.map((d) => d.d));
    const top = dots.filter((d) => d.d <= nearest + OVERLAP_PX).sort((a, b) => weight(b.iso2) - weight(a.iso2))[0];
    if (top) return top.iso2;
    return shape ? String(shape.id ?? shape.properties['iso2']) : null;
  };
}

/** Mouse hover and click, reported to the app as country ids. */
export function installPointer({ map, canvas, options }: MapContext, hit: HitTest): void {
  let pointerIso: string | null = null;
  const reportHover = (iso2: string | null): void => {
    if (iso2 === pointerIso) return;
    pointerIso = iso2;
    canvas.style.cursor = iso2 ? 'pointer' : '';
    options.onHover(iso2);
  };
  map.on('mousemove', (e) => reportHover(hit(e.point)));
  map.on('mouseout', () => reportHover(null));
  map.on('click', (e) => options.onSelect(hit(e.point)));
}
