/**
 * Who is mentioned where, per country and per region/organisation: counts per theme and the
 * passages, in letter order. Pure and small, so the build (countries.geojson, atlas.json) and
 * the app (which rebuilds the country counts from letters.json rather than download them
 * twice) share one definition.
 */
import type { LetterDocument, RegionDef, Theme, ThemeCounts } from './types';

export interface CountryMentions {
  /** Mentions of the country itself, per theme ("all" = every mention). */
  direct: ThemeCounts;
  /** Mentions of regions/organisations that include it, per theme. */
  via: ThemeCounts;
  /** Ids of those regions/organisations, sorted. */
  regions: string[];
  /** Passage refs that mention it directly, in letter order. */
  passages: string[];
  /** Passage refs that reach it only through a region/organisation. */
  viaPassages: string[];
}

export interface RegionMentions {
  direct: ThemeCounts;
  passages: string[];
}

export interface MentionIndex {
  countries: Map<string, CountryMentions>;
  regions: Map<string, RegionMentions>;
}

export const passageRef = (doc: string, passage: string) => `${doc}#${passage}`;

function bump(counts: ThemeCounts, themes: string[]) {
  counts.all = (counts.all ?? 0) + 1;
  for (const t of themes) counts[t] = (counts[t] ?? 0) + 1;
}

/** Counts in a stable key order: "all" first, then the theme list. */
export function ordered(counts: ThemeCounts, themes: readonly Theme[]): ThemeCounts {
  const out: ThemeCounts = { all: counts.all ?? 0 };
  for (const t of themes) if (counts[t.id]) out[t.id] = counts[t.id]!;
  return out;
}

/** `documents` in the order they are read (the build sorts them by id). */
export function indexMentions(documents: readonly LetterDocument[], regions: readonly RegionDef[], themes: readonly Theme[]): MentionIndex {
  const regionDefs = new Map(regions.map((r) => [r.id, r]));
  // Sets keep insertion (letter) order and make the via/direct bookkeeping linear in the letter size.
  interface Acc { direct: ThemeCounts; via: ThemeCounts; regions: Set<string>; passages: Set<string>; viaPassages: Set<string> }
  const acc = new Map<string, Acc>();
  const country = (iso2: string) => {
    let a = acc.get(iso2);
    if (!a) acc.set(iso2, (a = { direct: {}, via: {}, regions: new Set(), passages: new Set(), viaPassages: new Set() }));
    return a;
  };
  const regionAcc = new Map<string, { direct: ThemeCounts; passages: Set<string> }>();

  for (const doc of documents) {
    for (const p of doc.passages) {
      const ref = passageRef(doc.meta.id, p.id);
      for (const m of p.mentions) {
        if (m.iso2) {
          const a = country(m.iso2);
          bump(a.direct, p.themes);
          a.passages.add(ref);
        }
        const region = m.region ? regionDefs.get(m.region) : undefined;
        if (!region) continue;
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
    }
  }

  const countries = new Map<string, CountryMentions>();
  for (const [iso2, a] of acc) {
    countries.set(iso2, {
      direct: ordered(a.direct, themes),
      via: ordered(a.via, themes),
      regions: [...a.regions].sort(),
      passages: [...a.passages],
      viaPassages: [...a.viaPassages].filter((r) => !a.passages.has(r)),
    });
  }
  const out = new Map<string, RegionMentions>();
  for (const [id, r] of regionAcc) out.set(id, { direct: ordered(r.direct, themes), passages: [...r.passages] });
  return { countries, regions: out };
}

/** A country's mention fields, for a code the letter never reaches. */
export const NOT_MENTIONED = (): CountryMentions => ({ direct: { all: 0 }, via: { all: 0 }, regions: [], passages: [], viaPassages: [] });
