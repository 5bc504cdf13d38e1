import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

interface Props {
  titleId: string;
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, iframe, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: focus moves in and is kept in (Tab wraps), Esc closes, focus returns to
 * what opened it, and the page behind is inert for pointer, keyboard and screen reader.
 */
export function Modal({ titleId, title, onClose, children, className }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    ref.current?.querySelector<HTMLElement>('h2')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      root?.removeAttribute('inert');
      opener?.focus();
    };
  }, []);

  const edge = (which: 'first' | 'last') => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter((el) => !el.closest('[hidden]') && !el.classList.contains('focus-guard'));
    (which === 'first' ? items[0] : items[items.length - 1])?.focus();
  };

  return createPortal(
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- a pointer shortcut; Escape and the close button serve the keyboard
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={titleId} className={`modal ${className ?? ''}`}>
        {/* Focus guards: Tab past either end wraps around, so focus never leaves the dialog. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a focus guard must take focus */}
        <span tabIndex={0} className="focus-guard" onFocus={() => edge('last')} />
        <div className="modal-head">
          <h2 id={titleId} tabIndex={-1}>
            {title}
          </h2>
          <button type="button" className="modal-close" onClick={onClose}>
            {t('share.close')}
          </button>
        </div>
        {children}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a focus guard must take focus */}
        <span tabIndex={0} className="focus-guard" onFocus={() => edge('first')} />
      </div>
    </div>,
    document.body,
  );
}
