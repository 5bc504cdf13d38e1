/**
 * The "not named" index for a built atlas: what the build writes as unnamed.json, assembled
 * from the atlas output and the reference data in one place (the build and its tests share it).
 */
import { displayName, type AtlasOutput } from './atlas';
import { buildUnnamed, type UnnamedInput } from './unnamed';
import type { UnnamedIndex } from './types';

export function unnamedForAtlas(
  out: Pick<AtlasOutput, 'countries' | 'atlas'>,
  reference: Pick<UnnamedInput, 'regions' | 'places' | 'names' | 'articles'>,
  library: UnnamedInput['libraryNames'],
  neighbours: UnnamedInput['neighbours'],
): UnnamedIndex {
  const countries = out.countries.features.map((f) => f.properties);
  const names = new Map(reference.names.map((n) => [n.iso2, n]));
  return buildUnnamed({
    countries,
    extraCodes: Object.keys(library.nl).filter((c) => !countries.some((p) => p.iso2 === c)),
    named: out.atlas.regions,
    regions: reference.regions,
    places: reference.places,
    names: reference.names,
    articles: reference.articles,
    libraryNames: library,
    displayName: (iso2, lang) => displayName(iso2, lang, names, library),
    neighbours,
  });
}
