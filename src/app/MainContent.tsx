import { useMemo, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Legend } from './choropleth/Legend';
import { computeChoropleth } from './choropleth/paint';
import { MapArea } from './components/MapArea';
import { ThemeControl } from './components/ThemeControl';
import { passagesPerTheme } from './data/counts';
import type { Fetcher } from './data/load';
import { regionPlaces, type AtlasModel } from './data/model';
import { regionsForMap, useRegions } from './hooks/useRegions';
import { ReadingView } from './classroom/LazyClassroom';
import { ChunkState } from './components/ChunkState';
import { compareChunk } from './letters/compareChunk';
import { onDemand } from './onDemand';
import { useAtlas } from './store/context';
import { useLetters } from './data/useLetters';

/** The map (or the list) with the theme control and the legend over it. */
export function MainContent({ model, fetcher, base }: { model: AtlasModel; fetcher: Fetcher; base: string }) {
  const { lang, list, themes, outlines, country, region } = useAtlas(
    useShallow((s) => ({ lang: s.lang, list: s.list, themes: s.themes, outlines: s.outlines, country: s.country, region: s.region })),
  );
  const toggleTheme = useAtlas((s) => s.toggleTheme);
  const showAllThemes = useAtlas((s) => s.showAllThemes);
  const setOutlines = useAtlas((s) => s.setOutlines);
  const selectCountry = useAtlas((s) => s.selectCountry);
  const selectRegion = useAtlas((s) => s.selectRegion);
  const { t } = useTranslation();

  const themeIds = useMemo(() => model.themes.map((th) => th.id), [model]);
  const perTheme = useMemo(() => passagesPerTheme(model), [model]);
  const choropleth = useMemo(() => computeChoropleth(model, themes), [model, themes]);
  // A selected region is outlined even with the outline layer off, so the map shows what the panel lists.
  const regions = useRegions((outlines || !!region) && !list, fetcher, base);
  const mapRegions = useMemo(() => regionsForMap(regions.regions, outlines, region), [regions.regions, outlines, region]);

  const read = useAtlas((s) => s.read);
  const compare = useAtlas((s) => s.compare);

  return (
    <>
      {read && <ReadingView model={model} />}
      <div className="stage" data-list={list}>
        <ThemeControl
          themes={model.themes}
          counts={perTheme}
          selected={themes}
          lang={lang}
          onToggle={(id) => toggleTheme(id, themeIds)}
          onAll={showAllThemes}
        />
        {list ? (
          <ListSlot
            model={model}
            themes={themes}
            lang={lang}
            selectedId={country ?? region}
            onSelect={(r) => (r.kind === 'country' ? selectCountry(r.id, { focus: true }) : selectRegion(r.id, regionPlaces(model, r.id)))}
          />
        ) : compare ? (
          <CompareSlot model={model} ids={compare} lang={lang} map={(paint) => <MapArea model={model} paint={paint} regions={mapRegions} />} />
        ) : (
          <>
            <MapArea model={model} paint={choropleth.paint} regions={mapRegions} />
            <Legend legend={choropleth.legend} outlines={outlines} onOutlines={setOutlines} />
            {regions.status === 'error' && <p className="note">{t('load.regionsError')}</p>}
          </>
        )}
      </div>
    </>
  );
}

/** The comparison's code and both letters (fetched unless in), with a retry if either fails. */
function CompareSlot(props: Omit<ComponentProps<typeof import('./letters/compareMode').CompareStage>, 'letters'>) {
  const chunk = compareChunk.useModule(true);
  const letters = useLetters(props.model.data, props.ids);
  if (!chunk.module || !letters.docs) {
    const failed = chunk.failed || letters.failed;
    return <ChunkState className="hint" failed={failed} retry={chunk.failed ? chunk.retry : letters.retry} />;
  }
  const { CompareStage } = chunk.module;
  return <CompareStage {...props} letters={letters.docs} />;
}

const listPane = onDemand(() => import('./list/ListPane'));

function ListSlot(props: ComponentProps<typeof import('./list/ListPane').ListPane>) {
  const chunk = listPane.useModule(true);
  if (!chunk.module) return <ChunkState className="list-view hint" failed={chunk.failed} retry={chunk.retry} />;
  const { ListPane } = chunk.module;
  return <ListPane {...props} />;
}
