/** The classroom views load on demand: most visitors never present, read the whole letter or walk it. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../data/model';
import { useAtlas } from '../store/context';

const PresentationView = lazy(() => import('./Presentation').then((m) => ({ default: m.Presentation })));
const ReadingPane = lazy(() => import('./ReadingView').then((m) => ({ default: m.ReadingView })));
const WalkStrip = lazy(() => import('./WalkBar').then((m) => ({ default: m.WalkBar })));

function Loading() {
  const { t } = useTranslation();
  return <p className="map-message">{t('load.loading')}</p>;
}

export function Presentation({ model }: { model: AtlasModel }) {
  return (
    <Suspense fallback={<Loading />}>
      <PresentationView model={model} />
    </Suspense>
  );
}

export function ReadingView({ model }: { model: AtlasModel }) {
  return (
    <Suspense fallback={<Loading />}>
      <ReadingPane model={model} />
    </Suspense>
  );
}

/**
 * The walk strip (`walk=1`) loads when a walk starts. No placeholder: the strip appears
 * above the map either way, and its live region announces the passage once it is in.
 */
export function WalkBar({ model }: { model: AtlasModel }) {
  const walk = useAtlas((s) => s.walk);
  if (!walk) return null;
  return (
    <Suspense fallback={null}>
      <WalkStrip model={model} />
    </Suspense>
  );
}
