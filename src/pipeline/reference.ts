import { csvParse } from 'd3-dsv';
import type { AmbiguousRow, ExclusionRow, NameRow, PlaceRow, ReferenceData } from './gazetteer';
import type { ThemeRule } from './themes';
import type { Lang, MentionKind, RegionDef, Theme } from './types';

/** The CSV texts of data/, by file name; parsing is pure so tests can feed variants. */
export interface ReferenceFiles {
  'regions.csv': string;
  'places.csv': string;
  'exclusions.csv': string;
  'names.csv': string;
  'themes.csv': string;
  'theme-rules.csv': string;
  'points.csv': string;
  'articles.csv': string;
  'ambiguous.csv': string;
}

const KINDS = new Set<string>(['country', 'demonym', 'abbreviation', 'city', 'territory', 'region', 'organisation', 'home']);

/** A wrong row in data/ names its file and line (line 1 is the header). */
export class ReferenceError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`data/${file}:${line}: ${message}`);
  }
}

function rows(files: ReferenceFiles, file: keyof ReferenceFiles, columns: string[]): { row: Record<string, string>; line: number }[] {
  const parsed = csvParse(files[file].replace(/^\uFEFF/, ''));
  const missing = columns.filter((c) => !parsed.columns.includes(c));
  if (missing.length) throw new ReferenceError(file, 1, `missing column(s) ${missing.join(', ')}`);
  return parsed.map((row, i) => ({ row: row as Record<string, string>, line: i + 2 })).filter(({ row }) => Object.values(row).some((v) => v?.trim()));
}

const lang = (file: string, line: number, v: string | undefined): Lang => {
  if (v === 'nl' || v === 'en') return v;
  throw new ReferenceError(file, line, `lang must be nl or en, not "${v ?? ''}"`);
};

export interface ParsedReference extends Omit<ReferenceData, 'libraryNames'> {
  themes: Theme[];
  rules: ThemeRule[];
  /** Anchor points for codes Natural Earth has no shape for (e.g. BQ). */
  points: Record<string, [number, number]>;
  /** The article a name takes inside a sentence ("de Sahel", "the Sahel"), by country code or region id. */
  articles: Map<string, Partial<Record<Lang, string>>>;
}

