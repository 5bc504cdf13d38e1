import './updatePrompt.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Activates the waiting service worker; the page reloads once it controls it. */
  onReload(): void;
  /** Hides the prompt for this visit (the new version waits until the next one). */
  onDismiss(): void;
}

/**
 * "A new version is available — Reload": a quiet status toast, not a dialog. It never takes
 * focus; screen readers hear it through the status region, keyboard users reach its two
 * buttons, and Escape inside it or "Later" dismisses it. It sits over the map's edge, so it is
 * marked data-map-cover: the map frames its subject clear of it.
 */
export function UpdatePrompt({ onReload, onDismiss }: Props) {
  const { t } = useTranslation();
  // The status region is in the page before its words, so screen readers announce them.
  const [said, say] = useState(false);
  useEffect(() => say(true), []);
  const [reloading, setReloading] = useState(false);
  // Dismissing hands focus back to where it came from, not to the page top.
  const cameFrom = useRef<HTMLElement | null>(null);
  const dismiss = () => {
    onDismiss();
    cameFrom.current?.focus();
  };
  return (
    <div
      className="update-toast"
      data-map-cover=""
      onFocus={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) cameFrom.current = e.relatedTarget instanceof HTMLElement ? e.relatedTarget : null;
      }}
      onKeyDown={(e) => e.key === 'Escape' && dismiss()}
    >
      <p role="status">{said ? t('update.available') : ''}</p>
      <button
        type="button"
        className="update-reload"
        aria-disabled={reloading}
        onClick={() => {
          if (reloading) return;
          setReloading(true);
          onReload();
        }}
      >
        {t('update.reload')}
      </button>
      <button type="button" className="link-button" onClick={dismiss}>
        {t('update.later')}
      </button>
    </div>
  );
}
