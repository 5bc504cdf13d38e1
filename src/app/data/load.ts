/** Fetching the generated files relative to the page, so the build works under any base path. */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { CountriesCollection, RegionsCollection } from '../../map/contract';
import { indexMentions, NOT_MENTIONED, type MentionIndex } from '../../pipeline/mentionIndex';
import type { AtlasIndex, LetterDocument, OverviewProperties, RegionEntry, RegionFileEntry, UnnamedIndex } from '../../pipeline/types';
import { letterPath, newestFirst, type AtlasData, type LetterFiles } from './model';
import { hasExpectedShape } from './validate';

export type Fetcher = (url: string) => Promise<Response>;

/** The browser's fetch, as the app uses it (one identity, so an early load can be handed over). */
export const browserFetch: Fetcher = (url) => fetch(url);

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

/**
 * The first view's data: the index (atlas.json), the country shapes and one letter, `wanted`
 * when the index lists it, else the newest (index.html hints its file, so it is on its way
 * before atlas.json is in). Other letters come through `letter` when they are shown.
 */
export async function loadAtlasData(fetcher: Fetcher, base = './', wanted: string | null = null): Promise<AtlasData> {
  const letter = letterFiles(fetcher, base);
  const [[file, shown], overview] = await Promise.all([
    getJson<AtlasFile>(fetcher, base, 'atlas.json').then(async (file) => {
      const id = file.documents.some((d) => d.id === wanted) ? wanted : [...file.documents].sort(newestFirst)[0]?.id;
      return [file, id ? [await letter.load(id)] : []] as const;
    }),
    getJson<CountriesTopology>(fetcher, base, 'countries.topo.json').then(countriesFromTopology),
  ]);
  const index = indexMentions(shown, file.regions, file.themes);
  const countries = withMentions(overview, index);
  const atlas = { ...file, regions: withRegionMentions(file.regions, index) };
  return {
    atlas,
    countries,
    letters: { documents: shown },
    allRegions: file.regions,
    letter,
    detail: detailLoader(fetcher, base, countries),
    unnamed: once(() => getJson<UnnamedIndex>(fetcher, base, 'unnamed.json')),
  };
}

/** Each letter's file, fetched once and kept; a failure is forgotten, so the next call tries again. */
function letterFiles(fetcher: Fetcher, base: string): LetterFiles {
  const loaded = new Map<string, LetterDocument>();
  const pending = new Map<string, Promise<LetterDocument>>();
  return {
    get: (id) => loaded.get(id),
    load(id) {
      let p = pending.get(id);
      if (!p) {
        p = getJson<LetterDocument>(fetcher, base, letterPath(id)).then(
          (doc) => (loaded.set(id, doc), doc),
          (e: unknown) => {
            pending.delete(id);
            throw e;
          },
        );
        pending.set(id, p);
      }
      return p;
    },
  };
}

/** A fetch made on first call and shared after; a failure is forgotten, so the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    }));
}

type CountriesTopology = Topology<{ countries: GeometryCollection }>;

/** The country layer travels as TopoJSON (≈40% fewer bytes); the app works on GeoJSON. */
function countriesFromTopology<P = OverviewProperties>(topo: CountriesTopology): Shapes<P> {
  return feature(topo, topo.objects.countries) as unknown as Shapes<P>;
}

/**
 * The detailed shapes (countries-detail.topo.json: geometry and iso2 only), fetched once
 * on first use and given the overview's properties, so both levels colour and label alike.
 * A failed fetch is forgotten, so the next zoom tries again; until then the overview stays.
 */
function detailLoader(fetcher: Fetcher, base: string, overview: CountriesCollection): () => Promise<CountriesCollection> {
  let pending: Promise<CountriesCollection> | null = null;
  return () =>
    (pending ??= getJson<CountriesTopology>(fetcher, base, 'countries-detail.topo.json')
      .then((topo) => withProperties(countriesFromTopology<{ iso2: string }>(topo), overview))
      .catch((e: unknown) => {
        pending = null;
        throw e;
      }));
}

type AtlasFile = Omit<AtlasIndex, 'regions'> & { regions: RegionFileEntry[] };

/** The regions the letters mention, with their counts and passages (as the build counts them). */
export function withRegionMentions(regions: readonly (RegionFileEntry & { headings?: string[] })[], index: MentionIndex): RegionEntry[] {
  return regions.filter((r) => index.regions.has(r.id)).map(({ headings: _, ...r }) => {
    const { direct, passages, headings } = index.regions.get(r.id)!;
    return { ...r, direct, passages, ...(headings.length ? { headings } : {}) };
  });
}

/** The overview's features with the mention fields counted from the letter (as the build counts them). */
export function withMentions(overview: Shapes<OverviewProperties>, index: MentionIndex): CountriesCollection {
  return {
    type: 'FeatureCollection',
    features: overview.features.map((f) => {
      const m = index.countries.get(f.properties.iso2) ?? NOT_MENTIONED();
      const mentioned = (m.direct.all ?? 0) + (m.via.all ?? 0) > 0;
      const { iso2, name_nl, name_en, home, point } = f.properties;
      return { ...f, properties: { iso2, name_nl, name_en, home, mentioned, ...m, point } };
    }),
  };
}

/** Detailed geometry + overview properties; a feature the overview does not have is left out. */
type Shapes<P> = FeatureCollection<CountriesCollection['features'][number]['geometry'], P>;

export function withProperties(detail: Shapes<{ iso2: string }>, overview: CountriesCollection): CountriesCollection {
  const props = new Map(overview.features.map((f) => [f.properties.iso2, f.properties]));
  const shapes = new Map(detail.features.map((f) => [f.properties.iso2, f.geometry]));
  return {
    type: 'FeatureCollection',
    features: overview.features.map((f) => {
      const geometry = f.geometry.type === 'Point' ? undefined : shapes.get(f.properties.iso2);
      return geometry ? { ...f, geometry, properties: props.get(f.properties.iso2)! } : f;
    }),
  };
}

export function loadRegions(fetcher: Fetcher, base = './'): Promise<RegionsCollection> {
  return getJson<RegionsCollection>(fetcher, base, 'regions.geojson');
}
