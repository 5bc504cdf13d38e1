import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAtlas } from '../store/context';
import { QrDialog } from './QrDialog';

interface Props {
  step: number;
  count: number;
  /** What goes full screen. */
  root: RefObject<HTMLElement | null>;
  onGo(step: number | null): void;
}

function useFullscreen(): boolean {
  const [on, setOn] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement);
  useEffect(() => {
    const sync = () => setOn(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  return on;
}

/** Slim bar: where we are, back/forward, and the projector helpers. */
export function PresentControls({ step, count, root, onGo }: Props) {
  const { t } = useTranslation();
  const { contrast } = useAtlas(useShallow((s) => ({ contrast: s.contrast })));
  const setContrast = useAtlas((s) => s.setContrast);
  const fullscreen = useFullscreen();
  const [qrOpen, setQrOpen] = useState(false);

  // Only ever on a click: browsers refuse full screen without a user gesture.
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
    else void root.current?.requestFullscreen?.().catch(() => {});
  };

  return (
    <div className="present-bar" role="group" aria-label={t('present.controls')}>
      <p className="present-counter">
        <span aria-hidden="true">
          {step} / {count}
        </span>
        <span className="visually-hidden">{t('present.counter', { step, count })}</span>
      </p>
      <button type="button" onClick={() => onGo(Math.max(1, step - 1))} disabled={step <= 1}>
        <span aria-hidden="true">← </span>
        {t('present.prev')}
      </button>
      <button type="button" onClick={() => onGo(Math.min(count, step + 1))} disabled={step >= count}>
        {t('present.next')}
        <span aria-hidden="true"> →</span>
      </button>
      <span className="present-bar-spacer" />
      <button type="button" aria-pressed={contrast === 'high'} onClick={() => setContrast(contrast === 'high' ? 'normal' : 'high')}>
        {t('present.contrast')}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setQrOpen(true)}>
        {t('present.qr')}
      </button>
      <button type="button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
        {t('present.fullscreen')}
      </button>
      <button type="button" onClick={() => onGo(null)}>
        {t('present.exit')}
      </button>
      <p className="present-keys visually-hidden">{t('present.keys')}</p>
      <QrDialog url={qrOpen ? window.location.href : ''} open={qrOpen} onClose={() => setQrOpen(false)} />
    </div>
  );
}
