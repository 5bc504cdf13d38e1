// d3-geo-projection ships no types; declare only what the pipeline uses.
declare module 'd3-geo-projection' {
  import type { GeoStreamWrapper } from 'd3-geo';
  import type { GeoJSON } from 'geojson';

  /** Projects GeoJSON through projection.stream (clipping included); null when nothing is left. */
  export function geoProject(object: GeoJSON, projection: GeoStreamWrapper): GeoJSON | null;
}
