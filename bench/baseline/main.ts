/**
 * The bench baseline: the geometry the app opens with (countries.topo.json, the overview
 * level) on a bare MapLibre map (fill + borders, no labels, no UI, no lazy loading).
 * `npm run bench` compares the app's navigation → map:ready against this page's.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

maplibregl.setWorkerUrl(workerUrl);

// MapLibre reads GeoJSON only: TopoJSON is decoded on the main thread, as any page using it must.
const topo = (await (await fetch('./data/countries.topo.json')).json()) as Topology<{ countries: GeometryCollection }>;
const data = feature(topo, topo.objects.countries);

const map = new maplibregl.Map({
  container: 'map',
  attributionControl: false,
  renderWorldCopies: false,
  bounds: [[-168, -56], [190, 78]],
  fitBoundsOptions: { padding: 8 },
  style: {
    version: 8,
    sources: { countries: { type: 'geojson', data, promoteId: 'iso2', maxzoom: 7 } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#dde6ed' } },
      { id: 'fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f2ee' } },
      { id: 'line', type: 'line', source: 'countries', paint: { 'line-color': '#8d959c', 'line-width': 0.5 } },
    ],
  },
});
map.once('load', () => map.once('idle', () => performance.mark('map:ready')));
