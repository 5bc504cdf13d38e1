import type { FocusRequest, MapView } from '../../map/contract';
import type { Lang } from '../../pipeline/types';
import type { UrlState } from '../url/state';
import type { CapabilitySlice } from './capabilitySlice';
import type { ClassroomSlice } from './classroomSlice';
import type { ShareSlice } from './shareSlice';

export interface SelectionSlice {
  /** The letter shown; null = the newest. */
  letter: string | null;
  /** Show another letter: a passage and a walk belong to the letter they were in. */
  setLetter(id: string | null): void;
  /** Two letters compared, from the first to the second; null ends the comparison. */
  compare: readonly [string, string] | null;
  setCompare(ids: readonly [string, string] | null): void;
  country: string | null;
  region: string | null;
  hovered: string | null;
  /** The map's keyboard highlight (announced; Enter selects it). */
  highlighted: string | null;
  /** Places for the map to frame; `key` makes a repeated request for the same places distinct. */
  focusRequest: FocusRequest | null;
  /** `focus` asks the map to frame the country (a choice in search, list or panel; not a click on the map). */
  selectCountry(iso2: string | null, opts?: { focus?: boolean }): void;
  /** `frame`: the countries to frame with it (its members; see regionPlaces). */
  selectRegion(id: string | null, frame?: readonly string[] | null): void;
  /** Ask the map to frame these countries. */
  focusOn(places: readonly string[]): void;
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
