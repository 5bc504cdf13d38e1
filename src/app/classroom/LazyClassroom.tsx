/** The classroom views load on demand: most visitors never present, read the whole letter or walk it. */
import { ChunkState } from '../components/ChunkState';
import type { RegionsCollection } from '../../map/contract';
import type { AtlasModel } from '../data/model';
import { onDemand } from '../onDemand';
import { useAtlas } from '../store/context';

const presentation = onDemand(() => import('./Presentation'));
const reading = onDemand(() => import('./ReadingView'));
const walkBar = onDemand(() => import('./WalkBar'));

export function Presentation({ model, loadRegions }: { model: AtlasModel; loadRegions: () => Promise<RegionsCollection> }) {
  const chunk = presentation.useModule(true);
  if (!chunk.module) return <ChunkState className="map-message" failed={chunk.failed} retry={chunk.retry} />;
  const View = chunk.module.Presentation;
  return <View model={model} loadRegions={loadRegions} />;
}

export function ReadingView({ model }: { model: AtlasModel }) {
  const chunk = reading.useModule(true);
  if (!chunk.module) return <ChunkState className="map-message" failed={chunk.failed} retry={chunk.retry} />;
  const View = chunk.module.ReadingView;
  return <View model={model} />;
}

/**
 * The walk strip (`walk=1`) loads when a walk starts. No placeholder while it loads: the
 * strip appears above the map either way, and its live region announces the passage once it
 * is in; a failed load says so.
 */
export function WalkBar({ model }: { model: AtlasModel }) {
  const walk = useAtlas((s) => s.walk);
  const chunk = walkBar.useModule(walk);
  if (walk && chunk.failed) return <ChunkState className="map-message" failed retry={chunk.retry} />;
  if (!walk || !chunk.module) return null;
  const View = chunk.module.WalkBar;
  return <View model={model} />;
}
