import './compareClass.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASS_COLOURS, CLASS_ORDER } from './comparePaint';

/** Phones start with it folded, as the map's own legend: the table already says each class in words. */
const startOpen = (): boolean => typeof window === 'undefined' || !window.matchMedia?.('(max-width: 640px)').matches;

/** The comparison's legend, in the map legend's place: the measure, and every class in words beside its colour. */
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
        </ul>
      </div>
    </section>
  );
}
