import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { csvFormatRows, dsvFormat } from 'd3-dsv';
import type { NameRow } from './gazetteer';
import { indexMentions, NOT_MENTIONED } from './mentionIndex';
import { choroplethColours } from './palette';
import type {
  AtlasIndex,
  CountryProperties,
  Lang,
  LetterDocument,
  Mention,
  RegionDef,
  RegionEntry,
  RegionOutlineProperties,
  Theme,
} from './types';

/** The geometry the atlas needs; implemented by prepareWorld() over Natural Earth. */
interface WorldShapes {
  countries: Map<string, Polygon | MultiPolygon>;
  dissolve(members: string[]): Polygon | MultiPolygon | null;
  point(iso2: string): [number, number] | null;
}

export interface AtlasInput {
  documents: LetterDocument[];
  themes: Theme[];
  regions: RegionDef[];
  names: NameRow[];
  libraryNames: Record<Lang, Record<string, string[]>>;
  world: WorldShapes;
}

export interface AtlasOutput {
  atlas: AtlasIndex;
  countries: FeatureCollection<Polygon | MultiPolygon | Point, CountryProperties>;
  regions: FeatureCollection<Polygon | MultiPolygon, RegionOutlineProperties>;
  letters: { documents: LetterDocument[] };
  /** mentions.csv: UTF-8 with a byte-order mark (so spreadsheets read "Oekraïne" right), commas. */
  mentionsCsv: string;
  /** mentions-excel.csv: the same rows for Excel with a Dutch list separator: BOM, semicolons, CRLF. */
  mentionsExcelCsv: string;
  /** Codes mentioned that have neither a shape nor a point: reported, not drawn. */
  unplaced: string[];
}

export { passageRef } from './mentionIndex';

/**
 * Excel reads a CSV without a byte-order mark in the system's code page (Windows-1252 in the
 * Netherlands: "OekraÃ¯ne"); with one it reads UTF-8. Readers that do not expect it strip it
 * (d3-dsv: `text.replace(/^\uFEFF/, '')`; Python: encoding="utf-8-sig").
 */
export const BOM = '\uFEFF';
const semicolons = dsvFormat(';');

/**
 * Display names: curated override, else the library's common name (nl lists it last;
 * en's shortest plain alias avoids "Korea, Republic of" and "U.S.").
 */
export function displayName(iso2: string, lang: Lang, names: Map<string, NameRow>, library: AtlasInput['libraryNames']): string {
  const override = names.get(iso2)?.[lang === 'nl' ? 'name_nl' : 'name_en'];
  if (override) return override;
  const all = library[lang][iso2] ?? [];
  if (lang === 'nl') return all.at(-1) ?? iso2;
  const plain = all.filter((n) => !/[,()]/.test(n) && !/^[A-Z.]+$/.test(n));
  return plain.reduce<string | undefined>((a, b) => (a === undefined || b.length < a.length ? b : a), undefined) ?? all[0] ?? iso2;
}

export function buildAtlas(input: AtlasInput): AtlasOutput {
  const { themes, world } = input;
  const regionDefs = new Map(input.regions.map((r) => [r.id, r]));
  const names = new Map(input.names.map((n) => [n.iso2, n]));
  const documents = [...input.documents].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));

  const index = indexMentions(documents, input.regions, themes);
  const csv: string[][] = [['document', 'passage', 'section', 'section_id', 'kind', 'surface', 'form', 'iso2', 'region', 'themes', 'start', 'end', 'compound', 'home', 'in_heading']];
  for (const doc of documents) {
    const sectionTitle = new Map(doc.sections.map((s) => [s.id, s.title]));
    const row = (passage: string, sectionId: string, m: Mention, themes: string[]) => {
      const region = m.region ? regionDefs.get(m.region) : undefined;
      csv.push([
        doc.meta.id, passage, sectionTitle.get(sectionId) ?? '', sectionId, m.kind, m.surface, m.form,
        m.iso2 ?? region?.members.join(' ') ?? '', m.region ?? '', themes.join(' '),
        String(m.start), String(m.end), m.compound ? '1' : '', m.home ? '1' : '', m.inHeading ? '1' : '',
      ]);
    };
    // A heading's mentions (offsets into the title, no passage) come before the passages under it.
    const headed = doc.sections.filter((s) => s.mentions?.length);
    const done = new Set<string>();
    const heading = (id: string) => {
      const s = headed.find((x) => x.id === id);
      if (!s || done.has(id)) return;
      done.add(id);
      for (const m of s.mentions!) row('', s.id, m, s.themes ?? []);
    };
    for (const p of doc.passages) {
      for (const id of p.sectionPath) heading(id);
      for (const m of p.mentions) row(p.id, p.sectionPath.at(-1)!, m, p.themes);
    }
    for (const s of headed) heading(s.id);
  }

  const codes = [...new Set([...world.countries.keys(), ...index.countries.keys()])].sort();
  const features: Feature<Polygon | MultiPolygon | Point, CountryProperties>[] = [];
  const unplaced: string[] = [];
  for (const iso2 of codes) {
    const a = index.countries.get(iso2) ?? NOT_MENTIONED();
    const point = world.point(iso2);
    const shape = world.countries.get(iso2);
    if (!point) {
      unplaced.push(iso2);
      continue;
    }
    const { direct, via } = a;
    features.push({
      type: 'Feature',
      id: iso2,
      properties: {
        iso2,
        name_nl: displayName(iso2, 'nl', names, input.libraryNames),
        name_en: displayName(iso2, 'en', names, input.libraryNames),
        home: names.get(iso2)?.status === 'home',
        mentioned: (direct.all ?? 0) + (via.all ?? 0) > 0,
        direct,
        via,
        regions: a.regions,
        passages: a.passages,
        viaPassages: a.viaPassages,
        headings: a.headings,
        point,
      },
      geometry: shape ?? { type: 'Point', coordinates: point },
    });
  }

  const regions: RegionEntry[] = [];
  const outlines: Feature<Polygon | MultiPolygon, RegionOutlineProperties>[] = [];
  for (const id of [...index.regions.keys()].sort()) {
    const def = regionDefs.get(id)!;
    const r = index.regions.get(id)!;
    const geometry = def.members.length ? world.dissolve(def.members) : null;
    regions.push({ ...def, direct: r.direct, passages: r.passages, ...(r.headings.length ? { headings: r.headings } : {}), outline: geometry !== null });
    if (geometry) {
      outlines.push({ type: 'Feature', id, properties: { id, type: def.type, name_nl: def.label.nl, name_en: def.label.en }, geometry });
    }
  }

  return {
    atlas: {
      documents: documents.map((d) => ({ id: d.meta.id, title: d.meta.title, kamerstuk: d.meta.kamerstuk, date: d.meta.date, lang: d.meta.lang, passages: d.passages.map((p) => p.id) })),
      themes,
      regions,
      classColours: choroplethColours(),
    },
    countries: { type: 'FeatureCollection', features },
    regions: { type: 'FeatureCollection', features: outlines },
    letters: { documents },
    mentionsCsv: BOM + csvFormatRows(csv) + '\n',
    mentionsExcelCsv: BOM + semicolons.formatRows(csv).replace(/\n/g, '\r\n') + '\r\n',
    unplaced,
  };
}
