import type { FocusRequest, MapView } from '../../map/contract';
import type { Lang } from '../../pipeline/types';
import type { UrlState } from '../url/state';
import type { CapabilitySlice } from './capabilitySlice';
import type { ClassroomSlice } from './classroomSlice';
import type { ShareSlice } from './shareSlice';

export interface SelectionSlice {
  country: string | null;
  region: string | null;
  hovered: string | null;
  /** The map's keyboard highlight (announced; Enter selects it). */
  highlighted: string | null;
  /** Zoom request for the map; `key` makes a repeated request for the same country distinct. */
  focusRequest: FocusRequest | null;
  selectCountry(iso2: string | null, opts?: { focus?: boolean }): void;
  /** `view` frames the region on the map, in the same history entry as the selection. */
  selectRegion(id: string | null, view?: MapView | null): void;
  clearSelection(): void;
  setHovered(iso2: string | null): void;
  setHighlighted(iso2: string | null): void;
}

export interface FilterSlice {
  /** Empty = all themes. */
  themes: string[];
  toggleTheme(id: string, allIds: readonly string[]): void;
  setThemes(ids: string[]): void;
  showAllThemes(): void;
}

export interface ViewSlice {
  view: MapView | null;
  list: boolean;
  setView(view: MapView): void;
  setList(list: boolean): void;
}

export interface UiSlice {
  lang: Lang;
  outlines: boolean;
  setLang(lang: Lang): void;
  setOutlines(on: boolean): void;
  /** Restore link state (initial load, back/forward): everything not in `s` falls back to `defaults`. */
  applyUrlState(s: Partial<UrlState>, defaults: UrlState): void;
}

export type AtlasState = SelectionSlice & FilterSlice & ViewSlice & UiSlice & ShareSlice & ClassroomSlice & CapabilitySlice;
