/**
 * Minimal shape checks on the generated files. A half-uploaded or hand-edited file must
 * give "atlas.json is damaged" with a retry, not a blank page or a TypeError deep in a
 * component. Only what the app indexes on start-up is checked; the pipeline tests the rest.
 */
import type { UnnamedIndex } from '../../pipeline/types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf = (v: unknown, item: (x: unknown) => boolean): boolean => Array.isArray(v) && v.every(item);
const hasId = (x: unknown) => isObject(x) && typeof x.id === 'string';

/** The places the letter does not name (search: "the letter does not name the Sahel"). */
const isUnnamedIndex = (v: unknown): v is UnnamedIndex =>
  typeof v === 'object' && v !== null && Array.isArray((v as UnnamedIndex).places) &&
  (v as UnnamedIndex).places.every((p) => typeof p?.id === 'string' && typeof p.name?.nl === 'string' && typeof p.name?.en === 'string' && Array.isArray(p.regions) && Array.isArray(p.countries));

/** A TopoJSON with a `countries` collection whose geometries have an iso2 and pass `props`. */
const countryTopology =
  (props: (p: Record<string, unknown>) => boolean) =>
  (v: unknown): boolean =>
    isObject(v) &&
    v.type === 'Topology' &&
    Array.isArray(v.arcs) &&
    isObject(v.objects) &&
    isObject(v.objects.countries) &&
    arrayOf(
      v.objects.countries.geometries,
      (f) => isObject(f) && typeof f.type === 'string' && isObject(f.properties) && typeof f.properties.iso2 === 'string' && props(f.properties),
    );

const CHECKS: Record<string, (v: unknown) => boolean> = {
  'atlas.json': (v) =>
    isObject(v) &&
    arrayOf(v.documents, (d) => hasId(d) && Array.isArray((d as { passages?: unknown }).passages)) &&
    arrayOf(v.themes, hasId) &&
    arrayOf(v.regions, hasId) &&
    arrayOf(v.classColours, (c) => typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c)) &&
    (v.classColours as unknown[]).length > 0,
  'countries.topo.json': countryTopology(
    (p) => typeof p.name_nl === 'string' && typeof p.name_en === 'string' && Array.isArray(p.point),
  ),
  'countries-detail.topo.json': countryTopology(() => true),
  'unnamed.json': isUnnamedIndex,
  'regions.geojson': (v) => isObject(v) && v.type === 'FeatureCollection' && Array.isArray(v.features),
};

/** letters/<id>.json: that letter, with its sections and passages. */
const isLetter = (file: string, d: unknown) =>
  isObject(d) && isObject(d.meta) && `letters/${String(d.meta.id)}.json` === file && Array.isArray(d.sections) && Array.isArray(d.passages);

/** True when `value` has the shape the app expects of `file`; files without a check pass. */
export function hasExpectedShape(file: string, value: unknown): boolean {
  if (file.startsWith('letters/')) return isLetter(file, value);
  const check = CHECKS[file];
  return check ? check(value) : true;
}
