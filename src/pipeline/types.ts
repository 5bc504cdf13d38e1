/**
 * The data contract between the build step (src/pipeline, scripts/build-data.ts)
 * and the app. Everything under public/data/ is generated from these types.
 */

export type Lang = 'nl' | 'en';

/** Inline markup recovered from the PDF text, as offsets into the clean passage text. */
export interface Span {
  start: number;
  end: number;
  kind: 'emphasis' | 'strong' | 'superscript' | 'footnote-ref';
  /** For footnote-ref: the footnote number. */
  ref?: number;
}

export interface Footnote {
  /** The marker as printed (1, 2, 3 …). */
  n: number;
  text: string;
}

export interface Section {
  /** Stable id: "2" for a chapter, "2.3" for the third subheading in chapter 2. */
  id: string;
  level: 1 | 2;
  /** Chapter number as printed ("2"), or null for unnumbered subheadings. */
  number: string | null;
  title: string;
  /** Markup within the title (e.g. **welvaart**). */
  spans: Span[];
  /** 1-based line in the seed file, for messages and audit. */
  line: number;
  /**
   * Places the heading itself names ("We blijven Oekraïne steunen"), each marked inHeading with
   * offsets into `title`; present only when there are any. They count like passage mentions.
   */
  mentions?: Mention[];
  /** Themes of the heading (for counting its mentions), present with `mentions`. */
  themes?: string[];
  themeReasons?: ThemeReason[];
}

export type MentionKind =
  | 'country'
  | 'demonym'
  | 'abbreviation'
  | 'city'
  | 'territory'
  | 'region'
  | 'organisation';

export interface Mention {
  /** Offsets into Passage.text: text.slice(start, end) === surface. */
  start: number;
  end: number;
  surface: string;
  kind: MentionKind;
  /** The gazetteer form that matched (e.g. "Russisch" for "Russische"). */
  form: string;
  /** Country code for direct mentions (ISO 3166-1 alpha-2, XK for Kosovo). */
  iso2?: string;
  /** Region/organisation id for region and organisation mentions. */
  region?: string;
  /** Written as part of a compound word: "Rusland-sancties", "EU-lidstaat". */
  compound?: boolean;
  /** A mention of the Netherlands / the Kingdom: the author, shown apart. */
  home?: boolean;
  /** An abbreviation the document itself defines: the name it was defined for ("Centraal-Afrikaanse Republiek"). */
  definedAs?: string;
  /** An ambiguous short name ("Congo") resolved from the rest of the document: the countries it could mean. */
  resolvedFrom?: string[];
  /** Written in a heading or title; offsets are then into Section.title. */
  inHeading?: boolean;
}

export interface ThemeReason {
  theme: string;
  /** 'section': the passage sits under a heading tied to the theme; 'keyword': the text contains it. */
  via: 'section' | 'keyword';
  /** The section title or the keyword as found in the text. */
  match: string;
}

export interface Passage {
  /** Stable id: section id + paragraph number, e.g. "2.3.1"; "1.0.2" for a paragraph under a chapter heading. */
  id: string;
  /** Section ids from chapter down, e.g. ["2", "2.3"]. */
  sectionPath: string[];
  text: string;
  spans: Span[];
  footnotes: Footnote[];
  mentions: Mention[];
  themes: string[];
  themeReasons: ThemeReason[];
  /** 1-based first line in the seed file. */
  line: number;
}

export interface Signatory {
  role: string;
  name: string;
}

/** How the document is divided (the build log names it; see src/pipeline/structure.ts). */
export type StructureKind = 'chapters' | 'headings' | 'questions' | 'articles' | 'single';

export interface DocumentMeta {
  /** Slug of the file name, e.g. "beleidsbrief-buitenlandse-zaken-2026" (src/pipeline/keys.ts). */
  id: string;
  title: string;
  /** "36 800 V, nr. 103" */
  kamerstuk: string | null;
  /** ISO date "2026-04-24". */
  date: string | null;
  place: string | null;
  signatories: Signatory[];
  lang: Lang;
  source: string;
  /** The structure found; absent means numbered chapters (documents built before it was recorded). */
  structure?: StructureKind;
}

export interface LetterDocument {
  meta: DocumentMeta;
  sections: Section[];
  passages: Passage[];
}

/* ---------- reference data (data/*.csv, curated by people) ---------- */

export interface Theme {
  id: string;
  colour: string;
  label: Record<Lang, string>;
  description: Record<Lang, string>;
}

export interface RegionDef {
  /** Lower-case id, e.g. "western-balkans", "eu", "nato". */
  id: string;
  type: 'region' | 'organisation';
  label: Record<Lang, string>;
  /** ISO alpha-2 codes; empty when open-ended ("mondiale Zuiden", VN). */
  members: string[];
}

