/** From data + theme selection to what the map paints and the legend explains. */
import type { CountryPaint } from '../../map/contract';
import { lightPalette, type MapPalette } from '../../map/style';
import { countFor } from '../data/counts';
import type { AtlasModel } from '../data/model';
import { buildScale, type ClassRange } from './scale';

/** Via-only countries keep the land colour (of the palette drawn); the map draws its hatch over them. */
export const VIA_ONLY_FILL = lightPalette.land;
export const HOME_FILL = lightPalette.home;

export interface LegendData {
  classes: ClassRange[];
  /** Any country on the map reached only through a region/organisation. */
  hasViaOnly: boolean;
  homeColour: string;
  viaOnlyColour: string;
}

export interface Choropleth {
  paint: Map<string, CountryPaint>;
  legend: LegendData;
}

/** `palette`: the base map's, for the land and home colours and a ramp of its own (dark embeds). */
export function computeChoropleth(model: AtlasModel, themes: readonly string[], palette: MapPalette = lightPalette): Choropleth {
  const direct = new Map<string, number>();
  const viaOnly: string[] = [];
  for (const c of model.countryById.values()) {
    // The author country is drawn apart, never as the "most mentioned" one.
    if (c.home) continue;
    const d = countFor(c.direct, themes);
    if (d > 0) direct.set(c.iso2, d);
    else if (countFor(c.via, themes) > 0) viaOnly.push(c.iso2);
  }
  const scale = buildScale([...direct.values()], palette.ramp ?? model.data.atlas.classColours);
  const paint = new Map<string, CountryPaint>();
  for (const [iso2, v] of direct) paint.set(iso2, { fill: scale.colour(v), viaOnly: false });
  for (const iso2 of viaOnly) paint.set(iso2, { fill: palette.land, viaOnly: true });
  return {
    paint,
    legend: { classes: scale.classes, hasViaOnly: viaOnly.length > 0, homeColour: palette.home, viaOnlyColour: palette.land },
  };
}
