/**
 * An exported image of a comparison (`compare=a,b`): the map painted by change, the classes
 * in words in the legend, both letters named in the title and the source line. Pure.
 */
import type { TFunction } from 'i18next';
import type { CountryPaint } from '../../map/contract';
import type { SvgMapText } from '../../render/svgMap';
import type { LegendData } from '../choropleth/paint';
import type { AtlasModel } from '../data/model';
import { compareLetters, sourcesLine } from '../letters/compare';
import { CLASS_COLOURS, CLASS_ORDER, comparePaint } from '../letters/comparePaint';
import type { UrlState } from '../url/state';
import { formatDate } from './quote';
import { selectionName } from './viewTitle';

export interface Drawing {
  paint: Map<string, CountryPaint>;
  legend: LegendData;
  text: SvgMapText;
}

/** The comparison the state asks for, drawn; null when it asks for none (or names letters the data lacks). */
export function compareDrawing(model: AtlasModel, s: UrlState, t: TFunction, day: string, palette: { home: string; land: string }): Drawing | null {
  // The compared letters were fetched for the comparison (src/app/data/useLetters.ts).
  const [from, to] = (s.compare ?? []).map((id) => model.data.letters.documents.find((d) => d.meta.id === id) ?? model.data.letter?.get(id));
  if (!from || !to) return null;
  const comparison = compareLetters(from, to);
  const home = (iso2: string) => !!model.countryById.get(iso2)?.home;
  const name = selectionName(model, s, s.lang);
  const row = s.country ? comparison.countries.find((r) => r.iso2 === s.country) : undefined;
  const title = t('compare.between', { from: from.meta.title, to: to.meta.title });
  // The chosen country's class beside the measure, so the image says what its outline marks.
  const subtitle = [t('compare.heading'), t('compare.measure'), name && row ? `${name}: ${t(`compare.${row.class}`)}` : null].filter(Boolean).join(' · ');
  const source = sourcesLine(from, to, t);
  return {
    paint: comparePaint(comparison, home),
    // The land colour last among the classes: the countries neither letter names.
    legend: { classes: [...CLASS_ORDER.map((c) => CLASS_COLOURS[c]), palette.land].map((colour) => ({ min: 0, max: 0, colour })), hasViaOnly: false, homeColour: palette.home, viaOnlyColour: palette.land },
    text: {
      title,
      subtitle,
      legendTitle: t('compare.heading'),
      classLabels: [...CLASS_ORDER.map((c) => t(`compare.${c}`)), t('compare.neither')],
      viaOnlyLabel: '',
      homeLabel: t('legend.home'),
      source,
      date: t('export.date', { date: formatDate(day, s.lang) }),
      description: `${title}. ${subtitle}. ${source}`,
    },
  };
}
