import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { computeChoropleth } from './choropleth/paint';
import { Legend } from './choropleth/Legend';
import { CountrySearch } from './components/CountrySearch';
import { LanguageSwitch } from './components/LanguageSwitch';
import { LiveRegion } from './components/LiveRegion';
import { LoadState } from './components/LoadState';
import { MapArea } from './components/MapArea';
import { ThemeFilter } from './components/ThemeFilter';
import { ViewToggle } from './components/ViewToggle';
import { passagesPerTheme } from './data/counts';
import { regionView } from './data/regionView';
import type { Fetcher } from './data/load';
import type { AtlasModel } from './data/model';
import { useAtlasData } from './data/useAtlasData';
import { useAnnouncement } from './hooks/useAnnouncement';
import { regionsForMap, useRegions } from './hooks/useRegions';
import { buildRows } from './list/rows';
import { ListView } from './list/ListView';
import { Panel } from './panel/Panel';
import { buildSearchItems } from './search/searchIndex';
import { useAtlas, useAtlasStoreApi } from './store/context';
import { useUrlSync } from './hooks/useUrlSync';
import type { UrlState } from './url/state';

/** Shown before the data has arrived; the data's own reference replaces it. */
const KAMERSTUK = '36 800 V, nr. 103';

interface Props {
  fetcher: Fetcher;
  base: string;
  defaults: UrlState;
}

export function AppShell({ fetcher, base, defaults }: Props) {
  const { t } = useTranslation();
  const store = useAtlasStoreApi();
  const load = useAtlasData(fetcher, base);
  const model = load.status === 'ready' ? load.model : null;
  useUrlSync(store, defaults, model?.known ?? null);
  const message = useAnnouncement(model);

  const { lang, list } = useAtlas(useShallow((s) => ({ lang: s.lang, list: s.list })));
  const setLang = useAtlas((s) => s.setLang);
  const setList = useAtlas((s) => s.setList);
  const [sheetOpen, setSheetOpen] = useState(false);
  const kamerstuk = model?.data.atlas.documents[0]?.kamerstuk ?? KAMERSTUK;

  return (
    <>
      <a className="skip-link" href="#panel">
        {t('app.skipToPanel')}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">
            {t('app.subtitle')} · {t('app.kamerstuk', { ref: kamerstuk })}
          </p>
        </div>
        <div className="header-tools">
          {model && <Search model={model} />}
          <ViewToggle list={list} onChange={setList} />
          <LanguageSwitch lang={lang} onChange={setLang} />
        </div>
      </header>
      <div className="layout">
        <main id="main" className="main">
          {model ? <MainContent model={model} fetcher={fetcher} base={base} /> : <LoadState load={load as Exclude<typeof load, { status: 'ready' }>} />}
        </main>
        <aside id="panel" className="panel" aria-labelledby="panel-title" tabIndex={-1} data-open={sheetOpen}>
          <button type="button" className="sheet-handle" aria-expanded={sheetOpen} onClick={() => setSheetOpen((o) => !o)}>
            {sheetOpen ? t('panel.collapse') : t('panel.expand')}
          </button>
          <div className="panel-body">
            {model ? (
              <Panel model={model} />
            ) : (
              <>
                <h2 id="panel-title">{t('panel.emptyTitle')}</h2>
                <p>{t('panel.emptyIntro')}</p>
              </>
            )}
          </div>
        </aside>
      </div>
      <LiveRegion message={message} />
    </>
  );
}

function Search({ model }: { model: AtlasModel }) {
  const lang = useAtlas((s) => s.lang);
  const selectCountry = useAtlas((s) => s.selectCountry);
  const selectRegion = useAtlas((s) => s.selectRegion);
  const items = useMemo(() => buildSearchItems(model), [model]);
  return (
    <CountrySearch
      items={items}
      lang={lang}
      regionType={(id) => model.regionById.get(id)?.type}
      onChoose={(item) => (item.kind === 'country' ? selectCountry(item.id, { focus: true }) : selectRegion(item.id, regionView(model, item.id)))}
    />
  );
}

function MainContent({ model, fetcher, base }: { model: AtlasModel; fetcher: Fetcher; base: string }) {
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

  return (
    <>
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
            onSelect={(r) => (r.kind === 'country' ? selectCountry(r.id, { focus: true }) : selectRegion(r.id, regionView(model, r.id)))}
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
