import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../data/model';
import { useCurrentState } from './useLinks';

interface Props {
  model: AtlasModel;
  /** Where data/ lives, relative to the page. */
  base: string;
}

type Busy = null | 'png1' | 'png2' | 'svg';

/** Images of the current view and the data files behind the atlas, in one disclosure. */
export function DownloadMenu({ model, base }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const current = useCurrentState();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState('');
  const wrap = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      toggleRef.current?.focus();
    };
    const onDown = (e: MouseEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [open]);

  const run = async (kind: Exclude<Busy, null>) => {
    setBusy(kind);
    setMessage(t('download.working'));
    try {
      // The renderer (d3-geo) is only loaded for an export.
      const { exportView } = await import('./exportImage');
      const name = await exportView(model, current(), t, kind === 'svg' ? 'svg' : 'png', kind === 'png2' ? 2 : 1);
      setMessage(t('download.done', { name }));
    } catch {
      setMessage(t('download.failed'));
    } finally {
      setBusy(null);
      // The confirmation sits over the page; it has been read out by then.
      setTimeout(() => setMessage(''), 6000);
    }
  };

  return (
    <div className="download-menu" ref={wrap}>
      <button ref={toggleRef} type="button" className="tool-button" aria-expanded={open} aria-controls={`${id}-menu`} onClick={() => setOpen((o) => !o)}>
        {t('download.button')}
      </button>
      <div id={`${id}-menu`} className="popover download-popover" hidden={!open}>
        <h2 className="section-title" id={`${id}-img`}>
          {t('download.image')}
        </h2>
        <ul aria-labelledby={`${id}-img`}>
          <li>
            <button type="button" className="link-button" disabled={busy !== null} onClick={() => void run('png1')}>
              {t('download.png', { scale: 1 })}
            </button>
          </li>
          <li>
            <button type="button" className="link-button" disabled={busy !== null} onClick={() => void run('png2')}>
              {t('download.png', { scale: 2 })}
            </button>
          </li>
          <li>
            <button type="button" className="link-button" disabled={busy !== null} onClick={() => void run('svg')}>
              {t('download.svg')}
            </button>
          </li>
        </ul>
        <h2 className="section-title" id={`${id}-data`}>
          {t('download.data')}
        </h2>
        <ul aria-labelledby={`${id}-data`}>
          <li>
            <a href={`${base}data/mentions.csv`} download="mentions.csv">
              {t('download.csv')}
            </a>
          </li>
          <li>
            <a href={`${base}data/letters.json`} download="letters.json">
              {t('download.json')}
            </a>
          </li>
        </ul>
        <p className="hint">{t('download.licence')}</p>
      </div>
      <span className="download-status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
