import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { qrPath } from './qr';

interface Props {
  url: string;
  open: boolean;
  onClose(): void;
}

/** A native modal dialog: the browser traps focus and closes it on Esc; focus goes back to the opener. */
export function QrDialog({ url, open, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const qr = useMemo(() => (open ? qrPath(url) : null), [open, url]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  // Esc, the button and an outside close all end in the dialog's 'close' event.
  const onClosed = () => {
    onClose();
    if (opener.current instanceof HTMLElement) opener.current.focus();
  };
  const close = () => {
    const dialog = ref.current;
    if (dialog && typeof dialog.close === 'function') dialog.close();
    else onClosed();
  };

  return (
    <dialog ref={ref} className="qr-dialog" aria-labelledby="qr-title" onClose={onClosed}>
      <h2 id="qr-title">{t('present.qrTitle')}</h2>
      {qr && (
        <svg className="qr-code" viewBox={`-4 -4 ${qr.size + 8} ${qr.size + 8}`} role="img" aria-label={t('present.qrImage')} shapeRendering="crispEdges">
          <rect x={-4} y={-4} width={qr.size + 8} height={qr.size + 8} fill="#ffffff" />
          <path d={qr.d} fill="#000000" />
        </svg>
      )}
      <p>{t('present.qrHint')}</p>
      <p className="qr-url">{url}</p>
      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- in a modal <dialog>, autofocus is how HTML picks the first focus */}
      <button type="button" onClick={close} autoFocus>
        {t('present.close')}
      </button>
    </dialog>
  );
}
