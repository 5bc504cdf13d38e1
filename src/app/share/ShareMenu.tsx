import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../data/model';
import type { UrlState } from '../url/state';
import { ShareTools } from './ShareTools';

interface Props {
  model: AtlasModel;
  defaults: UrlState;
  base: string;
}

/**
 * Link, embed and download are secondary on a wide screen: they fold behind one "Share"
 * disclosure so the header stays one row. On phones the whole "more" panel already folds
 * them, so there the disclosure button is hidden and the tools show inline (CSS).
 */
export function ShareMenu(props: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      // Dialogs opened from the menu (embed builder) live elsewhere in the DOM and close themselves.
      if (e.target instanceof Node && !root.current?.contains(e.target) && !document.querySelector('[role="dialog"]')) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  return (
    <div
      ref={root}
      className="share-menu"
      data-open={open}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open && !document.querySelector('[role="dialog"]')) {
          setOpen(false);
          root.current?.querySelector<HTMLButtonElement>('.share-toggle')?.focus();
        }
      }}
    >
      <button type="button" className="share-toggle" aria-expanded={open} aria-controls="share-tools" onClick={() => setOpen((o) => !o)}>
        {t('share.menu')}
        <span className="chevron" aria-hidden="true" />
      </button>
      <div id="share-tools" className="share-dropdown">
        <ShareTools {...props} />
      </div>
    </div>
  );
}
