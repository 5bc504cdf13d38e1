/**
 * The map of a baked page, as inline SVG drawn in the live map's own geometry: Web Mercator
 * at a MapLibre zoom, 512 px tiles, framed by the app's framing function for a nominal map
 * box. So the browser paints the map with the HTML, and the app can start MapLibre at
 * exactly the view the SVG shows (src/bake/handover.ts reads `data-view` and the SVG's
 * on-screen scale). Pure: data in, markup out.
 *
 * The SVG scales to its box ("meet") and draws half a box past its viewBox (overflow
 * visible, the map area clips), so a box of another shape is filled with map, not sea.
 */
import { geoMercator, geoPath, geoStream, type GeoStream } from 'd3-geo';
import type { CountriesCollection, CountryPaint, MapView } from '../map/contract';
import { frameBox, frameCountries } from '../map/framing/frame';
import type { CountryFeature } from '../map/framing/mainBody';
import { mercY, worldSize, type Size } from '../map/framing/mercator';
import { WORLD } from '../map/camera';
import { HATCH_OPACITY, type MapPalette } from '../map/style';
import { escapeXml } from '../render/escape';

/**
 * The overview shapes are on a 0.1° grid: under 1.5 px up to this zoom, so finer shapes
 * would only add bytes. (MapLibre swaps in the detailed ones earlier, at DETAIL_ZOOM.)
 */
export const BAKED_DETAIL_ZOOM = 3.5;

/** The desktop map box at 1280×800 (the header and the panel taken off): what pages are framed for. */
export const NOMINAL_BOX: Size = { width: 940, height: 744 };

export interface BakedMapInput {
  countries: CountriesCollection;
  paint: ReadonlyMap<string, CountryPaint>;
  palette: MapPalette;
  /** Countries outlined (a country page: one; a region page: its members); empty for the home page. */
  outlined: readonly string[];
  /** Accessible name of the picture. */
  label: string;
  box?: Size;
}

/** Where the SVG puts the world: its viewBox centre and the zoom its user units are pixels of. */
export function bakedView(countries: CountriesCollection, outlined: readonly string[], box: Size = NOMINAL_BOX): MapView {
  const places = countries.features.filter((f) => outlined.includes(f.properties.iso2)) as CountryFeature[];
  const frame = places.length ? frameCountries(places, box) : frameBox(WORLD, box);
  if (!frame) return { lng: 0, lat: 20, zoom: 0 };
  return frame.view;
}

/** Paths in whole pixels, relative moves, no zero-length steps: a third of d3's default bytes. */
function compactPath(): { stream: GeoStream; take(): string } {
  let out = '';
  let x0 = 0;
  let y0 = 0;
  let inLine = false;
  let first = true;
  const stream: GeoStream = {
    point(x, y) {
      const rx = Math.round(x);
      const ry = Math.round(y);
      if (first) {
        out += `M${rx} ${ry}`;
        first = false;
      } else {
        const dx = rx - x0;
        const dy = ry - y0;
        if (!dx && !dy) return;
        out += `${inLine ? ' ' : 'l'}${dx} ${dy}`.replace(/ -/g, '-');
        inLine = true;
      }
      x0 = rx;
      y0 = ry;
    },
    lineStart() {
      first = true;
      inLine = false;
    },
    lineEnd() {},
    polygonStart() {},
    polygonEnd() {
      out += 'z';
    },
    sphere() {},
  };
  return {
    stream,
    take() {
      const d = out;
      out = '';
      return d;
    },
  };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function renderBakedMap(input: BakedMapInput): string {
  const box = input.box ?? NOMINAL_BOX;
  const { palette, paint } = input;
  const view = bakedView(input.countries, input.outlined, box);
  const ws = worldSize(view.zoom);
  const { width: W, height: H } = box;
  // Mercator at the view's zoom, centred on it (so a view across 180° stays in one piece),
  // with the viewBox's top-left at 0,0; drawn half a box beyond each side.
  const projection = geoMercator()
    .rotate([-view.lng, 0])
    .scale(ws / (2 * Math.PI))
    .translate([W / 2, ws / 2 - (mercY(view.lat) * ws - H / 2)])
    .clipExtent([
      [-W / 2, -H / 2],
      [1.5 * W, 1.5 * H],
    ])
    .precision(1.5);
  const path = compactPath();
  const draw = geoPath(projection, null);
  const outlined = new Set(input.outlined);
  // Plain paths: <use> instances cost the browser more to lay out and paint than the bytes they save.
  const fills: string[] = [];
  const hatches: string[] = [];
  const outlines: string[] = [];
  const dots: string[] = [];
  for (const f of input.countries.features) {
    const iso = f.properties.iso2;
    if (iso === 'AQ') continue;
    // It goes into attributes as it is.
    if (!/^[A-Z]{2}$/.test(iso)) throw new Error(`not an ISO 3166 code: ${JSON.stringify(iso)}`);
    const p = paint.get(iso);
    const home = f.properties.home ? ' data-home=""' : '';
    const fill = f.properties.home ? palette.home : (p?.fill ?? palette.land);
    let d = '';
    if (f.geometry.type !== 'Point') {
      // Through the projection's clip and resampling into the compact writer.
      geoStream(f, projection.stream(path.stream));
      d = path.take();
    }
    const [px, py] = projection(f.properties.point) ?? [NaN, NaN];
    const inside = px > -W / 2 && px < 1.5 * W && py > -H / 2 && py < 1.5 * H;
    if (d) {
      fills.push(`<path data-iso="${iso}"${home} fill="${fill}" d="${d}"/>`);
      // The hatch of a country reached only through a region; src/bake/handover.ts adds and
      // hides hatches when the theme choice changes before the live map is drawn.
      if (p?.viaOnly) hatches.push(`<path data-via="${iso}" d="${d}"/>`);
      if (outlined.has(iso)) outlines.push(`<path d="${d}"/>`);
    }
    const area = d ? draw.area(f) : 0;
    if (inside && (p?.viaOnly === false || f.properties.home) && area < 12) {
      dots.push(`<circle data-iso="${iso}"${home} cx="${Math.round(px)}" cy="${Math.round(py)}" r="3" fill="${fill}"/>`);
      if (outlined.has(iso)) outlines.push(`<circle cx="${Math.round(px)}" cy="${Math.round(py)}" r="6"/>`);
    }
  }
  return [
    `<svg class="baked-map-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid meet" overflow="visible"`,
    ` data-view="${round(view.lng, 4)},${round(view.lat, 4)},${round(view.zoom, 4)}" data-land="${palette.land}" role="img" aria-label="${escapeXml(input.label)}">`,
    `<defs><pattern id="baked-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${palette.hatch}" stroke-opacity="${HATCH_OPACITY.toFixed(2)}" stroke-width="1.5"/></pattern></defs>`,
    `<rect x="${-W / 2}" y="${-H / 2}" width="${2 * W}" height="${2 * H}" fill="${palette.water}"/>`,
    `<g stroke="${palette.border}" stroke-width="0.5" stroke-linejoin="round">${fills.join('')}</g>`,
    `<g class="baked-hatches" fill="url(#baked-hatch)" pointer-events="none">${hatches.join('')}</g>`,
    dots.length ? `<g stroke="${palette.dotStroke}" stroke-width="0.75">${dots.join('')}</g>` : '',
    outlines.length ? `<g fill="none" stroke="${palette.selected}" stroke-width="2" stroke-linejoin="round" pointer-events="none">${outlines.join('')}</g>` : '',
    `</svg>`,
  ].join('');
}