/* ---------- generated output (public/data/, written by `npm run data`) ----------
 * atlas.json        AtlasIndex: documents, themes, regions (small, first view); each region's
 *                   direct/passages/headings are left out (RegionFileEntry): the app counts them
 *                   from the letter shown with src/pipeline/mentionIndex.ts, as the build does
 * countries.geojson FeatureCollection<Polygon|MultiPolygon, CountryProperties>, feature.id = iso2,
 *                   one feature per country in Natural Earth 50m (mentioned or not), sorted by iso2;
 *                   plus Point features for mentioned codes without a shape (e.g. BQ).
 * countries.topo.json        the same features as TopoJSON, in the coarse overview shapes (first view),
 *                            with OverviewProperties only
 * countries-detail.topo.json the detailed shapes as TopoJSON, properties { iso2 } only (zoomed in)
 * regions.geojson   FeatureCollection of dissolved outlines, feature.id = region id,
 *                   properties RegionOutlineProperties (only regions/organisations mentioned
 *                   that have members); loaded lazily when the outline layer is switched on.
 * letters/<id>.json one LetterDocument per letter (keys.ts letterFile), fetched when the letter is
 *                   shown or compared; atlas.json's `documents` is their index.
 * mentions.csv      one row per mention (public download), UTF-8 with a byte-order mark, commas;
 *                   mentions-excel.csv the same for Excel with a Dutch list separator (semicolons, CRLF).
 * unnamed.json      UnnamedIndex: places the letter does not name, for the search (fetched on demand).
 */

/** Counts keyed by theme id, plus "all" for every mention regardless of theme. */
export type ThemeCounts = Record<string, number>;

export interface CountryProperties {
  iso2: string;
  name_nl: string;
  name_en: string;
  /** The Netherlands: the author, shown apart rather than as the darkest country. */
  home: boolean;
  /** True when the country is mentioned directly or via a region/organisation. */
  mentioned: boolean;
  /** Mentions of the country itself (name, demonym, abbreviation, city, territory) per theme. */
  direct: ThemeCounts;
  /** Mentions of regions/organisations that include the country, per theme. */
  via: ThemeCounts;
  /** Ids of mentioned regions/organisations that include this country. */
  regions: string[];
  /** Passage refs "docId/passageId" (src/pipeline/keys.ts) (letter order) that mention it directly. */
  passages: string[];
  /** Passage refs that reach it only through a region/organisation. */
  viaPassages: string[];
  /** Section refs "docId/sectionId" whose heading names it directly (counted in `direct`). */
  headings?: string[];
  /** [lng, lat] anchor for labels and dots for countries too small to see. */
  point: [number, number];
}

/**
 * What countries.topo.json carries per country (names, home, label point). The mention
 * fields of CountryProperties the app rebuilds from the letter shown with the same function the
 * build uses (src/pipeline/mentionIndex.ts), so they are not downloaded twice.
 */
export type OverviewProperties = Pick<CountryProperties, 'iso2' | 'name_nl' | 'name_en' | 'home' | 'point'>;

export interface RegionEntry extends RegionDef {
  /** Mentions of the region/organisation itself, per theme. */
  direct: ThemeCounts;
  passages: string[];
  /** Section refs whose heading names it (counted in `direct`). */
  headings?: string[];
  /** True when regions.geojson has an outline for it. */
  outline: boolean;
}

/** A region as atlas.json carries it: the counts come from the letter shown. */
export type RegionFileEntry = Omit<RegionEntry, 'direct' | 'passages' | 'headings'>;

export interface RegionOutlineProperties {
  id: string;
  type: 'region' | 'organisation';
  name_nl: string;
  name_en: string;
}

/**
 * A letter as the index (atlas.json) lists it: enough to offer it in the switch, find its file
 * and check a link to one of its passages, without its text.
 */
export interface LetterEntry {
  id: string;
  title: string;
  kamerstuk: string | null;
  date: string | null;
  lang: Lang;
  /** Its passage ids in letter order: a `passage=` link is checked against them before the letter is fetched. */
  passages: string[];
}

export interface AtlasIndex {
  /** Every letter, sorted by id; each one's text is in letters/<id>.json. */
  documents: LetterEntry[];
  themes: Theme[];
  /** Only regions/organisations the letter mentions, sorted by id. */
  regions: RegionEntry[];
  /** Choropleth class colours, light to dark (src/pipeline/palette.ts). */
  classColours: string[];
}

/**
 * unnamed.json: the places a reader may look for that the letter does not name (countries
 * without a direct mention, regions and organisations of data/regions.csv it never mentions),
 * each with the nearest places it does name. Fetched by the search only when a query needs it.
 */
export interface UnnamedPlace {
  /** ISO alpha-2 code or region id. */
  id: string;
  kind: 'country' | 'region' | 'organisation';
  name: Record<Lang, string>;
  /** The name inside a sentence when it takes an article ("de Sahel", "the Sahel"). */
  phrase?: Partial<Record<Lang, string>>;
  /** Other names a reader may type: library aliases and data/places.csv forms, both languages. */
  aka?: string[];
  /** Named groupings, nearest first (see src/pipeline/unnamed.ts for the rule). */
  regions: string[];
  /** Named countries, by code. */
  countries: string[];
}

export interface UnnamedIndex {
  places: UnnamedPlace[];
}
