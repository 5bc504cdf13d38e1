/**
 * The map style as plain data. Pure: no maplibre-gl import, so it can be unit
 * tested and diffed. Everything that changes at runtime (fills, hover,
 * selection, region highlight) is read from feature-state, so the app never
 * has to rebuild a source or the style to repaint.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../pipeline/types';

export interface MapPalette {
  water: string;
  /** Land that the letter does not mention (and the fallback for missing paint). */
  land: string;
  border: string;
  home: string;
  homeOutline: string;
  /** Diagonal hatch over countries reached only through a region/organisation (drawn at HATCH_OPACITY). */
  hatch: string;
  hover: string;
  selected: string;
  /** The keyboard highlight (src/map/keyboard.ts): the page's focus colour. */
  focus: string;
  region: string;
  regionHighlight: string;
  dotStroke: string;
  label: string;
  labelHalo: string;
  /** Choropleth classes, fewest mentions first; null = the data's own (atlas.json classColours). */
  ramp: readonly string[] | null;
}

/** How opaque the hatch lines are, in both renderers (MapLibre's pattern image and the SVG). */
export const HATCH_OPACITY = 170 / 255;
/** Via-only countries' fill opacity over the sea in MapLibre; the hatch goes on top. */
export const VIA_ONLY_OPACITY = 0.55;

export const lightPalette: MapPalette = {
  water: '#dde6ed',
  land: '#f4f2ee',
  border: '#8d959c',
  // Rijksoverheid orange: the author country is shown apart from the choropleth.
  home: '#e17000',
  homeOutline: '#6b3500',
  hatch: '#3d4852',
  hover: '#3d4852',
  selected: '#000000',
  focus: '#b3541e',
  region: '#5b2a86',
  regionHighlight: '#5b2a86',
  dotStroke: '#5a636b',
  label: '#1f2429',
  labelHalo: '#ffffff',
  ramp: null,
};

/** For embeds with ?scheme=dark (or a dark prefers-color-scheme): the same roles on a dark page. */
export const darkPalette: MapPalette = {
  water: '#17212b',
  land: '#3b424a',
  border: '#8a949d',
  home: '#e17000',
  homeOutline: '#ffb366',
  // Quieter than the faintest class (1.57:1 against land as drawn, the faintest class 1.98:1),
  // yet visible: the hatch says "only through a region", it must not outshine the fills.
  hatch: '#646d77',
  hover: '#e6edf3',
  selected: '#ffffff',
  focus: '#ffb366',
  region: '#c9a3f0',
  regionHighlight: '#e0c4ff',
  dotStroke: '#b0b9c1',
  label: '#e6edf3',
  labelHalo: '#111820',
  /*
   * ColorBrewer Blues (7 steps), the five middle ones, light end last: on a dark page the
   * most mentioned countries are the brightest, and the fewest still stand out from the
   * land (1.98:1). The light map's darkest class would vanish into dark land (1.11:1).
   */
  ramp: ['#2171b5', '#4292c6', '#6baed6', '#9ecae1', '#c6dbef'],
};

export const SOURCE = { countries: 'countries', points: 'country-points', regions: 'regions' } as const;

export const LAYER = {
  background: 'background',
  fill: 'country-fill',
  viaHatch: 'country-via-hatch',
  homeFill: 'home-fill',
  regions: 'region-outline',
  focus: 'country-focus',
  dots: 'country-dots',
  labels: 'country-labels',
} as const;

/**
 * Hidden in the initial style and switched on together (one tile re-parse) right
 * after map:ready: they are not needed to see the data, and building them first
 * delayed the first complete map by ~0.5 s on a software GPU.
 */
export const DEFERRED_LAYERS = [LAYER.focus, LAYER.labels] as const;

/** Layers a click or hover can hit, dots first because they sit on top of tiny shapes. */
export const HIT_LAYERS = [LAYER.dots, LAYER.homeFill, LAYER.fill] as const;

