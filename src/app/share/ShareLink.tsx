import { useTranslation } from 'react-i18next';
import type { UrlState } from '../url/state';
import { CopyFallback } from './CopyFallback';
import { shareUrl } from './links';
import { useCopy } from './useCopy';
import { pageHref, useCurrentState } from './useLinks';

/** "Copy link" for the current view, confirmed on screen and to screen readers. */
export function ShareLink({ defaults }: { defaults: UrlState }) {
  const { t } = useTranslation();
  const current = useCurrentState();
  const { state, copy, reset } = useCopy();
  return (
    <div className="share-link">
      <button type="button" className="tool-button" onClick={() => void copy(shareUrl(pageHref(), current(), defaults))}>
        {t('share.copyLink')}
      </button>
      <span className="copy-status" aria-live="polite">
        {state.status === 'copied' ? t('share.linkCopied') : ''}
      </span>
      {state.status === 'manual' && (
        <div className="popover">
          <CopyFallback text={state.text} label={t('share.linkLabel')} />
          <button type="button" className="link-button" onClick={reset}>
            {t('share.close')}
          </button>
        </div>
      )}
    </div>
  );
}
