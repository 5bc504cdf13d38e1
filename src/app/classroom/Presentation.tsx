import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { RegionsCollection } from '../../map/contract';
import { computeChoropleth } from '../choropleth/paint';
import { MapSlot } from '../components/MapSlot';
import { countryName, regionPlaces, type AtlasModel } from '../data/model';
import { useAtlas } from '../store/context';
import { applyStep } from './keys';
import { highlightPaint, shapedCountries } from './paint';
import { PresentControls } from './PresentControls';
import { StepContent, stepTitle } from './StepContent';
import { stepsForModel } from './steps';
import { useFitText } from './useFitText';
import { useStepKeys } from './useStepKeys';
import './classroom.css';

const noop = () => {};
// One empty list for slides naming no countries, so the memos below keep their value.
const NO_COUNTRIES: readonly string[] = [];

interface Props {
  model: AtlasModel;
  /** regions.geojson, for the outline of a slide about a grouping (none: no outlines). */
  loadRegions?: () => Promise<RegionsCollection>;
}

/** The outline of one grouping, once the outlines have loaded (on the first slide that needs one). */
function useOutline(id: string | null, load: Props['loadRegions']): RegionsCollection | null {
  const [all, setAll] = useState<RegionsCollection | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (!id || !load || asked.current) return;
    asked.current = true;
    // Without outlines the slide still frames the members.
    load().then(setAll, () => undefined);
  }, [id, load]);
  return useMemo(() => {
    const features = all?.features.filter((f) => f.id === id || f.properties.id === id) ?? [];
    return all && features.length ? { ...all, features } : null;
  }, [all, id]);
}

/** Full-window presentation of the letter, one step per section; the step lives in the URL. */
export function Presentation({ model, loadRegions }: Props) {
  const { t } = useTranslation();
  const { present, contrast, lang } = useAtlas(useShallow((s) => ({ present: s.present, contrast: s.contrast, lang: s.lang })));
  const setPresent = useAtlas((s) => s.setPresent);
  const steps = useMemo(() => stepsForModel(model), [model]);
  const count = steps.length;
  const index = Math.min(Math.max(present ?? 1, 1), count);
  const step = steps[index - 1]!;
  const go = (n: number | null) => setPresent(n);

  useStepKeys(true, (action) => go(applyStep(index, count, action)));

  const countries = step.kind === 'section' ? step.countries : NO_COUNTRIES;
  // A slide about a grouping (NATO) frames its members with the countries it names, and outlines it.
  const about = step.kind === 'section' ? step.region : null;
  // No places (the overview, the summary, a slide naming nothing) frames the world.
  const focusRequest = useMemo(
    () => ({ places: [...new Set([...countries, ...(about ? regionPlaces(model, about) : [])])], key: index }),
    [model, countries, about, index],
  );
  const regions = useOutline(about, loadRegions);
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
