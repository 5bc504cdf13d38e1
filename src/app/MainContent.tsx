import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Legend } from './choropleth/Legend';
import { computeChoropleth } from './choropleth/paint';
import { MapArea } from './components/MapArea';
import { ThemeFilter } from './components/ThemeFilter';
import { passagesPerTheme } from './data/counts';
import type { Fetcher } from './data/load';
import { regionPlaces, type AtlasModel } from './data/model';
import { regionsForMap, useRegions } from './hooks/useRegions';
import { ReadingView } from './classroom/LazyClassroom';
import { ListView } from './list/ListView';
import { buildRows } from './list/rows';
import { useAtlas } from './store/context';

/** Theme filter beside the map (with its legend) or the list. */
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
  const rows = useMemo(() => (list ? buildRows(model, themes, lang) : []), [list, model, themes, lang]);
  // A selected region is outlined even with the outline layer off, so the map shows what the panel lists.
  const regions = useRegions((outlines || !!region) && !list, fetcher, base);
  const mapRegions = useMemo(() => regionsForMap(regions.regions, outlines, region), [regions.regions, outlines, region]);

  const read = useAtlas((s) => s.read);

  return (
    <>
      {read && <ReadingView model={model} />}
      <div className="sidebar">
        <ThemeFilter
          themes={model.themes}
          counts={perTheme}
          selected={themes}
          lang={lang}
          onToggle={(id) => toggleTheme(id, themeIds)}
          onAll={showAllThemes}
        />
      </div>
      <div className="stage">
        {list ? (
          <ListView
            rows={rows}
            lang={lang}
            selectedId={country ?? region}
            onSelect={(r) => (r.kind === 'country' ? selectCountry(r.id, { focus: true }) : selectRegion(r.id, regionPlaces(model, r.id)))}
          />
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
