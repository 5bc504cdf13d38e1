import { choroplethColours } from './palette';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { csvFormatRows } from 'd3-dsv';
import type { NameRow } from './gazetteer';
import type {
  AtlasIndex,
  CountryProperties,
  Lang,
  LetterDocument,
  RegionDef,
  RegionEntry,
  RegionOutlineProperties,
  Theme,
  ThemeCounts,
} from './types';

/** The geometry the atlas needs; implemented by prepareWorld() over Natural Earth. */
export interface WorldShapes {
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
  mentionsCsv: string;
  /** Codes mentioned that have neither a shape nor a point: reported, not drawn. */
  unplaced: string[];
}

export const passageRef = (doc: string, passage: string) => `${doc}#${passage}`;

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

function bump(counts: ThemeCounts, themes: string[]) {
  counts.all = (counts.all ?? 0) + 1;
  for (const t of themes) counts[t] = (counts[t] ?? 0) + 1;
}

/** Counts in a stable key order: "all" first, then the theme list. */
function ordered(counts: ThemeCounts, themes: Theme[]): ThemeCounts {
  const out: ThemeCounts = { all: counts.all ?? 0 };
  for (const t of themes) if (counts[t.id]) out[t.id] = counts[t.id]!;
  return out;
}

export function buildAtlas(input: AtlasInput): AtlasOutput {
  const { themes, world } = input;
  const regionDefs = new Map(input.regions.map((r) => [r.id, r]));
  const names = new Map(input.names.map((n) => [n.iso2, n]));
  const documents = [...input.documents].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));

  // Sets keep insertion (letter) order and make the via/direct bookkeeping linear in the letter size.
  interface Acc { direct: ThemeCounts; via: ThemeCounts; regions: Set<string>; passages: Set<string>; viaPassages: Set<string> }
  const acc = new Map<string, Acc>();
  const country = (iso2: string) => {
    let a = acc.get(iso2);
    if (!a) acc.set(iso2, (a = { direct: {}, via: {}, regions: new Set(), passages: new Set(), viaPassages: new Set() }));
    return a;
  };
  const regionAcc = new Map<string, { direct: ThemeCounts; passages: Set<string> }>();
  const csv: string[][] = [['document', 'passage', 'section', 'section_id', 'kind', 'surface', 'form', 'iso2', 'region', 'themes', 'start', 'end', 'compound', 'home']];

  for (const doc of documents) {
    const sectionTitle = new Map(doc.sections.map((s) => [s.id, s.title]));
    for (const p of doc.passages) {
      const ref = passageRef(doc.meta.id, p.id);
      for (const m of p.mentions) {
        const region = m.region ? regionDefs.get(m.region) : undefined;
        if (m.iso2) {
          const a = country(m.iso2);
          bump(a.direct, p.themes);
          a.passages.add(ref);
        }
        if (region) {
          let r = regionAcc.get(region.id);
          if (!r) regionAcc.set(region.id, (r = { direct: {}, passages: new Set() }));
          bump(r.direct, p.themes);
          r.passages.add(ref);
          for (const member of region.members) {
            const a = country(member);
            bump(a.via, p.themes);
            a.regions.add(region.id);
            a.viaPassages.add(ref);
          }
        }
        const sectionId = p.sectionPath.at(-1)!;
        csv.push([
          doc.meta.id, p.id, sectionTitle.get(sectionId) ?? '', sectionId, m.kind, m.surface, m.form,
          m.iso2 ?? region?.members.join(' ') ?? '', m.region ?? '', p.themes.join(' '),
          String(m.start), String(m.end), m.compound ? '1' : '', m.home ? '1' : '',
        ]);
      }
    }
  }

  const codes = [...new Set([...world.countries.keys(), ...acc.keys()])].sort();
  const features: Feature<Polygon | MultiPolygon | Point, CountryProperties>[] = [];
  const unplaced: string[] = [];
  for (const iso2 of codes) {
    const a = acc.get(iso2);
    const point = world.point(iso2);
    const shape = world.countries.get(iso2);
    if (!point) {
      unplaced.push(iso2);
      continue;
    }
    const direct = ordered(a?.direct ?? {}, themes);
    const via = ordered(a?.via ?? {}, themes);
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
        regions: [...(a?.regions ?? [])].sort(),
        passages: [...(a?.passages ?? [])],
        viaPassages: [...(a?.viaPassages ?? [])].filter((r) => !a?.passages.has(r)),
        point,
      },
      geometry: shape ?? { type: 'Point', coordinates: point },
    });
  }

  const regions: RegionEntry[] = [];
  const outlines: Feature<Polygon | MultiPolygon, RegionOutlineProperties>[] = [];
  for (const id of [...regionAcc.keys()].sort()) {
    const def = regionDefs.get(id)!;
    const r = regionAcc.get(id)!;
    const geometry = def.members.length ? world.dissolve(def.members) : null;
    regions.push({ ...def, direct: ordered(r.direct, themes), passages: [...r.passages], outline: geometry !== null });
    if (geometry) {
      outlines.push({ type: 'Feature', id, properties: { id, type: def.type, name_nl: def.label.nl, name_en: def.label.en }, geometry });
    }
  }

  return {
    atlas: {
      documents: documents.map((d) => ({ id: d.meta.id, title: d.meta.title, kamerstuk: d.meta.kamerstuk, date: d.meta.date, lang: d.meta.lang })),
      themes,
      regions,
      classColours: choroplethColours(),
    },
    countries: { type: 'FeatureCollection', features },
    regions: { type: 'FeatureCollection', features: outlines },
    letters: { documents },
    mentionsCsv: csvFormatRows(csv) + '\n',
    unplaced,
  };
}
