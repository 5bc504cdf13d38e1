import './compareClass.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lightPalette } from '../../map/style';
import { CLASS_COLOURS, CLASS_ORDER } from './comparePaint';

/** Phones start with it folded, as the map's own legend: the table already says each class in words. */
const startOpen = (): boolean => typeof window === 'undefined' || !window.matchMedia?.('(max-width: 640px)').matches;

/**
 * The comparison's legend, in the map legend's place: the measure, every class in words beside
 * its colour, and the two colours that are no class (named in neither letter; the author country).
 */
export function CompareLegend() {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(startOpen);
  return (
    <section className="legend compare-legend" aria-labelledby={`${id}-l`} data-open={open} data-map-cover="">
      <h2 id={`${id}-l`} className="legend-heading">
        <button type="button" className="legend-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
          {t('legend.heading')}
          <span className="chevron" aria-hidden="true" />
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        <p className="compare-measure">{t('compare.measure')}</p>
        <ul className="compare-classes">
          {CLASS_ORDER.map((c) => (
            <li key={c}>
              <span className="swatch compare-swatch" style={{ background: CLASS_COLOURS[c] }} aria-hidden="true" />
              {t(`compare.${c}`)}
            </li>
          ))}
          <li>
            <span className="swatch compare-swatch swatch-none" aria-hidden="true" />
            {t('compare.neither')}
          </li>
          <li>
            <span className="swatch compare-swatch" style={{ background: lightPalette.home }} aria-hidden="true" />
            {t('legend.home')}
          </li>
        </ul>
      </div>
    </section>
  );
}
