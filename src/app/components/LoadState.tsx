import { useTranslation } from 'react-i18next';
import type { AtlasLoad } from '../data/useAtlasData';

export function LoadState({ load }: { load: Exclude<AtlasLoad, { status: 'ready' }> }) {
  const { t } = useTranslation();
  if (load.status === 'loading') return <p className="note" aria-busy="true">{t('load.loading')}</p>;
  return (
    <div role="alert" className="load-error">
      <p>
        {load.file
          ? load.malformed
            ? t('load.malformed', { file: load.file })
            : t('load.error', { file: load.file })
          : t('load.errorGeneric')}
      </p>
      <button type="button" onClick={load.retry}>
        {t('load.retry')}
      </button>
    </div>
  );
}
