/**
 * Indexes over the generated data, built once after loading so components can
 * look things up by id instead of scanning arrays on every render.
 */
import type { CountriesCollection } from '../../map/contract';
import type {
  AtlasIndex, CountryProperties, Lang, LetterDocument, Passage, RegionEntry, Section, Theme, UnnamedIndex,
} from '../../pipeline/types';
import { countSteps } from '../classroom/steps';

export interface AtlasData {
  atlas: AtlasIndex;
  countries: CountriesCollection;
  letters: { documents: LetterDocument[] };
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
  /** The letter on screen: the only one in a letter's model (src/app/letters), else the newest. */
  letter: LetterDocument | undefined;
  /** Every letter of the data, also in one letter's model: what a comparison draws on (absent: data.letters.documents). */
  allLetters?: readonly LetterDocument[];
}

/** Newest first by date (undated ones last; the same date: by id). */
export const byNewest = (a: LetterDocument, b: LetterDocument) => (b.meta.date ?? '').localeCompare(a.meta.date ?? '') || a.meta.id.localeCompare(b.meta.id);
export const newestLetter = (docs: readonly LetterDocument[]): LetterDocument | undefined => [...docs].sort(byNewest)[0];

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
  const letter = newestLetter(data.letters.documents);
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
      regions: new Set(regionById.keys()),
      passages: new Set(passageByRef.keys()),
      steps: countSteps(data.letters.documents),
      letters: new Set(data.letters.documents.map((d) => d.meta.id)),
      newest: letter?.meta.id,
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
