/**
 * Arrow-key travel between countries: from a point, the best country in the arrow's
 * direction. Pure (no MapLibre), so it is tested with the real label points.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface NavTarget {
  iso2: string;
  /** [lng, lat], the country's label point. */
  point: readonly [number, number];
}

/** Unit steps on screen (y down). */
export const AXIS: Record<Direction, readonly [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };
/** Farther off the arrow's axis than this (70°) is not "in that direction". */
const MAX_SLOPE = Math.tan((70 * Math.PI) / 180);

/** Web Mercator with y down, as the map draws it (it never rotates), so distances match the screen. */
function project([lng, lat]: readonly [number, number]): [number, number] {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [(lng * Math.PI) / 180, -Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/**
 * The target the arrow leads to from `from`, or null when none lies that way (the caller
 * keeps its highlight). Candidates within 70° of the arrow's axis compete on distance
 * times (1 + tan² of the angle off the axis): at 45° a country counts as twice as far, at
 * 60° four times, so a neighbour straight ahead beats a nearer one off to the side.
 */
export function nextTarget(
  from: readonly [number, number],
  targets: readonly NavTarget[],
  direction: Direction,
  current: string | null = null,
): string | null {
  const [fx, fy] = project(from);
  const [ax, ay] = AXIS[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const t of targets) {
    if (t.iso2 === current) continue;
    const [x, y] = project(t.point);
    const along = (x - fx) * ax + (y - fy) * ay;
    const across = Math.abs((x - fx) * ay - (y - fy) * ax);
    if (along <= 1e-9 || across > along * MAX_SLOPE) continue;
    const slope = across / along;
    const score = Math.hypot(along, across) * (1 + slope * slope);
    if (score < bestScore) {
      bestScore = score;
      best = t.iso2;
    }
  }
  return best;
}
