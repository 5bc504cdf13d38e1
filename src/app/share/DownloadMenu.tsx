import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../data/model';
import { ChunkState } from '../components/ChunkState';
import { onDemand } from '../onDemand';

interface Props {
  model: AtlasModel;
  /** Where data/ lives, relative to the page. */
  base: string;
}

// The menu's contents load when it first opens (or the pointer or focus reaches its button).
const options = onDemand(() => import('./DownloadOptions'));
const prefetch = () => void options.load().catch(() => {});

/** Images of the current view and the data files behind the atlas, in one disclosure. */
export function DownloadMenu({ model, base }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  // Once opened, the contents stay mounted, so an export keeps running with the menu closed.
  const [opened, setOpened] = useState(false);
  const [message, setMessage] = useState('');
  const wrap = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const chunk = options.useModule(opened);
  const DownloadOptions = chunk.module?.DownloadOptions;

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

  return (
    <div className="download-menu" ref={wrap}>
      <button
        ref={toggleRef}
        type="button"
        className="tool-button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => {
          setOpened(true);
          setOpen((o) => !o);
        }}
      >
        {t('download.button')}
      </button>
      <div id={`${id}-menu`} className="popover download-popover" hidden={!open}>
        {opened &&
          (DownloadOptions ? (
            <DownloadOptions model={model} base={base} announce={setMessage} />
          ) : (
            <ChunkState className="hint" failed={chunk.failed} retry={chunk.retry} />
          ))}
      </div>
      <span className="download-status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
