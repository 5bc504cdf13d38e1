/** Per-country text and keyboard order for the SVG map: pure, so it is unit tested. */
import type { Lang } from '../../pipeline/types';
import { countFor } from '../data/counts';
import { countryName, type AtlasModel } from '../data/model';

export interface SvgCountryInfo {
  name: string;
  /** Accessible name: the country and what the letter says about it under the current themes. */
  label: string;
  /** In the Tab order: named in the letter (or the author). Others are reachable by mouse and by screen-reader browsing. */
  tabbable: boolean;
}

export interface LabelText {
  mentions(name: string, count: number): string;
  viaOnly(name: string, count: number): string;
  home(name: string): string;
  notMentioned(name: string): string;
}

export function svgCountryInfo(model: AtlasModel, themes: readonly string[], lang: Lang, text: LabelText): Map<string, SvgCountryInfo> {
  const out = new Map<string, SvgCountryInfo>();
  for (const c of model.countryById.values()) {
    const name = countryName(c, lang);
    const direct = countFor(c.direct, themes);
    const via = countFor(c.via, themes);
    const label = c.home
      ? text.home(name)
      : direct > 0
        ? text.mentions(name, direct)
        : via > 0
          ? text.viaOnly(name, via)
          : text.notMentioned(name);
    out.set(c.iso2, { name, label, tabbable: c.home || direct > 0 });
  }
  return out;
}

/** Tab order: alphabetical in the interface language, as people look for a country by name. */
export function tabOrder(info: ReadonlyMap<string, SvgCountryInfo>, lang: Lang): string[] {
  return [...info]
    .filter(([, i]) => i.tabbable)
    .sort(([, a], [, b]) => a.name.localeCompare(b.name, lang))
    .map(([iso2]) => iso2);
}
