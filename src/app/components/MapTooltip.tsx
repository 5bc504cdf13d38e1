import { useTranslation } from 'react-i18next';
import type { MapPointer } from '../../map/contract';
import { countryReadout } from '../data/readout';
import type { AtlasModel } from '../data/model';
import { useAtlas } from '../store/context';

/** Groupings named in full before the rest are counted ("+2"). */
const MAX_GROUPS = 3;
const GAP_PX = 14;

/**
 * The country under the mouse and what the letter says about it under the chosen themes.
 * It sits beside the pointer on the side with more room, so it stays inside the map box,
 * and lets clicks through (pointer-events: none).
 */
export function MapTooltip({ model, pointer }: { model: AtlasModel; pointer: MapPointer | null }) {
  const { t } = useTranslation();
  const themes = useAtlas((s) => s.themes);
  const lang = useAtlas((s) => s.lang);
  const r = pointer && countryReadout(model, pointer.iso2, themes, lang);
  if (!pointer || !r) return null;
  const more = r.via.length - MAX_GROUPS;
  const names = r.via.slice(0, MAX_GROUPS).join(', ') + (more > 0 ? ` ${t('tip.more', { count: more })}` : '');
  const detail =
    r.kind === 'direct' ? t('panel.mentions', { count: r.count }) : r.kind === 'via' ? t('tip.via', { count: r.count, names }) : t(`tip.${r.kind}`);
  const dx = pointer.x > pointer.width / 2 ? `calc(-100% - ${GAP_PX}px)` : `${GAP_PX}px`;
  const dy = pointer.y > pointer.height / 2 ? `calc(-100% - ${GAP_PX}px)` : `${GAP_PX}px`;
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: pointer.x, top: pointer.y, transform: `translate(${dx}, ${dy})` }}>
      <strong>{r.name}</strong>
      <span>{detail}</span>
    </div>
  );
}
