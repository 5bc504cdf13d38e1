/**
 * The URL contract as one table: for every key a link can carry, how it is read (against known
 * ids), how it is written (null = omitted, which is the default), its default, and where it
 * persists. Parsing, serializing, the store's link state, the defaults, the keys that are ours
 * and the persistence map are all derived from it (./parse.ts, ./serialize.ts, ./state.ts,
 * src/app/store), so a new key is added here and nowhere else.
 *
 * Rows run in the order keys are written; a row's parse sees what the rows before it read
 * (`walk` needs the `passage` before it, `contrast` the `present`, `region` yields to `country`).
 */
import { DOCUMENT_ID } from '../../pipeline/keys';
import type { KnownIds } from '../data/model';
import { parseContrast, parsePresent, type ClassroomUrlState } from './classroom';
import { EMBED_CONTROLS, parseControls, parsePassageId, parseScheme, type EmbedUrlState } from './embed';
import type { Persistence, UrlState } from './state';
import { parseLang, parseThemes, parseView, sameThemes, writeView } from './values';

export type Get = (param: string) => string | null;

export interface UrlKey<K extends keyof UrlState> {
  /** Where the value lives beyond the page (see PERSISTENCE in ./state.ts). */
  persistence: readonly Persistence[];
  default: UrlState[K];
  /** The value a link gives, or undefined when it gives none we accept. */
  parse(get: Get, known: KnownIds, before: Partial<UrlState>): UrlState[K] | undefined;
  /** The text to write, or null to leave the key out. */
  write(s: UrlState, d: UrlState): string | null;
}

type Table = { [K in keyof UrlState]: UrlKey<K> };

const VIEW: Persistence[] = ['url', 'link', 'embed'];
const EMBED_OPTION: Persistence[] = ['url', 'embed'];
const LINK_ONLY: Persistence[] = ['url', 'link'];