export const HATCH_IMAGE = 'atlas-hatch';

/**
 * The font family registered by @fontsource/noto-sans (src/main.tsx). With no `glyphs` URL in the
 * style, MapLibre draws labels with this CSS family through the browser, so the
 * self-hosted woff2 is used and no glyph server is ever contacted. Only the regular (400) file
 * ships: no label may name a bold face (MapLibre reads the weight from the name); the halo
 * gives labels their contrast.
 */
const LABEL_FONT = ['Noto Sans'];

/** The face the labels are drawn with, as a CSS `font` value for `document.fonts.load()`. */
export const LABEL_FONT_FACE = `400 16px "${LABEL_FONT[0]}"`;

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** Fill colour set by the app through setFeatureState({fill}); land colour until then. */
const paintedFill = (palette: MapPalette): ExpressionSpecification => [
  'to-color',
  ['coalesce', ['feature-state', 'fill'], palette.land],
];

export function labelField(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', lang === 'en' ? 'name_en' : 'name_nl'], ['get', 'iso2']];
}

/** Accessible name of the canvas when the app passes none. */
export function defaultLabel(lang: Lang): string {
  return lang === 'en'
    ? 'World map of the countries the policy letter mentions. Arrow keys move between named countries, Enter chooses one, plus and minus zoom.'
    : 'Wereldkaart van de landen die de beleidsbrief noemt. Pijltjestoetsen gaan langs de genoemde landen, Enter kiest er een, plus en min zoomen.';
}

const isHome: ExpressionSpecification = ['==', ['get', 'home'], true];
const painted: ExpressionSpecification = ['any', isHome, ['!=', ['feature-state', 'fill'], null]];

/**
 * Country label sizes (px) by zoom. `large` is for the presentation: a projected map is read
 * from the back of a classroom, so no label is drawn smaller than 16 px.
 */
export type LabelSize = 'normal' | 'large';
const LABEL_SIZES: Record<LabelSize, { stops: [zoom: number, px: number][]; halo: number }> = {
  normal: { stops: [[1.5, 10], [5, 13], [7, 15]], halo: 1.4 },
  large: { stops: [[1.5, 16], [5, 19], [7, 22]], halo: 2 },
};

