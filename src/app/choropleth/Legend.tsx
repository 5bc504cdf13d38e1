import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegendData } from './paint';

interface Props {
  legend: LegendData;
  outlines: boolean;
  onOutlines(on: boolean): void;
}

/** Phones start with the legend folded: there the map has the least room. */
const startOpen = (): boolean => typeof window === 'undefined' || !window.matchMedia?.('(max-width: 640px)').matches;

/**
 * Small and collapsible, over the map's lower-left corner; it is a `data-map-cover`, so framing
 * keeps a selection out from under it. Classes are text beside the swatches: colour is never
 * the only cue.
 */
export function Legend({ legend, outlines, onOutlines }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(startOpen);
  return (
    <section className="legend" aria-labelledby={`${id}-h`} data-open={open} data-map-cover="">
      <h2 id={`${id}-h`} className="legend-heading">
        <button type="button" className="legend-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
          {t('legend.heading')}
          <span className="chevron" aria-hidden="true" />
        </button>
      </h2>
      <div id={`${id}-body`} className="legend-body" hidden={!open}>
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
              <span className="swatch swatch-hatch" style={{ backgroundColor: legend.viaOnlyColour }} aria-hidden="true" />
              {t('legend.viaOnly')}
            </li>
          )}
          <li>
            <span className="swatch" style={{ background: legend.homeColour }} aria-hidden="true" />
            {t('legend.home')}
          </li>
          <li>
            <span className="swatch swatch-none" aria-hidden="true" />
            {t('legend.notMentioned')}
          </li>
        </ul>
        <label className="toggle">
          <input type="checkbox" checked={outlines} onChange={(e) => onOutlines(e.target.checked)} />
          {t('legend.outlines')}
        </label>
      </div>
    </section>
  );
}
