import type { MapView } from '../../map/contract';
import type { Lang } from '../../pipeline/types';
import type { ClassroomUrlState } from './classroom';
import type { EmbedUrlState } from './embed';
import { URL_DEFAULTS } from './table';

export { roundView } from './values';

/** The part of the app state that a link can carry; each key's rules are a row of ./table.ts. */
export interface UrlState extends EmbedUrlState, ClassroomUrlState {
  lang: Lang;
  /** Selected theme ids in filter order; empty = all themes. */
  themes: string[];
  country: string | null;
  region: string | null;
  /** null = the map's own initial view. */
  view: MapView | null;
  list: boolean;
  /** The letter shown (`letter=`); null = the newest. */
  letter: string | null;
  /** Two different letters compared (`compare=a,b`: from a to b); null = no comparison. */
  compare: readonly [string, string] | null;
}

/**
 * Where a piece of state lives beyond the page: `url` the address bar (read and written as the
 * reader goes), `link` a shared view link (copy link, a passage permalink, "open the full
 * atlas"), `embed` an embed's code (what fixes the picture), `storage` the browser's storage
 * (personal preferences only, so a shared link always shows the same thing).
 */
export type Persistence = 'url' | 'link' | 'embed' | 'storage';

/** The defaults, with the reader's language. */
export const baseDefaults = (lang: Lang): UrlState => ({ ...URL_DEFAULTS, themes: [], lang });
