/**
 * Indexes over the generated data, built once after loading so components can
 * look things up by id instead of scanning arrays on every render.
 */
import type { CountriesCollection } from '../../map/contract';
import type {
  AtlasIndex, CountryProperties, Lang, LetterDocument, Passage, RegionEntry, RegionFileEntry, Section, Theme, UnnamedIndex,
} from '../../pipeline/types';
import { countSteps } from '../classroom/steps';
import { byNewest, letterFile } from '../../pipeline/letterIndex';

/** The letters' own files (letters/<id>.json): `get` has the ones in, `load` fetches one (once). */
export interface LetterFiles {
  get(id: string): LetterDocument | undefined;
  load(id: string): Promise<LetterDocument>;
}

export interface AtlasData {
  /** The index: every letter (`documents`), the themes, and the regions the letters in `letters` name, counted. */
  atlas: AtlasIndex;
  countries: CountriesCollection;
  /** The letters loaded and counted: the one shown (a fixture may hold several). */
  letters: { documents: LetterDocument[] };
  /** Every region and organisation any letter names, as atlas.json lists them (uncounted); absent in fixtures. */
  allRegions?: readonly RegionFileEntry[];
  /** Fetches another letter when it is shown or compared; absent in fixtures, whose `letters` hold them all. */
  letter?: LetterFiles;
  /** The detailed shapes, fetched on first call (zooming in, exports); absent in fixtures. */
  detail?: () => Promise<CountriesCollection>;
  /** The places the letter does not name (unnamed.json), fetched when a search needs them. */
  unnamed?: () => Promise<UnnamedIndex>;
}

export interface PassageEntry {
  ref: string;
  doc: LetterDocument;
  passage: Passage;
  /** Position in reading order across all documents. */
  order: number;
}

export interface KnownIds {
  themes: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  /** Passage keys (`beleidsbrief-buitenlandse-zaken-2026/2.2.1`) for `?passage=`; when absent, any well-formed key is accepted. */
  passages?: ReadonlySet<string>;
  /** Presentation steps (`?present=`); when absent, any step 1..999 is accepted. */
  steps?: number;
  /** Letter ids (`?letter=`) and the newest, which is the default; when absent, any well-formed id passes. */
  letters?: ReadonlySet<string>;
  newest?: string;
}

export interface AtlasModel {
  data: AtlasData;
  themes: Theme[];
  themeById: ReadonlyMap<string, Theme>;
  countryById: ReadonlyMap<string, CountryProperties>;
  regionById: ReadonlyMap<string, RegionEntry>;
  passageByRef: ReadonlyMap<string, PassageEntry>;
  sectionById: ReadonlyMap<string, Section>;
  known: KnownIds;
  /** The letter on screen: the one loaded (src/app/letters counts another), else the newest of a fixture's. */
  letter: LetterDocument | undefined;
}

/**
 * The letters' order and files (src/pipeline/letterIndex.ts), passed on rather than re-exported:
 * the on-demand chunks importing that module itself would split it into a first-load chunk of its own.
 */
export const newestFirst: typeof byNewest = (a, b) => byNewest(a, b);
export const letterPath: typeof letterFile = (id) => letterFile(id);

/**
 * A passage or section key, `<letter id>/<id>`: passageRef of src/pipeline/keys.ts, written out
 * here because importing it would put that module in a first-load chunk of its own.
 */
export const passageRef = (docId: string, id: string) => `${docId}/${id}`;

export function buildModel(data: AtlasData): AtlasModel {
  const countryById = new Map<string, CountryProperties>();
  for (const f of data.countries.features) countryById.set(f.properties.iso2, f.properties);
  const passageByRef = new Map<string, PassageEntry>();
  const sectionById = new Map<string, Section>();
  let order = 0;
  for (const doc of data.letters.documents) {
    for (const s of doc.sections) sectionById.set(passageRef(doc.meta.id, s.id), s);
    for (const passage of doc.passages) {
      const ref = passageRef(doc.meta.id, passage.id);
      passageByRef.set(ref, { ref, doc, passage, order: order++ });
    }
  }
  const themeById = new Map(data.atlas.themes.map((t) => [t.id, t]));
  const regionById = new Map(data.atlas.regions.map((r) => [r.id, r]));
  // A link may name any letter of the index, and any passage of it, before that letter is fetched.
  const index = data.atlas.documents;
  const newest = [...index].sort(byNewest)[0]?.id;
  const letter = data.letters.documents.find((d) => d.meta.id === newest) ?? data.letters.documents[0];
  return {
    data,
    themes: data.atlas.themes,
    themeById,
    countryById,
    regionById,
    passageByRef,
    sectionById,
    known: {
      themes: new Set(themeById.keys()),
      countries: new Set(countryById.keys()),
      regions: new Set((data.allRegions ?? data.atlas.regions).map((r) => r.id)),
      passages: new Set([...passageByRef.keys(), ...index.flatMap((d) => d.passages?.map((p) => passageRef(d.id, p)) ?? [])]),
      // The steps of the one letter; with several, each letter's presentation keeps its step in range.
      steps: index.length > 1 ? undefined : countSteps(data.letters.documents),
      letters: new Set(index.map((d) => d.id)),
      newest,
    },
    letter,
  };
}

export const countryName = (c: CountryProperties, lang: Lang) => (lang === 'en' ? c.name_en : c.name_nl);
export const regionName = (r: RegionEntry, lang: Lang) => r.label[lang];

/** Resolve refs to passages, dropping unknown refs and keeping letter order. */
export function passagesFor(model: AtlasModel, refs: readonly string[]): PassageEntry[] {
  const out: PassageEntry[] = [];
  for (const ref of refs) {
    const p = model.passageByRef.get(ref);
    if (p) out.push(p);
  }
  return out.sort((a, b) => a.order - b.order);
}

/** The entry for a passage key (`beleidsbrief-buitenlandse-zaken-2026/2.2.1`), as `?passage=` carries it. */
export function findPassage(model: AtlasModel, key: string | null): PassageEntry | null {
  return key ? model.passageByRef.get(key) ?? null : null;
}


/**
 * The countries the map frames for a region or organisation: its members in the data. The
 * map frames them itself (src/map/framing/), in the box it has; open-ended groupings
 * (no members, e.g. "mondiale Zuiden") frame nothing.
 */
export function regionPlaces(model: AtlasModel, id: string): string[] {
  return (model.regionById.get(id)?.members ?? []).filter((code) => model.countryById.has(code));
}

/** Section titles from chapter down, for the heading above a passage. */
export function sectionTitles(model: AtlasModel, entry: PassageEntry): string[] {
  return entry.passage.sectionPath
    .map((id) => model.sectionById.get(passageRef(entry.doc.meta.id, id)))
    .filter((s): s is Section => !!s)
    .map((s) => (s.number ? `${s.number}. ${s.title}` : s.title));
}

export const EMPTY_KNOWN: KnownIds = { themes: new Set(), countries: new Set(), regions: new Set() };
