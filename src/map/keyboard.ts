/**
 * The map as one tab stop that can choose a country: arrows move a highlight between the
 * countries the letter names under the chosen themes (and the author, as the SVG map's
 * Tab order does), Enter or Space selects it, Esc clears, + and - zoom, Shift+arrows pan.
 * MapLibre's own handler would pan on plain arrows; it listens on the canvas container,
 * so handling the keys on the canvas and stopping them there keeps it out.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CountriesCollection, CountryPaint } from './contract';
import { AXIS, nextTarget, type Direction, type NavTarget } from './keyNav';
import { nearestCopy } from './framing/mercator';

export interface KeyboardHooks {
  /** Draw or remove the highlight (feature-state `key`). */
  mark(iso2: string, on: boolean): void;
  /** The selected country (or region id: then arrows start from the highlight or the view centre). */
  selected(): string | null;
  select(iso2: string | null): void;
  /** The highlight moved (null: cleared), for the app to announce. */
  highlight(iso2: string | null): void;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const PAN_PX = 100;
/** A highlighted country closer than this to the edge, or under an overlay, is brought into view. */
const MARGIN_PX = 40;

type Point = [number, number];

export function installKeyboard(map: MapLibreMap, countries: CountriesCollection, hooks: KeyboardHooks) {
  const canvas = map.getCanvas();
  const pointOf = new Map<string, Point>(countries.features.map((f) => [f.properties.iso2, f.properties.point]));
  const home = countries.features.filter((f) => f.properties.home).map((f) => f.properties.iso2);
  let targets: NavTarget[] = [];
  let current: string | null = null;

  const setHighlight = (iso2: string | null): void => {
    if (iso2 === current) return;
    if (current) hooks.mark(current, false);
    if (iso2) hooks.mark(iso2, true);
    current = iso2;
    hooks.highlight(iso2);
  };

  /** Whether a point is on screen and not under an overlay that covers the map (legend, sheet). */
  const visible = (point: Point): boolean => {
    // The world repeats east and west: look at the copy nearest the view.
    const { x, y } = map.project([nearestCopy(point[0], map.getCenter().lng), point[1]]);
    if (x < MARGIN_PX || y < MARGIN_PX || x > canvas.clientWidth - MARGIN_PX || y > canvas.clientHeight - MARGIN_PX) return false;
    const box = canvas.getBoundingClientRect();
    return ![...document.querySelectorAll('[data-map-cover]')].some((el) => {
      const r = el.getBoundingClientRect();
      return box.left + x >= r.left && box.left + x <= r.right && box.top + y >= r.top && box.top + y <= r.bottom;
    });
  };

  // Key moves carry their event, so the camera knows the user moved it (a held framing lets go).
  const move = (direction: Direction, e: KeyboardEvent): void => {
    const selected = hooks.selected();
    const start = current ?? (selected && pointOf.has(selected) && visible(pointOf.get(selected)!) ? selected : null);
    const from = start ? pointOf.get(start)! : (map.getCenter().toArray() as Point);
    const next = nextTarget(from, targets, direction, start);
    if (!next) return;
    setHighlight(next);
    const point = pointOf.get(next)!;
    if (!visible(point)) map.easeTo({ center: [nearestCopy(point[0], map.getCenter().lng), point[1]], duration: 300 }, { originalEvent: e });
  };

  const onKey = (e: KeyboardEvent): void => {
    // interactive=0 turns MapLibre's keyboard off; the map then takes no keys at all.
    if (!map.keyboard.isEnabled() || e.altKey || e.ctrlKey || e.metaKey) return;
    const direction = ARROWS[e.key];
    if (direction) {
      if (e.shiftKey) {
        const [dx, dy] = AXIS[direction];
        map.panBy([dx * PAN_PX, dy * PAN_PX], { duration: 300 }, { originalEvent: e });
      } else move(direction, e);
    } else if (e.key === '+' || e.key === '=' || e.key === '-') {
      const point = current ? pointOf.get(current) : undefined;
      map.easeTo({ zoom: map.getZoom() + (e.key === '-' ? -1 : 1), duration: 300, ...(point && visible(point) ? { around: [nearestCopy(point[0], map.getCenter().lng), point[1]] } : {}) }, { originalEvent: e });
    } else if ((e.key === 'Enter' || e.key === ' ') && current) {
      hooks.select(current);
    } else if (e.key === 'Escape' && (current || hooks.selected())) {
      setHighlight(null);
      hooks.select(null);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const clear = (): void => setHighlight(null);

  canvas.addEventListener('keydown', onKey);
  // The highlight belongs to keyboard focus; a pointer choice or leaving the map ends it.
  canvas.addEventListener('blur', clear);
  map.on('click', clear);

  return {
    setPaint(paint: ReadonlyMap<string, CountryPaint>): void {
      const ids = [...home, ...[...paint].filter(([, p]) => !p.viaOnly).map(([iso2]) => iso2)];
      targets = ids.filter((iso2) => pointOf.has(iso2)).map((iso2) => ({ iso2, point: pointOf.get(iso2)! }));
    },
    destroy(): void {
      canvas.removeEventListener('keydown', onKey);
      canvas.removeEventListener('blur', clear);
    },
  };
}
