/**
 * Diagnostic page for `npm run bench`: the app's own map module (style, labels,
 * dots, hatch) on the same data, without React or any UI. Splits the app's
 * overhead over the bare baseline into "map style" and "UI".
 */
import '@fontsource/noto-sans/400.css';
import { createAtlasMap } from '../../src/map/atlasMap';
import type { CountriesCollection } from '../../src/map/contract';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const topo = (await (await fetch('./data/countries.topo.json')).json()) as Topology<{ countries: GeometryCollection }>;
const countries = feature(topo, topo.objects.countries) as unknown as CountriesCollection;
// Wired the way the app wires it, so a click costs what it costs there minus React.
const map = createAtlasMap(document.getElementById('map')!, {
  countries,
  lang: 'nl',
  onHover: (iso2) => map.setHovered(iso2),
  onSelect: (iso2) => {
    map.setSelected(iso2);
    document.title = iso2 ?? '';
  },
  onViewChange: () => {},
});
