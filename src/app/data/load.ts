/** Fetching the generated files relative to the page, so the build works under any base path. */
import type { RegionsCollection } from '../../map/contract';
import type { AtlasData } from './model';

export type Fetcher = (url: string) => Promise<Response>;

export class DataLoadError extends Error {
  constructor(readonly file: string, readonly cause: unknown) {
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
  try {
    return (await res.json()) as T;
  } catch (e) {
    throw new DataLoadError(file, e);
  }
}

export async function loadAtlasData(fetcher: Fetcher, base = './'): Promise<AtlasData> {
  const [atlas, countries, letters] = await Promise.all([
    getJson<AtlasData['atlas']>(fetcher, base, 'atlas.json'),
    getJson<AtlasData['countries']>(fetcher, base, 'countries.geojson'),
    getJson<AtlasData['letters']>(fetcher, base, 'letters.json'),
  ]);
  return { atlas, countries, letters };
}

export function loadRegions(fetcher: Fetcher, base = './'): Promise<RegionsCollection> {
  return getJson<RegionsCollection>(fetcher, base, 'regions.geojson');
}
