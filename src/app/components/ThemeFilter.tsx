import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Theme } from '../../pipeline/types';

interface Props {
  themes: readonly Theme[];
  /** Passages per theme id. */
  counts: ReadonlyMap<string, number>;
  /** Empty = all. */
  selected: readonly string[];
  lang: Lang;
  onToggle(id: string): void;
  onAll(): void;
}

export function ThemeFilter({ themes, counts, selected, lang, onToggle, onAll }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="theme-filter" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="section-title">
        {t('filter.heading')}
      </h2>
      <p id={`${id}-hint`} className="hint">
        {t('filter.hint')}
      </p>
      <div role="group" aria-labelledby={`${id}-h`} aria-describedby={`${id}-hint`}>
        <div className="theme-item">
          <button type="button" className="theme-toggle" aria-pressed={selected.length === 0} onClick={onAll}>
            <span className="check" aria-hidden="true" />
            {t('filter.all')}
          </button>
        </div>
        {themes.map((th) => (
          <div key={th.id} className="theme-item">
            <button
              type="button"
              className="theme-toggle"
              aria-pressed={selected.includes(th.id)}
              aria-describedby={`${id}-${th.id}`}
              onClick={() => onToggle(th.id)}
            >
              <span className="check" aria-hidden="true" />
              <span className="swatch" style={{ background: th.colour }} aria-hidden="true" />
              <span className="theme-text">
                <span className="theme-label">{th.label[lang]}</span>{' '}
                <span className="count">{t('filter.passages', { count: counts.get(th.id) ?? 0 })}</span>
              </span>
            </button>
            <span id={`${id}-${th.id}`} className="theme-desc">
              {th.description[lang]}
            </span>
          </div>
        ))}
      </div>
    </section>
  );
}
