import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { computeChoropleth } from '../choropleth/paint';
import { MapSlot } from '../components/MapSlot';
import { browserFetch, type Fetcher } from '../data/load';
import { countryName, type AtlasModel } from '../data/model';
import { regionPlaces } from '../data/regionPlaces';
import { regionsForMap, useRegions } from '../hooks/useRegions';
import { useAtlas } from '../store/context';
import { applyStep } from './keys';
import { highlightPaint, shapedCountries } from './paint';
import { PresentControls } from './PresentControls';
import { StepContent, stepTitle } from './StepContent';
import { stepsForModel } from './steps';
import { useStepKeys } from './useStepKeys';
import './classroom.css';

const noop = () => {};

interface Props {
  model: AtlasModel;
  /** Where regions.geojson comes from, for the outline of a slide about a grouping. */
  fetcher?: Fetcher;
  base?: string;
}

/** Full-window presentation of the letter, one step per section; the step lives in the URL. */
export function Presentation({ model, fetcher = browserFetch, base = './' }: Props) {
  const { t } = useTranslation();
  const { present, contrast, lang } = useAtlas(useShallow((s) => ({ present: s.present, contrast: s.contrast, lang: s.lang })));
  const setPresent = useAtlas((s) => s.setPresent);
  const steps = useMemo(() => stepsForModel(model), [model]);
  const count = steps.length;
  const index = Math.min(Math.max(present ?? 1, 1), count);
  const step = steps[index - 1]!;
  const go = (n: number | null) => setPresent(n);

  useStepKeys(true, (action) => go(applyStep(index, count, action)));

  const countries = step.kind === 'section' ? step.countries : [];
  // A slide about a grouping (NATO) frames its members with the countries it names, and outlines it.
  const about = step.kind === 'section' ? step.region : null;
  // No places (the overview, the summary, a slide naming nothing) frames the world.
  const focusRequest = useMemo(
    () => ({ places: [...new Set([...countries, ...(about ? regionPlaces(model, about) : [])])], key: index }),
    [model, countries, about, index],
  );
  const outlines = useRegions(!!about, fetcher, base);
  const regions = useMemo(() => regionsForMap(outlines.regions, false, about), [outlines.regions, about]);
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
  return (
    <div ref={root} className="present" data-contrast={contrast}>
      <PresentControls step={index} count={count} root={root} onGo={go} />
      <main className="present-main" id="main" aria-labelledby="present-title">
        <div className="present-text">
          <StepContent step={step} model={model} lang={lang} sectionCount={sectionCount} />
        </div>
        <div className="present-map">
          <MapSlot
            model={model}
            lastResort={<p className="map-message">{t('map.error')}</p>}
            className="map"
            countries={model.data.countries}
            lang={lang}
            paint={paint}
            selected={null}
            hovered={null}
            regions={regions}
            highlightRegion={about}
            focusRequest={focusRequest}
            interactive={false}
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
