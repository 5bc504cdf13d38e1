/**
 * The atlas inside someone else's page (`?embed=1`): the map, the legend, a card when a
 * country is chosen, and whatever `controls=` adds; a credit line and a way out to the full
 * view. The page is as tall as planned for its width (src/embed/size.ts), whatever is chosen:
 * the map takes the room the rest leaves. It reports that height to the host
 * (src/embed/childResizer.ts).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { darkPalette, lightPalette } from '../../map/style';
import { startChildResizer } from '../../embed/childResizer';
import { Legend } from '../choropleth/Legend';
import { computeChoropleth } from '../choropleth/paint';
import { MethodButton } from '../method/MethodButton';
import { LiveRegion } from '../components/LiveRegion';
import { LoadState } from '../components/LoadState';
import { MapArea } from '../components/MapArea';
import { ThemeFilter } from '../components/ThemeFilter';
import { passagesPerTheme } from '../data/counts';
import type { Fetcher } from '../data/load';
import { useAtlasSession } from '../hooks/useAtlasSession';
import { regionsForMap, useRegions } from '../hooks/useRegions';
import { SearchBox } from '../SearchBox';
import { viewUrl } from '../share/links';
import { useAtlas } from '../store/context';
import { selectUrlState } from '../store/store';
import { shownControls } from '../url/embed';
import type { UrlState } from '../url/state';
import { sourcesLine } from '../letters/compare';
import { EmbedCard } from './EmbedCard';
import { EmbedCompare } from './EmbedCompare';
import { useColourScheme } from './useColourScheme';
import { usePlannedHeight } from './usePlannedHeight';
import './embed.css';

interface Props {
  fetcher: Fetcher;
  base: string;
  defaults: UrlState;
}


export function EmbedShell({ fetcher, base, defaults }: Props) {
  const { t } = useTranslation();
  const { load, model, compared, message, letter, switcher } = useAtlasSession(fetcher, base, defaults);
  const state = useAtlas(useShallow(selectUrlState));
  const { outlines, toggleTheme, showAllThemes, setOutlines, clearSelection } = useAtlas(
    useShallow((s) => ({ outlines: s.outlines, toggleTheme: s.toggleTheme, showAllThemes: s.showAllThemes, setOutlines: s.setOutlines, clearSelection: s.clearSelection })),
  );
  const scheme = useColourScheme(state.scheme);
  const palette = scheme === 'dark' ? darkPalette : lightPalette;
  const controls = shownControls(state);
  const height = usePlannedHeight();
  const mapBox = useRef<HTMLDivElement>(null);

  // The host page sizes the iframe to our content, so the document must be as tall as it, not 100%.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.embed = '1';
    root.dataset.scheme = scheme;
    root.style.colorScheme = scheme;
  }, [scheme]);
  useEffect(() => startChildResizer({ search: window.location.search, target: window.parent === window ? null : window.parent, body: document.body }), []);

  const themeIds = useMemo(() => model?.themes.map((th) => th.id) ?? [], [model]);
  const perTheme = useMemo(() => (model ? passagesPerTheme(model) : new Map<string, number>()), [model]);
  const choropleth = useMemo(() => (model ? computeChoropleth(model, state.themes, palette) : null), [model, state.themes, palette]);
  const regions = useRegions(outlines || !!state.region, fetcher, base);
  const mapRegions = useMemo(() => regionsForMap(regions.regions, outlines, state.region), [regions.regions, outlines, state.region]);

  const full = viewUrl(window.location.href, state, defaults);
  const hasSelection = !!(state.country || state.region || state.passage);
  // Two letters compared (their code is in once the letters' is): the map by change, the card with both.
  const [from, to] = compared?.map((m) => m.letter) ?? [];
  const comparing = state.compare && switcher && compared && from && to ? { ids: state.compare, letters: [from, to], models: compared } : null;
  const credit = comparing && from && to ? sourcesLine(from, to, t) : t('embed.credit', { title: letter.title, kamerstuk: letter.kamerstuk });
  // The card goes away with its content: keyboard users continue on the map, not the page top.
  const closeCard = useCallback(() => {
    clearSelection();
    mapBox.current?.querySelector<HTMLElement>('canvas, [tabindex="0"]')?.focus();
  }, [clearSelection]);

  return (
    <div className="embed-shell" data-scheme={scheme} style={{ minHeight: `${height}px` }}>
      <h1 className="visually-hidden">{t('embed.heading')}</h1>
      {model && (controls.has('search') || controls.has('filter')) && (
        <div className="embed-tools">
          {controls.has('search') && <SearchBox model={model} />}
          {controls.has('filter') && (
            <details className="embed-filter">
              <summary>{t('filter.heading')}</summary>
              <ThemeFilter themes={model.themes} counts={perTheme} selected={state.themes} lang={state.lang} onToggle={(id) => toggleTheme(id, themeIds)} onAll={showAllThemes} />
            </details>
          )}
        </div>
      )}
      <main className="embed-main">
        {model && choropleth ? (
          <>
            {comparing ? (
              <EmbedCompare
                model={model}
                letters={comparing.letters}
                ids={comparing.ids}
                lang={state.lang}
                legend={controls.has('legend')}
                mapRef={mapBox}
                map={(paint) => <MapArea model={model} paint={paint} regions={mapRegions} palette={palette} />}
              />
            ) : (
              <>
                <div className="embed-map" ref={mapBox}>
                  <MapArea model={model} paint={choropleth.paint} regions={mapRegions} palette={palette} />
                </div>
                {controls.has('legend') && (
                  <div className="embed-legend" data-map-cover="">
                    <Legend legend={choropleth.legend} outlines={outlines} onOutlines={setOutlines} />
                  </div>
                )}
              </>
            )}
            {controls.has('panel') && hasSelection && <EmbedCard model={model} compared={comparing?.models} fullHref={full} onClose={closeCard} />}
          </>
        ) : (
          <LoadState load={load as Exclude<typeof load, { status: 'ready' }>} />
        )}
      </main>
      <footer className="embed-credit">
        <p>
          {credit}
          {' · '}
          <a href={full} target="_blank" rel="noopener">
            {t('embed.openFull')} <span className="visually-hidden">{t('embed.newWindow')}</span>
          </a>
          {' · '}
          <MethodButton letter={letter} base={base} className="link-button" />
        </p>
      </footer>
      <LiveRegion message={message} />
    </div>
  );
}
