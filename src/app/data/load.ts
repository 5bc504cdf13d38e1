/** Fetching the generated files relative to the page, so the build works under any base path. */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountriesCollection, RegionsCollection } from '../../map/contract';
import type { AtlasData } from './model';
import { hasExpectedShape } from './validate';

export type Fetcher = (url: string) => Promise<Response>;

export class DataLoadError extends Error {
  /** `malformed`: the file arrived but is not valid JSON or not the expected shape (retrying rarely helps). */
  constructor(readonly file: string, readonly cause: unknown, readonly malformed = false) {
    super(`Could not load ${file}`);
  }
}

async function getJson<T>(fetcher: Fetcher, base: string, file: string): Promise<T> {
  let res: Response;
  try {
    res = await fetcher(`${base}data/${file}`);
  } catch (e) {
    throw new DataLoadError(file, e);
  }
  if (!res.ok) throw new DataLoadError(file, new Error(`HTTP ${res.status}`));
  let value: unknown;
  try {
    value = await res.json();
  } catch (e) {
    throw new DataLoadError(file, e, true);
  }
  if (!hasExpectedShape(file, value)) throw new DataLoadError(file, new Error('unexpected shape'), true);
  return value as T;
}

export async function loadAtlasData(fetcher: Fetcher, base = './'): Promise<AtlasData> {
  const [atlas, countries, letters] = await Promise.all([
    getJson<AtlasData['atlas']>(fetcher, base, 'atlas.json'),
    getJson<Topology<{ countries: GeometryCollection }>>(fetcher, base, 'countries.topo.json').then(countriesFromTopology),
    getJson<AtlasData['letters']>(fetcher, base, 'letters.json'),
  ]);
  return { atlas, countries, letters };
}

/** The country layer travels as TopoJSON (≈40% fewer bytes); the app works on GeoJSON. */
function countriesFromTopology(topo: Topology<{ countries: GeometryCollection }>): CountriesCollection {
  return feature(topo, topo.objects.countries) as unknown as CountriesCollection;
}

export function loadRegions(fetcher: Fetcher, base = './'): Promise<RegionsCollection> {
  return getJson<RegionsCollection>(fetcher, base, 'regions.geojson');
}
