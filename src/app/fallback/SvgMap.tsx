/**
 * The choropleth as SVG (d3-geo), for browsers without WebGL or when the MapLibre chunk
 * fails to load. Same colours, hatch and dots as the export (src/render/layers.ts).
 * Keyboard: Tab visits the countries the letter names, alphabetically; arrow keys, Home
 * and End move among them; Enter or Space selects. The list view holds everything else.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CountriesCollection, CountryPaint } from '../../map/contract';
import { HATCH_OPACITY, lightPalette, type MapPalette } from '../../map/style';
import { paintLayers } from '../../render/layers';
import { fitProjection, projectCountries } from '../../render/project';
import type { SvgCountryInfo } from './items';

const WIDTH = 960;
const HEIGHT = 470;

export interface SvgMapProps {
  countries: CountriesCollection;
  paint: ReadonlyMap<string, CountryPaint>;
  info: ReadonlyMap<string, SvgCountryInfo>;
  /** Countries in the Tab order, in that order. */
  order: readonly string[];
  selected: string | null;
  hovered: string | null;
  label: string;
  /** Base-map colours (dark embeds pass theirs); light by default. */
  palette?: MapPalette;
  onSelect(iso2: string | null): void;
  onHover(iso2: string | null): void;
}

const NEXT: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

export default function SvgMap({ countries, paint, info, order, selected, hovered, label, palette = lightPalette, onSelect, onHover }: SvgMapProps) {
  const hatchId = `${useId()}-hatch`;
  const projected = useMemo(
    () => projectCountries(countries, fitProjection(countries, { x: 4, y: 4, width: WIDTH - 8, height: HEIGHT - 8 })),
    [countries],
  );
  const layers = useMemo(() => paintLayers(countries, projected, paint, palette), [countries, projected, paint, palette]);
  const nodes = useRef(new Map<string, SVGGElement>());
  const [focused, setFocused] = useState<string | null>(null);

  // Tab-order countries last, in their order: DOM order is Tab order (and they paint on top).
  const rank = useMemo(() => new Map(order.map((iso2, i) => [iso2, i])), [order]);
  const sorted = useMemo(
    () => [...layers].sort((a, b) => (rank.get(a.iso2) ?? -1) - (rank.get(b.iso2) ?? -1)),
    [layers, rank],
  );

  const onKeyDown = (e: KeyboardEvent<SVGGElement>, iso2: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(iso2);
      return;
    }
    const move = NEXT[e.key];
    if (!move || order.length === 0) return;
    e.preventDefault();
    const at = order.indexOf(iso2);
    const next = order[at < 0 ? 0 : move(at, order.length)];
    if (next) nodes.current.get(next)?.focus();
  };

  const outline = (iso2: string | null, stroke: string, width: number) => {
    const l = iso2 ? layers.find((s) => s.iso2 === iso2) : undefined;
    if (!l) return null;
    return l.d ? (
      <path d={l.d} fill="none" stroke={stroke} strokeWidth={width} strokeLinejoin="round" pointerEvents="none" />
    ) : (
      <circle cx={l.point[0]} cy={l.point[1]} r={6} fill="none" stroke={stroke} strokeWidth={width} pointerEvents="none" />
    );
  };

  const readout = info.get(focused ?? hovered ?? selected ?? '')?.label;

  return (
    <div className="svg-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="xMidYMid meet" role="group" aria-label={label}>
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={palette.land} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={palette.hatch} strokeOpacity={HATCH_OPACITY} strokeWidth="1.5" />
          </pattern>
        </defs>
        <rect width={WIDTH} height={HEIGHT} fill={palette.water} onClick={() => onSelect(null)} />
        <g stroke={palette.border} strokeWidth={0.4} strokeLinejoin="round">
          {sorted.map((l) => {
            const i = info.get(l.iso2);
            return (
              <g
                key={l.iso2}
                ref={(el) => {
                  if (el) nodes.current.set(l.iso2, el);
                  else nodes.current.delete(l.iso2);
                }}
                className="svg-country"
                role="button"
                tabIndex={i?.tabbable ? 0 : -1}
                aria-label={i?.label ?? l.iso2}
                aria-pressed={l.iso2 === selected}
                data-iso2={l.iso2}
                onClick={() => onSelect(l.iso2)}
                onKeyDown={(e) => onKeyDown(e, l.iso2)}
                onMouseEnter={() => onHover(l.iso2)}
                onMouseLeave={() => onHover(null)}
                onFocus={() => setFocused(l.iso2)}
                onBlur={() => setFocused((f) => (f === l.iso2 ? null : f))}
              >
                {l.d && <path d={l.d} fill={l.fill} />}
                {l.d && l.viaOnly && <path d={l.d} fill={`url(#${hatchId})`} />}
                {l.dot && <circle cx={l.point[0]} cy={l.point[1]} r={3} fill={l.fill} stroke={palette.dotStroke} strokeWidth={0.75} />}
                {/* Point-only and tiny countries still need a target big enough to hit. */}
                {!l.d && !l.dot && <circle cx={l.point[0]} cy={l.point[1]} r={2} fill={l.fill} stroke={palette.dotStroke} strokeWidth={0.5} />}
              </g>
            );
          })}
        </g>
        {outline(hovered, palette.hover, 1.5)}
        {outline(selected, palette.selected, 2)}
      </svg>
      <p className="svg-map-readout" aria-hidden="true">
        {readout ?? '\u00a0'}
      </p>
    </div>
  );
}
