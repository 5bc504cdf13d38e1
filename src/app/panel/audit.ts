/** Every mention that puts a country on the map, with the rule that matched. Pure. */
import type { Mention, Section, ThemeReason } from '../../pipeline/types';
import { passagesFor, type AtlasModel, type PassageEntry } from '../data/model';

interface AuditMention {
  mention: Mention;
  /** Up to ~40 characters either side, cut at word boundaries. */
  before: string;
  after: string;
}

export interface AuditPassage {
  entry: PassageEntry;
  via: boolean;
  mentions: AuditMention[];
  reasons: ThemeReason[];
}

const CONTEXT = 40;

export function context(text: string, start: number, end: number): { before: string; after: string } {
  let b = text.slice(Math.max(0, start - CONTEXT), start);
  let a = text.slice(end, end + CONTEXT);
  if (start > CONTEXT) b = `…${b.replace(/^\S*\s/, '')}`;
  if (end + CONTEXT < text.length) a = `${a.replace(/\s\S*$/, '')}…`;
  return { before: b, after: a };
}

export function auditCountry(model: AtlasModel, iso2: string): AuditPassage[] {
  const c = model.countryById.get(iso2);
  if (!c) return [];
  const regions = new Set(c.regions);
  const build = (entries: PassageEntry[], via: boolean, pick: (m: Mention) => boolean): AuditPassage[] =>
    entries
      .map((entry) => ({
        entry,
        via,
        mentions: entry.passage.mentions.filter(pick).map((mention) => ({ mention, ...context(entry.passage.text, mention.start, mention.end) })),
        reasons: entry.passage.themeReasons,
      }))
      .filter((p) => p.mentions.length > 0);
  return [
    ...build(passagesFor(model, c.passages), false, (m) => m.iso2 === iso2),
    ...build(passagesFor(model, c.viaPassages), true, (m) => !!m.region && regions.has(m.region)),
  ];
}

export interface AuditHeading {
  /** "docId#sectionId" */
  ref: string;
  section: Section;
  via: boolean;
  mentions: AuditMention[];
  reasons: ThemeReason[];
}

/** Headings that put the country on the map: naming it, or (via) a grouping it belongs to. */
export function auditHeadings(model: AtlasModel, iso2: string): AuditHeading[] {
  const c = model.countryById.get(iso2);
  if (!c) return [];
  const regions = new Set(c.regions);
  const out: AuditHeading[] = [];
  for (const via of [false, true]) {
    for (const [ref, section] of model.sectionById) {
      const pick = (m: Mention) => (via ? !!m.region && regions.has(m.region) : m.iso2 === iso2);
      const mentions = (section.mentions ?? []).filter(pick).map((mention) => ({ mention, ...context(section.title, mention.start, mention.end) }));
      if (mentions.length) out.push({ ref, section, via, mentions, reasons: section.themeReasons ?? [] });
    }
  }
  return out;
}
