import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegendData } from './paint';

interface Props {
  legend: LegendData;
  outlines: boolean;
  onOutlines(on: boolean): void;
}

/** Classes as text ranges beside the swatches: the colour is never the only cue. */
export function Legend({ legend, outlines, onOutlines }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    // Over the map on wide screens: the map frames places clear of it (data-map-cover, README).
    <section className="legend" aria-labelledby={`${id}-h`} data-map-cover="">
      <h2 id={`${id}-h`} className="section-title">
        {t('legend.heading')}
      </h2>
      <p className="legend-caption">{t('legend.mentions')}</p>
      <ul className="legend-classes">
        {legend.classes.map((c) => (
          <li key={c.min}>
            <span className="swatch swatch-lg" style={{ background: c.colour }} aria-hidden="true" />
            {c.min === c.max ? t('legend.single', { value: c.min }) : t('legend.range', { min: c.min, max: c.max })}
          </li>
        ))}
      </ul>
      <ul className="legend-symbols">
        {legend.hasViaOnly && (
          <li>
            <span className="swatch swatch-lg swatch-hatch" style={{ backgroundColor: legend.viaOnlyColour }} aria-hidden="true" />
            {t('legend.viaOnly')}
          </li>
        )}
        <li>
          <span className="swatch swatch-lg" style={{ background: legend.homeColour }} aria-hidden="true" />
          {t('legend.home')}
        </li>
        <li>
          <span className="swatch swatch-lg swatch-none" aria-hidden="true" />
          {t('legend.notMentioned')}
        </li>
      </ul>
      <label className="toggle">
        <input type="checkbox" checked={outlines} onChange={(e) => onOutlines(e.target.checked)} />
        {t('legend.outlines')}
      </label>
    </section>
  );
}
