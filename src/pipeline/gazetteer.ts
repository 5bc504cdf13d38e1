import type { Lang, MentionKind, RegionDef } from './types';

/** One row of data/places.csv. */
export interface PlaceRow {
  form: string;
  lang: Lang;
  kind: MentionKind | 'home';
  /** ISO alpha-2 (upper case) or a region id (lower case). */
  target: string;
}

export interface ExclusionRow {
  phrase: string;
  lang: Lang;
}

/** One row of data/ambiguous.csv: a short name two or more countries share ("Congo", "Korea"). */
export interface AmbiguousRow {
  form: string;
  lang: Lang;
  kind: 'country' | 'demonym';
  /** The countries it may mean, sorted. */
  candidates: string[];
  /** What it means when the document names none of the candidates otherwise. */
  fallback?: string;
}

export interface NameRow {
  iso2: string;
  name_nl: string;
  name_en: string;
  status: '' | 'territory' | 'home';
}

/** What the matcher knows: every surface form, with what it stands for and why it matches. */
export interface GazetteerEntry {
  /** Exactly the characters to find (an inflected variant has its own entry). */
  surface: string;
  /** The form as listed in the data or library ("Russisch" for surface "Russische"). */
  form: string;
  lang: Lang;
  kind: MentionKind;
  iso2?: string;
  region?: string;
  home?: boolean;
  /** An ambiguous short name: the countries it may mean; the document decides (./document.ts). */
  candidates?: string[];
  fallback?: string;
}

export interface ReferenceData {
  places: PlaceRow[];
  exclusions: ExclusionRow[];
  ambiguous?: AmbiguousRow[];
  names: NameRow[];
  regions: RegionDef[];
  /** Country names per language from the library: iso2 → names (official first, then aliases). */
  libraryNames: Record<Lang, Record<string, string[]>>;
}

export interface Gazetteer {
  entries: Record<Lang, GazetteerEntry[]>;
  exclusions: Record<Lang, string[]>;
  regions: Map<string, RegionDef>;
  home: string;
}

const HOME_ISO2 = 'NL';
const ISO2 = /^[A-Z]{2}$/;

/**
 * Dutch adjectives take -e when inflected; a long vowel before the last consonant is then
 * written single: Russisch → Russische, Frans → Franse, Europees → Europese, Chinees → Chinese.
 */
export function inflectDutch(adjective: string): string {
  const m = /([aeou])\1([^aeiouy\s-])$/i.exec(adjective);
  if (m) return `${adjective.slice(0, -3)}${m[1]}${m[2]}e`;
  return `${adjective}e`;
}

/**
 * Library names + curated rows → one entry per surface form. A form that two codes claim
 * (en "Congo") is dropped: an ambiguous name must not paint either country.
 */
export function buildGazetteer(data: ReferenceData): Gazetteer {
  const regions = new Map(data.regions.map((r) => [r.id, r]));
  const status = new Map(data.names.map((n) => [n.iso2, n.status]));
  const entries: Record<Lang, GazetteerEntry[]> = { nl: [], en: [] };

  for (const lang of ['nl', 'en'] as const) {
    const bySurface = new Map<string, GazetteerEntry | null>();
    const add = (e: GazetteerEntry, curated: boolean) => {
      const prev = bySurface.get(e.surface);
      if (prev === undefined || curated) bySurface.set(e.surface, e);
      else if (prev && prev.iso2 && e.iso2 && prev.iso2 !== e.iso2) {
        // Two library names alike (en "Congo"): the document decides between them.
        const candidates = [...new Set([...(prev.candidates ?? [prev.iso2]), e.iso2])].sort();
        bySurface.set(e.surface, { surface: e.surface, form: e.form, lang, kind: prev.kind, candidates });
      } else if (prev && (prev.iso2 !== e.iso2 || prev.region !== e.region)) bySurface.set(e.surface, null);
    };

    for (const [iso2, names] of Object.entries(data.libraryNames[lang])) {
      for (const name of names) {
        // "Korea, Republic of" and "Sint Maarten (Nederlands deel)" are catalogue forms nobody writes.
        if (/[,()]/.test(name) || name.length < 2) continue;
        const abbreviation = /^[A-Z.]+$/.test(name);
        const kind: MentionKind = abbreviation ? 'abbreviation' : status.get(iso2) === 'territory' ? 'territory' : 'country';
        add(countryEntry(name, name, lang, kind, iso2), false);
      }
    }

    for (const row of data.places) {
      if (row.lang !== lang) continue;
      const target = ISO2.test(row.target) ? { iso2: row.target } : { region: row.target };
      const kind: MentionKind = row.kind === 'home' ? 'country' : row.kind;
      const base = { form: row.form, lang, kind, ...target };
      const withHome = (e: GazetteerEntry): GazetteerEntry =>
        e.iso2 === HOME_ISO2 || row.kind === 'home' ? { ...e, home: true, iso2: e.iso2 ?? HOME_ISO2 } : e;
      add(withHome({ ...base, surface: row.form }), true);
      if (row.kind === 'demonym') {
        const variant = lang === 'nl' ? (/e$/.test(row.form) ? null : inflectDutch(row.form)) : /[^s]$/.test(row.form) ? `${row.form}s` : null;
        if (variant && !bySurface.has(variant)) add(withHome({ ...base, surface: variant }), true);
      }
    }

    for (const row of data.ambiguous ?? []) {
      if (row.lang !== lang) continue;
      const base = { form: row.form, lang, kind: row.kind, candidates: row.candidates, ...(row.fallback ? { fallback: row.fallback } : {}) };
      add({ ...base, surface: row.form }, true);
      if (row.kind === 'demonym') {
        const variant = lang === 'nl' ? (/e$/.test(row.form) ? null : inflectDutch(row.form)) : /[^s]$/.test(row.form) ? `${row.form}s` : null;
        if (variant && !bySurface.has(variant)) add({ ...base, surface: variant }, true);
      }
    }

    if (lang === 'nl') {
      // Dutch texts write foreign cities and regions in their international spelling about as
      // often as in the Dutch one (Khartoum, Kharkiv, Tigray), and quote English titles with
      // English abbreviations ("U.S.", "UK"): those English forms are a fallback.
      for (const row of data.places) {
        if (row.lang !== 'en' || !['city', 'territory', 'abbreviation'].includes(row.kind) || bySurface.has(row.form)) continue;
        if (/^[\p{Ll}]/u.test(row.form) || /\s/.test(row.form)) continue;
        add({ surface: row.form, form: row.form, lang, kind: row.kind as MentionKind, iso2: row.target }, false);
      }
    }

    entries[lang] = [...bySurface.values()]
      .filter((e): e is GazetteerEntry => e !== null)
      .sort((a, b) => (a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0));
  }

  const exclusions: Record<Lang, string[]> = {
    nl: data.exclusions.filter((x) => x.lang === 'nl').map((x) => x.phrase),
    en: data.exclusions.filter((x) => x.lang === 'en').map((x) => x.phrase),
  };
  return { entries, exclusions, regions, home: HOME_ISO2 };
}

function countryEntry(surface: string, form: string, lang: Lang, kind: MentionKind, iso2: string): GazetteerEntry {
  return iso2 === HOME_ISO2 ? { surface, form, lang, kind, iso2, home: true } : { surface, form, lang, kind, iso2 };
}
