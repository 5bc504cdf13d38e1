/**
 * Values of the embed keys and of passage permalinks (their rows are in ./table.ts). Pure and
 * table-tested like the rest of src/app/url: only known values are accepted.
 */
import { PASSAGE_KEY } from '../../pipeline/keys';

/** What an embed may show besides the map; `controls=` lists exactly the ones shown. */
export const EMBED_CONTROLS = ['legend', 'panel', 'search', 'filter'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

/** Without `controls=`, an embed shows the legend and the panel. */
export const DEFAULT_EMBED_CONTROLS: readonly EmbedControl[] = ['legend', 'panel'];

export type ColourScheme = 'light' | 'dark';

export interface EmbedUrlState {
  /** `embed=1`: minimal chrome for an iframe. */
  embed: boolean;
  /** null = DEFAULT_EMBED_CONTROLS. */
  controls: EmbedControl[] | null;
  /** `interactive=0`: a static map that cannot be panned or zoomed. */
  interactive: boolean;
  /** null = follow prefers-color-scheme. */
  scheme: ColourScheme | null;
  /** Passage key (`beleidsbrief-buitenlandse-zaken-2026/2.2.1`, src/pipeline/keys.ts) a permalink points at. */
  passage: string | null;
}


export function parseControls(v: string | null): EmbedControl[] | null {
  if (v === null) return null;
  const parts = v.split(',').map((s) => s.trim().toLowerCase());
  // `controls=` (empty) is a deliberate "map only"; a list of nothing we know is malformed.
  if (v.trim() === '') return [];
  const known = EMBED_CONTROLS.filter((c) => parts.includes(c));
  return known.length > 0 ? known : null;
}

export function parseScheme(v: string | null): ColourScheme | null {
  const s = v?.toLowerCase();
  return s === 'dark' || s === 'light' ? s : null;
}

/** A passage key: letter id, slash, passage id (bare ids from older links are migrated first). */
export function parsePassageId(v: string | null, known?: ReadonlySet<string>): string | null {
  if (!v || v.length > 100 || !PASSAGE_KEY.test(v)) return null;
  return !known || known.has(v) ? v : null;
}

/** The controls an embed shows: the listed ones, or the default set. */
export const shownControls = (s: Pick<EmbedUrlState, 'controls'>): ReadonlySet<EmbedControl> =>
  new Set(s.controls ?? DEFAULT_EMBED_CONTROLS);
