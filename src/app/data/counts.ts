/**
 * Counting under a theme selection. An empty selection means "all themes" and
 * uses the precomputed `all` count: summing per-theme counts would count a
 * passage with two themes twice.
 */
import type { CountryProperties, ThemeCounts } from '../../pipeline/types';
import type { AtlasModel, PassageEntry } from './model';
import { passagesFor } from './model';

export function countFor(counts: ThemeCounts, themes: readonly string[]): number {
  if (themes.length === 0) return counts.all ?? 0;
  let sum = 0;
  for (const t of themes) sum += counts[t] ?? 0;
  return sum;
}

export function matchesThemes(passageThemes: readonly string[], themes: readonly string[]): boolean {
  return themes.length === 0 || passageThemes.some((t) => themes.includes(t));
}

/** Passages per theme id across all documents (for the filter's counts). */
export function passagesPerTheme(model: AtlasModel): Map<string, number> {
  const out = new Map<string, number>(model.themes.map((t) => [t.id, 0]));
  for (const { passage } of model.passageByRef.values()) {
    for (const t of new Set(passage.themes)) out.set(t, (out.get(t) ?? 0) + 1);
  }
  return out;
}

export interface CoMention {
  iso2: string;
  /** Passages both countries are mentioned in directly. */
  passages: number;
}

/** Countries mentioned directly in the same passages as `iso2` (the home country left out). */
export function coMentions(model: AtlasModel, iso2: string): CoMention[] {
  const country = model.countryById.get(iso2);
  if (!country) return [];
  const tally = new Map<string, number>();
  for (const entry of passagesFor(model, country.passages)) {
    const others = new Set(
      entry.passage.mentions.filter((m) => m.iso2 && m.iso2 !== iso2 && !m.home).map((m) => m.iso2 as string),
    );
    for (const o of others) tally.set(o, (tally.get(o) ?? 0) + 1);
  }
  return [...tally]
    .filter(([code]) => model.countryById.has(code))
    .map(([code, passages]) => ({ iso2: code, passages }))
    .sort((a, b) => b.passages - a.passages || a.iso2.localeCompare(b.iso2));
}

export function topCountries(model: AtlasModel, n: number): CountryProperties[] {
  return [...model.countryById.values()]
    .filter((c) => !c.home && (c.direct.all ?? 0) > 0)
    .sort((a, b) => (b.direct.all ?? 0) - (a.direct.all ?? 0) || a.iso2.localeCompare(b.iso2))
    .slice(0, n);
}

export function filterPassages(entries: PassageEntry[], themes: readonly string[]): PassageEntry[] {
  return entries.filter((e) => matchesThemes(e.passage.themes, themes));
}
