import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** When the clipboard is out of reach: the text, selected, ready for Ctrl+C. */
export function CopyFallback({ text, label, multiline = false }: { text: string; label: string; multiline?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  return (
    <div className="copy-fallback">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('share.copyByHand')}
      </p>
      {multiline ? (
        <textarea id={id} ref={ref} readOnly value={text} rows={5} aria-describedby={`${id}-hint`} onFocus={(e) => e.currentTarget.select()} />
      ) : (
        <input id={id} ref={ref} readOnly value={text} aria-describedby={`${id}-hint`} onFocus={(e) => e.currentTarget.select()} />
      )}
    </div>
  );
}
