import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChunkState } from '../components/ChunkState';
import type { AtlasModel } from '../data/model';
import { onDemand } from '../onDemand';
import type { UrlState } from '../url/state';
// With the menu, not the tools: the presentation's QR dialog uses the same dialog styles.
import './share.css';

/** Link, embed and download load when the menu is about to open (hover, focus, click). */
const tools = onDemand(() => import('./ShareTools'));
const prefetch = () => void tools.load().catch(() => {});

interface Props {
  model: AtlasModel;
  defaults: UrlState;
  base: string;
  /** On phones the header's "more" panel shows the tools inline: open there means shown. */
  shown: boolean;
}

/**
 * Link, embed and download are secondary on a wide screen: they fold behind one "Share"
 * disclosure so the header stays one row. On phones the whole "more" panel already folds
 * them, so there the disclosure button is hidden and the tools show inline (CSS).
 */
export function ShareMenu({ shown, ...props }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const chunk = tools.useModule(open || shown);
  const ShareTools = chunk.module?.ShareTools;
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
        // A popover inside (download choices, a manual copy field) closes first, on its own Escape.
        const nested = root.current?.querySelector('.popover:not([hidden])');
        if (e.key === 'Escape' && open && !nested && !document.querySelector('[role="dialog"]')) {
          setOpen(false);
          root.current?.querySelector<HTMLButtonElement>('.share-toggle')?.focus();
        }
      }}
    >
      <button
        type="button"
        className="share-toggle"
        aria-expanded={open}
        aria-controls="share-tools"
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => setOpen((o) => !o)}
      >
        {t('share.menu')}
        <span className="chevron" aria-hidden="true" />
      </button>
      <div id="share-tools" className="share-dropdown">
        {ShareTools ? <ShareTools {...props} /> : (open || shown) && <ChunkState className="hint" failed={chunk.failed} retry={chunk.retry} />}
      </div>
    </div>
  );
}