export const URL_TABLE: Table = {
  lang: {
    persistence: VIEW,
    default: 'nl', // the reader's browser language in practice: see baseDefaults
    parse: (get) => parseLang(get('lang')) ?? undefined,
    write: (s, d) => (s.lang !== d.lang ? s.lang : null),
  },
  themes: {
    persistence: VIEW,
    default: [],
    parse: (get, known) => {
      const themes = parseThemes(get('themes'), known.themes);
      // Every theme selected is the same as none: keep the canonical empty form.
      return themes ? (themes.length === known.themes.size ? [] : themes) : undefined;
    },
    write: (s, d) => (sameThemes(s.themes, d.themes) ? null : s.themes.join(',')),
  },
  country: {
    persistence: VIEW,
    default: null,
    parse: (get, known) => {
      const c = get('country')?.toUpperCase();
      if (c && /^[A-Z]{2}$/.test(c) && known.countries.has(c)) return c;
      // A link to a region is not about a country: it clears the one shown.
      return known.regions.has(get('region')?.toLowerCase() ?? '') ? null : undefined;
    },
    write: (s) => s.country,
  },
  region: {
    persistence: VIEW,
    default: null,
    // A link naming both is about the country; the region yields.
    parse: (get, known, before) => {
      if (before.country) return null;
      const r = get('region')?.toLowerCase();
      return r && known.regions.has(r) ? r : undefined;
    },
    write: (s) => (s.country ? null : s.region),
  },
  view: {
    persistence: VIEW,
    default: null,
    parse: (get) => parseView(get('view')) ?? undefined,
    write: (s) => (s.view ? writeView(s.view) : null),
  },
  list: {
    persistence: LINK_ONLY,
    default: false,
    parse: (get) => (get('list') === '1' ? true : undefined),
    write: (s, d) => (s.list !== d.list ? (s.list ? '1' : '0') : null),
  },
  passage: {
    persistence: VIEW,
    default: null,
    parse: (get, known) => parsePassageId(get('passage'), known.passages) ?? undefined,
    write: (s) => s.passage,
  },
  letter: {
    persistence: VIEW,
    default: null,
    // A passage permalink shows its own letter; the newest is the default and is not written.
    parse: (get, known, before) => {
      const id = before.passage ? before.passage.slice(0, before.passage.lastIndexOf('/')) : get('letter');
      if (!id || !DOCUMENT_ID.test(id) || (known.letters && !known.letters.has(id))) return undefined;
      return id === known.newest ? undefined : id;
    },
    write: (s) => s.letter,
  },
  compare: {
    // An embed can show a comparison too (the map by change, its legend, a card with both letters).
    persistence: VIEW,
    default: null,
    parse: (get, known) => parseCompare(get('compare'), known) ?? undefined,
    write: (s) => (s.compare ? s.compare.join(',') : null),
  },
  embed: {
    persistence: EMBED_OPTION,
    default: false,
    parse: (get) => (get('embed') === '1' ? true : undefined),
    write: (s) => (s.embed ? '1' : null),
  },
  controls: {
    persistence: EMBED_OPTION,
    default: null,
    parse: (get) => parseControls(get('controls')) ?? undefined,
    write: (s) => (s.controls ? EMBED_CONTROLS.filter((c) => s.controls!.includes(c)).join(',') : null),
  },
  interactive: {
    persistence: EMBED_OPTION,
    default: true,
    parse: (get) => (get('interactive') === '0' ? false : undefined),
    write: (s) => (s.interactive ? null : '0'),
  },
  scheme: {
    persistence: EMBED_OPTION,
    default: null,
    parse: (get) => parseScheme(get('scheme')) ?? undefined,
    write: (s) => s.scheme,
  },
  present: {
    persistence: LINK_ONLY,
    default: null,
    parse: (get, known) => parsePresent(get('present'), known.steps) ?? undefined,
    write: (s) => (s.present !== null ? String(s.present) : null),
  },
  contrast: {
    persistence: LINK_ONLY,
    default: 'normal',
    // The projector palette belongs to the presentation: without a step it means nothing.
    parse: (get, _k, before) => (before.present != null ? (parseContrast(get('contrast')) ?? undefined) : undefined),
    write: (s) => (s.contrast === 'high' && s.present !== null ? 'high' : null),
  },
  read: {
    persistence: LINK_ONLY,
    default: false,
    parse: (get) => (get('read') === '1' ? true : undefined),
    write: (s) => (s.read ? '1' : null),
  },
  walk: {
    persistence: LINK_ONLY,
    default: false,
    // A walk needs a start.
    parse: (get, _k, before) => (get('walk') === '1' && before.passage ? true : undefined),
    write: (s) => (s.walk && s.passage ? '1' : null),
  },
};

/** Two known, different, well-formed letter ids; anything else is no comparison. */
export function parseCompare(value: string | null, known: KnownIds): readonly [string, string] | null {
  const ids = value?.split(',').map((v) => v.trim());
  if (ids?.length !== 2) return null;
  const [a, b] = ids as [string, string];
  const ok = (id: string) => DOCUMENT_ID.test(id) && (!known.letters || known.letters.has(id));
  return a !== b && ok(a) && ok(b) ? [a, b] : null;
}

export type UrlField = keyof UrlState;

/** The keys in the order they are read and written. */
export const URL_FIELDS = Object.keys(URL_TABLE) as UrlField[];

export const URL_DEFAULTS = Object.fromEntries(URL_FIELDS.map((k) => [k, URL_TABLE[k].default])) as unknown as UrlState;

const pick = <K extends UrlField>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, URL_TABLE[k].default])) as Pick<UrlState, K>;
export const embedDefaults: EmbedUrlState = pick(['embed', 'controls', 'interactive', 'scheme', 'passage']);
export const classroomDefaults: ClassroomUrlState = pick(['present', 'contrast', 'read', 'walk']);

/** The link state of any object holding at least the URL fields (the store). */
export function pickUrlState(s: UrlState): UrlState {
  return Object.fromEntries(URL_FIELDS.map((k) => [k, s[k]])) as unknown as UrlState;
}

/** A link's state over the defaults: what the link does not carry is reset. */
export function withDefaults(s: Partial<UrlState>, d: UrlState): UrlState {
  const out = Object.fromEntries(URL_FIELDS.map((k) => [k, s[k] ?? d[k]])) as unknown as UrlState;
  if (s.country) out.region = null;
  return out;
}
