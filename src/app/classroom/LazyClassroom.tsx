/** The classroom views load on demand: most visitors never present or read the whole letter. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../data/model';

const PresentationView = lazy(() => import('./Presentation').then((m) => ({ default: m.Presentation })));
const ReadingPane = lazy(() => import('./ReadingView').then((m) => ({ default: m.ReadingView })));

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