export function parseReference(files: ReferenceFiles): ParsedReference {
  const regions: RegionDef[] = rows(files, 'regions.csv', ['id', 'type', 'label_nl', 'label_en', 'members']).map(({ row, line }) => {
    if (row.type !== 'region' && row.type !== 'organisation') throw new ReferenceError('regions.csv', line, `type must be region or organisation`);
    return {
      id: row.id!.trim(),
      type: row.type,
      label: { nl: row.label_nl!.trim(), en: row.label_en!.trim() },
      members: (row.members ?? '').split(/\s+/).filter(Boolean).sort(),
    };
  });
  const regionIds = new Set(regions.map((r) => r.id));

  const places: PlaceRow[] = rows(files, 'places.csv', ['form', 'lang', 'kind', 'target']).map(({ row, line }) => {
    const kind = row.kind!.trim();
    if (!KINDS.has(kind)) throw new ReferenceError('places.csv', line, `unknown kind "${kind}"`);
    const target = row.target!.trim();
    if (!/^[A-Z]{2}$/.test(target) && !regionIds.has(target)) throw new ReferenceError('places.csv', line, `target "${target}" is neither a country code nor a region in regions.csv`);
    return { form: row.form!.trim(), lang: lang('places.csv', line, row.lang), kind: kind as MentionKind | 'home', target };
  });

  const exclusions: ExclusionRow[] = rows(files, 'exclusions.csv', ['phrase', 'lang']).map(({ row, line }) => ({
    phrase: row.phrase!.trim(),
    lang: lang('exclusions.csv', line, row.lang),
  }));

  const ambiguous: AmbiguousRow[] = rows(files, 'ambiguous.csv', ['form', 'lang', 'kind', 'candidates', 'default']).map(({ row, line }) => {
    const kind = row.kind!.trim();
    if (kind !== 'country' && kind !== 'demonym') throw new ReferenceError('ambiguous.csv', line, `kind must be country or demonym`);
    const candidates = row.candidates!.trim().split(/\s+/).filter(Boolean).sort();
    if (candidates.length < 2 || !candidates.every((c) => /^[A-Z]{2}$/.test(c))) throw new ReferenceError('ambiguous.csv', line, 'candidates must be two or more country codes');
    const fallback = (row.default ?? '').trim();
    if (fallback && !candidates.includes(fallback)) throw new ReferenceError('ambiguous.csv', line, `default "${fallback}" is not one of the candidates`);
    return { form: row.form!.trim(), lang: lang('ambiguous.csv', line, row.lang), kind, candidates, ...(fallback ? { fallback } : {}) };
  });

  const names: NameRow[] = rows(files, 'names.csv', ['iso2', 'name_nl', 'name_en', 'status']).map(({ row, line }) => {
    const status = (row.status ?? '').trim();
    if (status !== '' && status !== 'territory' && status !== 'home') throw new ReferenceError('names.csv', line, `status must be empty, territory or home`);
    return { iso2: row.iso2!.trim(), name_nl: (row.name_nl ?? '').trim(), name_en: (row.name_en ?? '').trim(), status };
  });

  const themes: Theme[] = rows(files, 'themes.csv', ['id', 'colour', 'label_nl', 'label_en', 'description_nl', 'description_en']).map(({ row, line }) => {
    if (!/^#[0-9a-f]{6}$/i.test(row.colour ?? '')) throw new ReferenceError('themes.csv', line, `colour must be #rrggbb`);
    return {
      id: row.id!.trim(),
      colour: row.colour!.toUpperCase(),
      label: { nl: row.label_nl!, en: row.label_en! },
      description: { nl: row.description_nl!, en: row.description_en! },
    };
  });
  const themeIds = new Set(themes.map((t) => t.id));

  const rules: ThemeRule[] = rows(files, 'theme-rules.csv', ['theme', 'via', 'lang', 'pattern']).map(({ row, line }) => {
    if (!themeIds.has(row.theme!)) throw new ReferenceError('theme-rules.csv', line, `unknown theme "${row.theme}"`);
    if (row.via !== 'section' && row.via !== 'keyword') throw new ReferenceError('theme-rules.csv', line, `via must be section or keyword`);
    return { theme: row.theme!, via: row.via, lang: lang('theme-rules.csv', line, row.lang), pattern: row.pattern!.trim() };
  });

  const points: Record<string, [number, number]> = {};
  for (const { row, line } of rows(files, 'points.csv', ['iso2', 'lng', 'lat'])) {
    const lng = Number(row.lng);
    const lat = Number(row.lat);
    if (!(Math.abs(lng) <= 180 && Math.abs(lat) <= 90)) throw new ReferenceError('points.csv', line, 'lng/lat out of range');
    points[row.iso2!.trim()] = [lng, lat];
  }

  const articles = new Map<string, Partial<Record<Lang, string>>>();
  for (const { row, line } of rows(files, 'articles.csv', ['id', 'nl', 'en'])) {
    const id = row.id!.trim();
    if (!/^[A-Z]{2}$/.test(id) && !regionIds.has(id)) throw new ReferenceError('articles.csv', line, `id "${id}" is neither a country code nor a region in regions.csv`);
    const nl = (row.nl ?? '').trim();
    const en = (row.en ?? '').trim();
    if (nl !== '' && nl !== 'de' && nl !== 'het') throw new ReferenceError('articles.csv', line, 'nl must be empty, de or het');
    if (en !== '' && en !== 'the') throw new ReferenceError('articles.csv', line, 'en must be empty or the');
    articles.set(id, { ...(nl && { nl }), ...(en && { en }) });
  }

  return { regions, places, exclusions, ambiguous, names, themes, rules, points, articles };
}
