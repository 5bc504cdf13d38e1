import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { computeChoropleth } from '../choropleth/paint';
import { MapSlot } from '../components/MapSlot';
import { countryName, type AtlasModel } from '../data/model';
import { useAtlas } from '../store/context';
import { frameBounds, frameCountries } from './frame';
import { applyStep } from './keys';
import { highlightPaint, shapedCountries } from './paint';
import { PresentControls } from './PresentControls';
import { StepContent, stepTitle } from './StepContent';
import { stepsForModel } from './steps';
import { useElementSize } from './useElementSize';
import { useFitText } from './useFitText';
import { useStepKeys } from './useStepKeys';
import './classroom.css';

const WORLD: [[number, number], [number, number]] = [[-168, -56], [190, 78]];
const noop = () => {};

/** Full-window presentation of the letter, one step per section; the step lives in the URL. */
export function Presentation({ model }: { model: AtlasModel }) {
  const { t } = useTranslation();
  const { present, contrast, lang } = useAtlas(useShallow((s) => ({ present: s.present, contrast: s.contrast, lang: s.lang })));
  const setPresent = useAtlas((s) => s.setPresent);
  const steps = useMemo(() => stepsForModel(model), [model]);
  const count = steps.length;
  const index = Math.min(Math.max(present ?? 1, 1), count);
  const step = steps[index - 1]!;
  const go = (n: number | null) => setPresent(n);

  useStepKeys(true, (action) => go(applyStep(index, count, action)));

  const mapBox = useRef<HTMLDivElement>(null);
  const size = useElementSize(mapBox);
  const countries = step.kind === 'section' ? step.countries : [];
  const view = useMemo(
    () => (countries.length ? frameCountries(model.data.countries, countries, size) : null) ?? frameBounds(WORLD, size, { padding: 8, minZoom: 0 }),
    [model, countries, size],
  );
  const choropleth = useMemo(() => computeChoropleth(model, []), [model]);
  const shaped = useMemo(() => shapedCountries(model.data.countries), [model]);
  const paint = useMemo(
    () => (step.kind === 'section' ? highlightPaint(countries, shaped, contrast) : choropleth.paint),
    [step, countries, shaped, contrast, choropleth],
  );
  const names = countries.map((c) => model.countryById.get(c)).filter((c) => c !== undefined).map((c) => countryName(c, lang));

  const title = stepTitle(step, model, t);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => setAnnouncement(t('present.announce', { step: index, count, title })), [index, count, title, t]);

  // Start where a screen reader should: the slide's title.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!root.current?.contains(document.activeElement) || document.activeElement === document.body) document.getElementById('present-title')?.focus();
  }, [index]);

  // Leaving the presentation also leaves full screen.
  useEffect(
    () => () => {
      if (document.fullscreenElement && typeof document.exitFullscreen === 'function') void document.exitFullscreen().catch(noop);
    },
    [],
  );

  const sectionCount = steps.filter((s) => s.kind === 'section').length;
  const text = useRef<HTMLDivElement>(null);
  const fit = useFitText(text, `${index}:${lang}`);
  return (
    <div ref={root} className="present" data-contrast={contrast}>
      <PresentControls step={index} count={count} root={root} onGo={go} />
      <main className="present-main" id="main" aria-labelledby="present-title">
        <div ref={text} className="present-text" onScroll={fit.onScroll}>
          <StepContent step={step} model={model} lang={lang} sectionCount={sectionCount} />
          {fit.more && (
            // ↑/↓ scroll the text as well (focus starts on the slide's title, inside it).
            <div className="present-more">
              <button type="button" onClick={fit.scrollMore}>
                <span aria-hidden="true">↓ </span>
                {t('present.more')}
              </button>
            </div>
          )}
        </div>
        <div ref={mapBox} className="present-map">
          <MapSlot
            model={model}
            lastResort={<p className="map-message">{t('map.error')}</p>}
            className="map"
            countries={model.data.countries}
            lang={lang}
            paint={paint}
            selected={null}
            hovered={null}
            regions={null}
            highlightRegion={null}
            view={view}
            interactive={false}
            labels="large"
            label={names.length ? t('present.mapLabel', { names: names.join(', ') }) : t('present.mapWorld')}
            onHover={noop}
            onSelect={noop}
            onViewChange={noop}
          />
        </div>
      </main>
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
