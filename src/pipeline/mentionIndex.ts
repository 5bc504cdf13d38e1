/**
 * Who is mentioned where, per country and per region/organisation: counts per theme and the
 * passages, in letter order. Pure and small, so the build (countries.geojson, atlas.json) and
 * the app (which rebuilds the country counts from the letter shown rather than download them
 * twice) share one definition.
 */
import { passageRef } from './keys';
import type { LetterDocument, Mention, RegionDef, Section, Theme, ThemeCounts } from './types';

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
  /** Section refs ("docId/2.2") whose heading names it directly, in letter order. */
  headings: string[];
}

interface RegionMentions {
  direct: ThemeCounts;
  passages: string[];
  /** Section refs whose heading names it. */
  headings: string[];
}

export interface MentionIndex {
  countries: Map<string, CountryMentions>;
  regions: Map<string, RegionMentions>;
}

export { passageRef };

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
  interface Acc { direct: ThemeCounts; via: ThemeCounts; regions: Set<string>; passages: Set<string>; viaPassages: Set<string>; headings: Set<string> }
  const acc = new Map<string, Acc>();
  const country = (iso2: string) => {
    let a = acc.get(iso2);
    if (!a) acc.set(iso2, (a = { direct: {}, via: {}, regions: new Set(), passages: new Set(), viaPassages: new Set(), headings: new Set() }));
    return a;
  };
  const regionAcc = new Map<string, { direct: ThemeCounts; passages: Set<string>; headings: Set<string> }>();

  /** One mention, from a passage or (inHeading) from a section's heading; both count alike. */
  const count = (m: Mention, themes: string[], ref: string, heading: boolean) => {
    if (m.iso2) {
      const a = country(m.iso2);
      bump(a.direct, themes);
      (heading ? a.headings : a.passages).add(ref);
    }
    const region = m.region ? regionDefs.get(m.region) : undefined;
    if (!region) return;
    let r = regionAcc.get(region.id);
    if (!r) regionAcc.set(region.id, (r = { direct: {}, passages: new Set(), headings: new Set() }));
    bump(r.direct, themes);
    (heading ? r.headings : r.passages).add(ref);
    for (const member of region.members) {
      const a = country(member);
      bump(a.via, themes);
      a.regions.add(region.id);
      if (!heading) a.viaPassages.add(ref);
    }
  };

  for (const doc of documents) {
    // Headings and passages in letter order: a heading comes before the passages under it.
    const headed = new Map<string, Section>();
    for (const s of doc.sections) if (s.mentions?.length) headed.set(s.id, s);
    const counted = new Set<string>();
    const heading = (s: Section) => {
      if (counted.has(s.id)) return;
      counted.add(s.id);
      for (const m of s.mentions!) count(m, s.themes ?? [], passageRef(doc.meta.id, s.id), true);
    };
    for (const p of doc.passages) {
      for (const id of p.sectionPath) if (headed.has(id)) heading(headed.get(id)!);
      const ref = passageRef(doc.meta.id, p.id);
      for (const m of p.mentions) count(m, p.themes, ref, false);
    }
    for (const s of headed.values()) heading(s);
  }

  const countries = new Map<string, CountryMentions>();
  for (const [iso2, a] of acc) {
    countries.set(iso2, {
      direct: ordered(a.direct, themes),
      via: ordered(a.via, themes),
      regions: [...a.regions].sort(),
      passages: [...a.passages],
      viaPassages: [...a.viaPassages].filter((r) => !a.passages.has(r)),
      headings: [...a.headings],
    });
  }
  const out = new Map<string, RegionMentions>();
  for (const [id, r] of regionAcc) out.set(id, { direct: ordered(r.direct, themes), passages: [...r.passages], headings: [...r.headings] });
  return { countries, regions: out };
}

/** A country's mention fields, for a code the letter never reaches. */
export const NOT_MENTIONED = (): CountryMentions => ({ direct: { all: 0 }, via: { all: 0 }, regions: [], passages: [], viaPassages: [], headings: [] });
