/**
 * URL keys for embeds and passage permalinks. Pure and table-tested like the rest of
 * src/app/url: only known values are accepted, anything else falls back to the default.
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

export const embedDefaults: EmbedUrlState = { embed: false, controls: null, interactive: true, scheme: null, passage: null };


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

type Get = (key: string) => string | null;

export function parseEmbedKeys(get: Get, knownPassages?: ReadonlySet<string>): Partial<EmbedUrlState> {
  const out: Partial<EmbedUrlState> = {};
  if (get('embed') === '1') out.embed = true;
  const controls = parseControls(get('controls'));
  if (controls) out.controls = controls;
  if (get('interactive') === '0') out.interactive = false;
  const scheme = parseScheme(get('scheme'));
  if (scheme) out.scheme = scheme;
  const passage = parsePassageId(get('passage'), knownPassages);
  if (passage) out.passage = passage;
  return out;
}

/** Appends the keys that differ from the defaults, in a fixed order. */
export function serializeEmbedKeys(s: EmbedUrlState, p: URLSearchParams): void {
  if (s.passage) p.set('passage', s.passage);
  if (s.embed) p.set('embed', '1');
  if (s.controls) p.set('controls', EMBED_CONTROLS.filter((c) => s.controls!.includes(c)).join(','));
  if (!s.interactive) p.set('interactive', '0');
  if (s.scheme) p.set('scheme', s.scheme);
}

export const EMBED_ONLY_KEYS = ['embed', 'controls', 'interactive', 'scheme'] as const;

/** The controls an embed shows: the listed ones, or the default set. */
export const shownControls = (s: Pick<EmbedUrlState, 'controls'>): ReadonlySet<EmbedControl> =>
  new Set(s.controls ?? DEFAULT_EMBED_CONTROLS);
