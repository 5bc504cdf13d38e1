import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryPaint, MapPointer, RegionsCollection } from '../../map/contract';
import type { MapPalette } from '../../map/style';
import type { AtlasModel } from '../data/model';
import { onDemand } from '../onDemand';
import { useAtlas } from '../store/context';
import { MapKeysHelp } from './MapKeysHelp';
import { MapSlot } from './MapSlot';
import './mapOverlays.css';

interface Props {
  model: AtlasModel;
  paint: ReadonlyMap<string, CountryPaint>;
  regions: RegionsCollection | null;
  /** Base-map colours (embeds in dark mode); a module constant, as a new object rebuilds the map. */
  palette?: MapPalette;
}

/** Only mouse and pen users see it, so it loads at the first hover. */
const tooltip = onDemand(() => import('./MapTooltip'));

export function MapArea({ model, paint, regions, palette }: Props) {
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
  // `interactive=0` only means something in an embed; the full app can always be panned.
  const interactive = useAtlas((s) => !s.embed || s.interactive);
  const webgl = useAtlas((s) => s.webgl);
  const setHighlighted = useAtlas((s) => s.setHighlighted);
  const [pointer, setPointer] = useState<MapPointer | null>(null);
  const MapTooltip = tooltip.useModule(!!pointer).module?.MapTooltip;

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
      {webgl && interactive && <MapKeysHelp />}
      <MapSlot
        model={model}
        lastResort={fallback}
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
        onPointer={setPointer}
        onHighlight={setHighlighted}
        onViewChange={setView}
        focusRequest={focusRequest}
        interactive={interactive}
        palette={palette}
      />
      {MapTooltip && <MapTooltip model={model} pointer={pointer} />}
    </div>
  );
}
