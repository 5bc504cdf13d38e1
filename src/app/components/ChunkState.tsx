import { useTranslation } from 'react-i18next';

/**
 * Stands in for a part of the page whose code is still arriving (see onDemand.ts): "loading",
 * or, when the chunk could not be fetched (offline), a message with a retry.
 */
export function ChunkState({ failed, retry, className }: { failed: boolean; retry(): void; className: string }) {
  const { t } = useTranslation();
  if (!failed) {
    return (
      <p className={className} role="status">
        {t('panel.loading')}
      </p>
    );
  }
  return (
    <p className={className} role="alert">
      {t('panel.loadFailed')}{' '}
      <button type="button" className="link-button" onClick={retry}>
        {t('load.retry')}
      </button>
    </p>
  );
}