function buildLayers(lang: Lang, palette: MapPalette, labels: LabelSize = 'normal'): LayerSpecification[] {
  const labelSize = LABEL_SIZES[labels];
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': palette.water } },
    {
      id: LAYER.fill,
      type: 'fill',
      source: SOURCE.countries,
      filter: ['!', isHome],
      paint: {
        'fill-color': paintedFill(palette),
        // Via-only countries keep their theme hue but lighter, with the hatch on top.
        'fill-opacity': ['case', state('viaOnly'), VIA_ONLY_OPACITY, 1],
        // Borders come from the fill's own 1 px antialiasing outline pass, which runs
        // anyway: a separate line layer over ~20k vertices doubled the frame time.
        'fill-outline-color': palette.border,
      },
    },
    {
      id: LAYER.viaHatch,
      type: 'fill',
      source: SOURCE.countries,
      filter: ['!', isHome],
      paint: {
        'fill-pattern': HATCH_IMAGE,
        'fill-opacity': ['case', state('viaOnly'), 1, 0],
        'fill-antialias': false,
      },
    },
    {
      id: LAYER.homeFill,
      type: 'fill',
      source: SOURCE.countries,
      filter: isHome,
      paint: { 'fill-color': palette.home, 'fill-outline-color': palette.homeOutline },
    },
    {
      id: LAYER.regions,
      type: 'line',
      source: SOURCE.regions,
      // Hidden until setRegions hands it outlines.
      layout: { 'line-join': 'round', visibility: 'none' },
      paint: {
        'line-color': ['case', state('highlight'), palette.regionHighlight, palette.region],
        'line-width': ['case', state('highlight'), 3, 1.5],
        'line-opacity': ['case', state('highlight'), 1, 0.7],
        'line-dasharray': [3, 1.5],
      },
    },
    {
      // Hover and selection in one layer. Width 0 (not opacity 0) when neither: zero-width
      // lines produce no fragments, so all other countries cost next to nothing per frame.
      id: LAYER.focus,
      type: 'line',
      source: SOURCE.countries,
      // Deferred like the labels: tessellating every border as a line cost ~250 ms before map:ready.
      layout: { visibility: 'none' },
      paint: {
        'line-color': ['case', state('key'), palette.focus, state('selected'), palette.selected, palette.hover],
        'line-width': ['case', state('key'), 3.5, state('selected'), 3, state('hover'), 2, 0],
      },
    },
    {
      id: LAYER.dots,
      type: 'circle',
      source: SOURCE.points,
      // The dot gives way once the shape itself is big enough to see and hit.
      filter: ['<', ['zoom'], ['get', 'dotUntil']],
      paint: {
        // Unpainted (unmentioned) micro-states stay clickable but recede.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 0, ['case', painted, 3.5, 2], 4, ['case', painted, 5.5, 3], 7, ['case', painted, 7, 4]],
        'circle-opacity': ['case', painted, 1, 0.8],
        'circle-stroke-opacity': ['case', painted, 1, 0.6],
        'circle-color': ['case', isHome, palette.home, paintedFill(palette)],
        'circle-stroke-color': [
          'case',
          state('key'),
          palette.focus,
          state('selected'),
          palette.selected,
          state('hover'),
          palette.hover,
          palette.dotStroke,
        ],
        'circle-stroke-width': ['case', state('key'), 3, state('selected'), 2.5, state('hover'), 2, 1],
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: LAYER.labels,
      type: 'symbol',
      source: SOURCE.points,
      minzoom: 1,
      layout: {
        // See DEFERRED_LAYERS.
        visibility: 'none',
        'text-field': labelField(lang),
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], ...labelSize.stops.flat()],
        'text-max-width': 7,
        // Larger countries win label collisions.
        'symbol-sort-key': ['get', 'rank'],
        'text-offset': ['case', ['==', ['get', 'small'], true], ['literal', [0, 0.9]], ['literal', [0, 0]]],
        'text-anchor': ['case', ['==', ['get', 'small'], true], 'top', 'center'],
        'text-padding': 3,
      },
      paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': labelSize.halo },
    },
  ];
}

export interface StyleOptions {
  lang: Lang;
  palette?: MapPalette;
  labels?: LabelSize;
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * A self-contained style: no `glyphs`, `sprite` or remote sources, so the map
 * never reaches outside the page's origin. Sources start empty; createAtlasMap
 * fills them once, and from then on only feature-state and paint/layout
 * properties change.
 */
export function buildStyle({ lang, palette = lightPalette, labels = 'normal' }: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'beleidsatlas',
    sources: {
      [SOURCE.countries]: { type: 'geojson', data: EMPTY, promoteId: 'iso2', maxzoom: 7, tolerance: 0.45 },
      [SOURCE.points]: { type: 'geojson', data: EMPTY, promoteId: 'iso2', maxzoom: 7 },
      [SOURCE.regions]: { type: 'geojson', data: EMPTY, promoteId: 'id', maxzoom: 7, tolerance: 0.6 },
    },
    layers: buildLayers(lang, palette, labels),
  };
}

/**
 * A diagonal hatch as raw RGBA for map.addImage (kept here so it stays pure).
 * Added at pixelRatio 2: 1 CSS px lines every 6 CSS px, visible without
 * drowning the fill colour underneath.
 */
export function hatchImage(colour: string): { width: number; height: number; data: Uint8Array } {
  const size = 12;
  const [r, g, b] = hexToRgb(colour);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Two-pixel-wide diagonal that tiles seamlessly.
      const on = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = on ? Math.round(HATCH_OPACITY * 255) : 0;
    }
  }
  return { width: size, height: size, data };
}

function hexToRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return [0, 0, 0];
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}
