import type { ReactNode } from 'react';
import AtlasMapView from '../../map/AtlasMapView';
import type { AtlasMapViewProps } from '../../map/contract';
import type { AtlasModel } from '../data/model';
import type { FallbackMap as FallbackMapType } from '../fallback/FallbackMap';
import { onDemand } from '../onDemand';
import { useAtlas } from '../store/context';
import { ChunkState } from './ChunkState';
import { MapErrorBoundary } from './MapErrorBoundary';

/** The SVG map's frame (note, list button) loads only where MapLibre cannot draw: no WebGL, or it failed. */
const fallbackMap = onDemand(() => import('../fallback/FallbackMap'));

function LazyFallback(props: Parameters<typeof FallbackMapType>[0]) {
  const chunk = fallbackMap.useModule(true);
  if (chunk.failed) return <>{props.lastResort}</>;
  if (!chunk.module) return <ChunkState className="map-message" failed={false} retry={chunk.retry} />;
  const { FallbackMap } = chunk.module;
  return <FallbackMap {...props} />;
}

interface Props extends AtlasMapViewProps {
  model: AtlasModel;
  /** Shown if even the SVG map cannot load. */
  lastResort: ReactNode;
}

/**
 * The one place that decides how a map is drawn, for every mode that shows one: MapLibre
 * where WebGL works, else — and when the map chunk or MapLibre fails — the SVG map.
 * Without WebGL MapLibre is never imported.
 */
export function MapSlot({ model, lastResort, ...map }: Props) {
  const webgl = useAtlas((s) => s.webgl);
  const svg = (reason: 'no-webgl' | 'map-failed') => <LazyFallback model={model} paint={map.paint} reason={reason} lastResort={lastResort} palette={map.palette} />;
  if (!webgl) return svg('no-webgl');
  return (
    <MapErrorBoundary fallback={svg('map-failed')}>
      <AtlasMapView detail={model.data.detail} {...map} />
    </MapErrorBoundary>
  );
}
