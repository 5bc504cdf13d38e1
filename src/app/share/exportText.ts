/** File names and the words baked into an exported image. Pure. */
import type { TFunction } from 'i18next';
import type { Lang } from '../../pipeline/types';
import type { LegendData } from '../choropleth/paint';
import type { AtlasModel } from '../data/model';
import type { UrlState } from '../url/state';
import type { SvgMapText } from '../../render/svgMap';
import { formatDate } from './quote';
import { selectionName, themeNames } from './viewTitle';

export const EXPORT_SIZE = { width: 1200, height: 675 } as const;

/** Local calendar date as YYYY-MM-DD (what the reader's own calendar says). */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** What an image shows: the part of the map on screen, or the whole world. */
export type ExportExtent = 'view' | 'world';

/** beleidsatlas-UA-view-2026-11-29.png, beleidsatlas-world-2026-11-29@2x.png. */
export function exportFileName(s: Pick<UrlState, 'country' | 'region'>, day: string, ext: 'png' | 'svg', scale = 1, extent: ExportExtent = 'world'): string {
  const what = s.country ?? s.region;
  const safe = what ? `-${what.replace(/[^A-Za-z0-9-]/g, '')}` : '';
  return `beleidsatlas${safe}-${extent}-${day}${scale > 1 ? `@${scale}x` : ''}.${ext}`;
}

export function exportText(model: AtlasModel, s: UrlState, legend: LegendData, t: TFunction, day: string): SvgMapText {
  const lang: Lang = s.lang;
  const doc = model.letter?.meta;
  const name = selectionName(model, s, lang);
  const themes = themeNames(model, s.themes, lang);
  const title = name ? t('export.titleFor', { name }) : t('export.title');
  const subtitle = themes ? t('export.themes', { themes: themes.join(', ') }) : t('export.allThemes');
  const source = t('export.source', {
    title: doc?.title ?? t('app.subtitle'),
    kamerstuk: doc?.kamerstuk ?? '36 800 V, nr. 103',
  });
  return {
    title,
    subtitle,
    legendTitle: t('legend.mentions'),
    classLabels: legend.classes.map((c) => (c.min === c.max ? t('legend.single', { value: c.min }) : t('legend.range', { min: c.min, max: c.max }))),
    viaOnlyLabel: t('legend.viaOnly'),
    homeLabel: t('legend.home'),
    source,
    date: t('export.date', { date: formatDate(day, lang) }),
    description: `${title}. ${subtitle}. ${source}`,
  };
}
