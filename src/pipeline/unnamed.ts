/**
 * Places the letter does not name, with the nearest places it does: the search answers
 * "De brief noemt de Sahel niet" with somewhere to go instead of a bare "not found".
 *
 * The rule for "nearest" (README, "Search"): it shares countries with the place.
 * - A country: the named groupings it belongs to, geographic regions before organisations,
 *   each smallest first (the most specific), then the named countries it shares a land
 *   border with.
 * - A region or organisation: the named groupings that share members with it, the closest
 *   overlap first (Jaccard: shared members / members of either), then its members the letter
 *   names. Like with like: a grouping of the other type (region vs organisation) counts only
 *   when it covers mostly the same countries (overlap ≥ ½, the GCC and the Gulf region), so the
 *   Sahel, all of whose members are in the International Criminal Court, points to Africa.
 * At most MAX_GROUPINGS groupings and MAX_COUNTRIES countries; the Netherlands (the author)
 * is never offered as a country. Groupings without members (VN, WTO) share no countries,
 * so they are never "near" anything, and an open-ended grouping has nothing near it.
 */
import type { NameRow, PlaceRow } from './gazetteer';
import type { CountryProperties, Lang, RegionDef, RegionEntry, UnnamedIndex, UnnamedPlace } from './types';

export const MAX_GROUPINGS = 3;
export const MAX_COUNTRIES = 4;
const CROSS_TYPE_OVERLAP = 0.5;

/** Forms of places.csv a reader would type as the place's name (not demonyms or cities). */
const NAME_KINDS = new Set(['country', 'abbreviation', 'territory', 'region', 'organisation']);

export interface UnnamedInput {
  /** Every country the atlas knows, with its counts (countries.geojson). */
  countries: readonly CountryProperties[];
  /** Codes of the library without a shape or point (not in countries): known names all the same. */
  extraCodes: readonly string[];
  /** The groupings the letter names (atlas.json). */
  named: readonly RegionEntry[];
  /** Every grouping of data/regions.csv. */
  regions: readonly RegionDef[];
  places: readonly PlaceRow[];
  names: readonly NameRow[];
  articles: ReadonlyMap<string, Partial<Record<Lang, string>>>;
  libraryNames: Record<Lang, Record<string, string[]>>;
  displayName(iso2: string, lang: Lang): string;
  neighbours(iso2: string): string[];
}

export function buildUnnamed(input: UnnamedInput): UnnamedIndex {
  const namedCountries = new Set(input.countries.filter((c) => (c.direct.all ?? 0) > 0 && !c.home).map((c) => c.iso2));
  const home = new Set(input.countries.filter((c) => c.home).map((c) => c.iso2));
  const grouped = input.named.filter((r) => r.members.length > 0);
  const namedIds = new Set(input.named.map((r) => r.id));
  const formsOf = new Map<string, string[]>();
  for (const p of input.places) {
    if (!NAME_KINDS.has(p.kind)) continue;
    (formsOf.get(p.target) ?? formsOf.set(p.target, []).get(p.target)!).push(p.form);
  }

  const place = (id: string, kind: UnnamedPlace['kind'], name: Record<Lang, string>, others: string[], regions: string[], countries: string[]): UnnamedPlace => {
    const article = input.articles.get(id) ?? {};
    const phrase: Partial<Record<Lang, string>> = {};
    for (const lang of ['nl', 'en'] as const) if (article[lang]) phrase[lang] = `${article[lang]} ${name[lang]}`;
    const aka = [...new Set(others)].filter((f) => f !== name.nl && f !== name.en).sort();
    return { id, kind, name, ...(Object.keys(phrase).length && { phrase }), ...(aka.length && { aka }), regions, countries };
  };

  const places: UnnamedPlace[] = [];
  const codes = [...new Set([...input.countries.map((c) => c.iso2), ...input.extraCodes])].sort();
  for (const iso2 of codes) {
    if (namedCountries.has(iso2) || home.has(iso2)) continue;
    const typeRank = (r: RegionDef) => (r.type === 'region' ? 0 : 1);
    const regions = grouped
      .filter((r) => r.members.includes(iso2))
      .sort((a, b) => typeRank(a) - typeRank(b) || a.members.length - b.members.length || (a.id < b.id ? -1 : 1))
      .slice(0, MAX_GROUPINGS)
      .map((r) => r.id);
    const countries = input.neighbours(iso2).filter((c) => namedCountries.has(c)).slice(0, MAX_COUNTRIES);
    const others = [...(input.libraryNames.nl[iso2] ?? []), ...(input.libraryNames.en[iso2] ?? []), ...(formsOf.get(iso2) ?? [])];
    places.push(place(iso2, 'country', { nl: input.displayName(iso2, 'nl'), en: input.displayName(iso2, 'en') }, others, regions, countries));
  }

  for (const def of [...input.regions].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (namedIds.has(def.id)) continue;
    const members = new Set(def.members);
    const overlap = (r: RegionDef) => {
      const shared = r.members.filter((m) => members.has(m)).length;
      return shared / (r.members.length + members.size - shared);
    };
    const regions = grouped
      .map((r) => ({ r, n: overlap(r) }))
      .filter(({ r, n }) => (r.type === def.type ? n > 0 : n >= CROSS_TYPE_OVERLAP))
      .sort((a, b) => b.n - a.n || (a.r.id < b.r.id ? -1 : 1))
      .slice(0, MAX_GROUPINGS)
      .map(({ r }) => r.id);
    const countries = def.members.filter((c) => namedCountries.has(c)).slice(0, MAX_COUNTRIES);
    places.push(place(def.id, def.type, { ...def.label }, formsOf.get(def.id) ?? [], regions, countries));
  }
  return { places };
}
