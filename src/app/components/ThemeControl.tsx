import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { ThemeFilter } from './ThemeFilter';

type Props = ComponentProps<typeof ThemeFilter>;

/**
 * The theme filter as a control over the map, not a permanent column: one button that says
 * what is chosen, opening the filter as a popover (a bottom sheet on phones, CSS). It stays
 * open while themes are toggled, so the map can be seen repainting beside or above it.
 */
export function ThemeControl(props: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const { themes, selected, lang } = props;

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !root.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const chosen = themes.filter((th) => selected.includes(th.id));
  const summary = chosen.length === 0 ? t('filter.summaryAll') : chosen.length === 1 ? chosen[0]!.label[lang] : t('filter.summaryCount', { count: chosen.length });

  return (
    <div
      ref={root}
      className="theme-control"
      data-open={open}
      // The button itself lies over the map's corner: framing keeps subjects clear of it too.
      data-map-cover=""
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button ref={toggle} type="button" className="theme-control-toggle" aria-expanded={open} aria-controls="theme-sheet" onClick={() => setOpen((o) => !o)}>
        <span className="theme-control-name">{t('filter.heading')}</span>{' '}
        <span className="theme-control-summary">{summary}</span>
        <span className="chevron" aria-hidden="true" />
      </button>
      <div id="theme-sheet" className="theme-sheet" hidden={!open} data-map-cover="">
        <ThemeFilter {...props} />
        <button type="button" className="theme-sheet-done" onClick={close}>
          {t('filter.done')}
        </button>
      </div>
    </div>
  );
}
