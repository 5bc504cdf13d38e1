import { useTranslation } from 'react-i18next';
import type { Lang } from '../../pipeline/types';

const LANGS: Lang[] = ['nl', 'en'];

interface Props {
  lang: Lang;
  onChange(lang: Lang): void;
  /** Hover or focus on a language: a hint to start loading its messages. */
  onIntent?(lang: Lang): void;
}

export function LanguageSwitch({ lang, onChange, onIntent }: Props) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('lang.label')} className="segmented">
      {LANGS.map((l) => (
        // Each language names itself, in its own language, so it can be found by those who need it.
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          onClick={() => onChange(l)}
          onPointerEnter={onIntent && l !== lang ? () => onIntent(l) : undefined}
          onFocus={onIntent && l !== lang ? () => onIntent(l) : undefined}
        >
          {t(`lang.${l}`, { lng: l })}
        </button>
      ))}
    </div>
  );
}
