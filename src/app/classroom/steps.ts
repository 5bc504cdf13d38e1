/**
 * The presentation's steps, derived from the letter alone (pure): an overview,
 * one step per section that has passages, in letter order, and a summary.
 */
import type { LetterDocument, Passage, Section } from '../../pipeline/types';
import type { AtlasModel } from '../data/model';

export interface SectionStep {
  kind: 'section';
  docId: string;
  section: Section;
  /** Titles from chapter down ("2. Wat we gaan doen", "We blijven Oekraïne steunen"). */
  titles: string[];
  passages: Passage[];
  key: Passage;
  /** Countries to show: named in the section, else members of the groupings it names. */
  countries: string[];
  /** True when `countries` come from regions/organisations, not from names. */
  viaRegions: boolean;
  /**
   * The grouping the slide is about, framed with its members and outlined: the one its heading
   * names ("… binnen de NAVO"), else, when the slide shows members, the first it names.
   */
  region: string | null;
}

export type Step = { kind: 'overview' } | SectionStep | { kind: 'summary' };

/** Distinct countries a passage names (the author country left out), in text order. */
export function passageCountries(p: Passage): string[] {
  const out: string[] = [];
  for (const m of p.mentions) if (m.iso2 && !m.home && !out.includes(m.iso2)) out.push(m.iso2);
  return out;
}

/** Distinct regions/organisations a passage names, in text order. */
export function passageRegions(p: Passage): string[] {
  const out: string[] = [];
  for (const m of p.mentions) if (m.region && !out.includes(m.region)) out.push(m.region);
  return out;
}

/**
 * The passage put on screen for a section: the one naming the most distinct
 * countries (it carries the section onto the map); ties and a section naming
 * none go to the earliest, which usually states the section's point.
 */
export function keyPassage(passages: readonly Passage[]): Passage | null {
  let best: Passage | null = null;
  let most = -1;
  for (const p of passages) {
    const n = passageCountries(p).length;
    if (n > most) {
      best = p;
      most = n;
    }
  }
  return best;
}

const deepest = (p: Passage) => p.sectionPath[p.sectionPath.length - 1];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The grouping a heading names, by the words the section's passages name it with (a name or
 * abbreviation, not an adjective: "Europese pijler" is not about Europe). Organisations
 * before regions, then in text order.
 */
function headingGrouping(title: string, passages: readonly Passage[], hasMembers: (region: string) => boolean): string | null {
  const named = passages
    .flatMap((p) => p.mentions)
    .filter((m) => m.region && (m.kind === 'organisation' || m.kind === 'region') && hasMembers(m.region))
    .filter((m) => new RegExp(`(^|[^\\p{L}])${escapeRe(m.surface)}($|[^\\p{L}])`, 'u').test(title));
  return (named.find((m) => m.kind === 'organisation') ?? named[0])?.region ?? null;
}

function buildSteps(documents: readonly LetterDocument[], membersOf: (region: string) => readonly string[] = () => []): Step[] {
  const steps: Step[] = [{ kind: 'overview' }];
  for (const doc of documents) {
    const byId = new Map(doc.sections.map((s) => [s.id, s]));
    for (const section of doc.sections) {
      const passages = doc.passages.filter((p) => deepest(p) === section.id);
      const key = keyPassage(passages);
      if (!key) continue;
      const named = [...new Set(passages.flatMap(passageCountries))];
      const via = named.length ? [] : [...new Set(passages.flatMap(passageRegions).flatMap((r) => membersOf(r)))];
      const path = passages[0]!.sectionPath.map((id) => byId.get(id)).filter((s): s is Section => !!s);
      const hasMembers = (r: string) => membersOf(r).length > 0;
      const region = headingGrouping(section.title, passages, hasMembers) ?? (via.length ? (passages.flatMap(passageRegions).find(hasMembers) ?? null) : null);
      steps.push({
        kind: 'section',
        docId: doc.meta.id,
        section,
        titles: path.map((s) => (s.number ? `${s.number}. ${s.title}` : s.title)),
        passages,
        key,
        countries: named.length ? named : via,
        viaRegions: !named.length && via.length > 0,
        region,
      });
    }
  }
  steps.push({ kind: 'summary' });
  return steps;
}

export const countSteps = (documents: readonly LetterDocument[]): number => buildSteps(documents).length;

/** The steps for the loaded atlas; the author country is never lit up as a member of a grouping. */
export function stepsForModel(model: AtlasModel): Step[] {
  const members = (id: string) => (model.regionById.get(id)?.members ?? []).filter((c) => !model.countryById.get(c)?.home);
  return buildSteps(model.data.letters.documents, members);
}
