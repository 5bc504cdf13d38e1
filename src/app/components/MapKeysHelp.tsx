import { Fragment, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const ROWS = [
  ['arrowsKey', 'arrows'],
  ['selectKey', 'select'],
  ['clearKey', 'clear'],
  ['zoomKey', 'zoom'],
  ['panKey', 'pan'],
] as const;

/**
 * The map's keys (src/map/keyboard.ts) behind a small button over the map. A disclosure,
 * not a dialog: it stays open while the keys are tried on the map, until the button or
 * Esc (inside it; focus returns to the button) closes it.
 */
export function MapKeysHelp() {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  return (
    <div
      className="map-keys"
      data-map-cover=""
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button ref={button} type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {t('keys.button')}
      </button>
      <dl id={id} hidden={!open}>
        {ROWS.map(([key, what]) => (
          <Fragment key={key}>
            <dt>
              <kbd>{t(`keys.${key}`)}</kbd>
            </dt>
            <dd>{t(`keys.${what}`)}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
