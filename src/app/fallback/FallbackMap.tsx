/**
 * The map where MapLibre cannot run: a note saying why, the SVG choropleth (its own lazy
 * chunk, so d3-geo costs nothing on the normal path) and the list one click away. If even
 * that chunk cannot load, the message and the list button remain: never a blank area.
 */
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { CountryPaint } from '../../map/contract';
import type { MapPalette } from '../../map/style';
import { ChunkState } from '../components/ChunkState';
import { MapErrorBoundary } from '../components/MapErrorBoundary';
import { onDemand } from '../onDemand';
import type { AtlasModel } from '../data/model';
import { useAtlas } from '../store/context';
import { svgCountryInfo, tabOrder } from './items';
import './fallback.css';

const svgMap = onDemand(() => import('./SvgMap'));

export type FallbackReason = 'no-webgl' | 'map-failed';

interface Props {
  model: AtlasModel;
  paint: ReadonlyMap<string, CountryPaint>;
  reason: FallbackReason;
  /** Shown if the SVG map cannot load either. */
  lastResort: ReactNode;
  palette?: MapPalette;
}

export function FallbackMap({ model, paint, reason, lastResort, palette }: Props) {
  const { t } = useTranslation();
  const chunk = svgMap.useModule(true);
  const SvgMap = chunk.module?.default;
  const { lang, themes, country, hovered } = useAtlas(
    useShallow((s) => ({ lang: s.lang, themes: s.themes, country: s.country, hovered: s.hovered })),
  );
  const selectCountry = useAtlas((s) => s.selectCountry);
  const clearSelection = useAtlas((s) => s.clearSelection);
  const setHovered = useAtlas((s) => s.setHovered);
  const setList = useAtlas((s) => s.setList);

  const info = useMemo(
    () =>
      svgCountryInfo(model, themes, lang, {
        mentions: (name, count) => t('fallback.mentions', { name, count }),
        viaOnly: (name, count) => t('fallback.viaOnly', { name, count }),
        home: (name) => t('fallback.home', { name }),
        notMentioned: (name) => t('fallback.notMentioned', { name }),
      }),
    [model, themes, lang, t],
  );
  const order = useMemo(() => tabOrder(info, lang), [info, lang]);

  return (
    <div className="fallback-map">
      <div className="fallback-note">
        <p>{reason === 'no-webgl' ? t('fallback.noWebgl') : t('fallback.mapFailed')}</p>
        <button type="button" onClick={() => setList(true)}>
          {t('map.toList')}
        </button>
      </div>
      <MapErrorBoundary fallback={lastResort}>
        {SvgMap ? (
          <SvgMap
            countries={model.data.countries}
            paint={paint}
            info={info}
            order={order}
            selected={country}
            hovered={hovered}
            label={t('fallback.label')}
            palette={palette}
            onSelect={(iso2) => (iso2 ? selectCountry(iso2) : clearSelection())}
            onHover={setHovered}
          />
        ) : (
          <ChunkState className="map-message" failed={chunk.failed} retry={chunk.retry} />
        )}
      </MapErrorBoundary>
    </div>
  );
}
