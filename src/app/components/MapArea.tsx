import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryPaint, RegionsCollection } from '../../map/contract';
import type { AtlasModel } from '../data/model';
import { useAtlas } from '../store/context';
import { MapErrorBoundary } from './MapErrorBoundary';

// Lazy, so the header and panel text render before the MapLibre chunk arrives.
const AtlasMapView = lazy(() => import('../../map/AtlasMapView'));

interface Props {
  model: AtlasModel;
  paint: ReadonlyMap<string, CountryPaint>;
  regions: RegionsCollection | null;
}

export function MapArea({ model, paint, regions }: Props) {
  const { t } = useTranslation();
  const lang = useAtlas((s) => s.lang);
  const country = useAtlas((s) => s.country);
  const region = useAtlas((s) => s.region);
  const hovered = useAtlas((s) => s.hovered);
  const view = useAtlas((s) => s.view);
  const focusRequest = useAtlas((s) => s.focusRequest);
  const selectCountry = useAtlas((s) => s.selectCountry);
  const clearSelection = useAtlas((s) => s.clearSelection);
  const setHovered = useAtlas((s) => s.setHovered);
  const setView = useAtlas((s) => s.setView);
  const setList = useAtlas((s) => s.setList);

  const onSelect = useCallback((iso2: string | null) => (iso2 ? selectCountry(iso2) : clearSelection()), [selectCountry, clearSelection]);

  const fallback = (
    <div className="map-message" role="alert">
      <p>{t('map.error')}</p>
      <button type="button" onClick={() => setList(true)}>
        {t('map.toList')}
      </button>
    </div>
  );

  return (
    <div className="map-area">
      <MapErrorBoundary fallback={fallback}>
        <Suspense fallback={<p className="map-message">{t('map.loading')}</p>}>
          <AtlasMapView
            className="map"
            countries={model.data.countries}
            lang={lang}
            paint={paint}
            selected={country}
            hovered={hovered}
            regions={regions}
            highlightRegion={region}
            view={view ?? undefined}
            label={t('map.label')}
            onHover={setHovered}
            onSelect={onSelect}
            onViewChange={setView}
            focusRequest={focusRequest}
          />
        </Suspense>
      </MapErrorBoundary>
    </div>
  );
}
