import { useTranslation } from 'react-i18next';
import type { Lang } from '../../pipeline/types';

const LANGS: Lang[] = ['nl', 'en'];

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange(lang: Lang): void }) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('lang.label')} className="segmented">
      {LANGS.map((l) => (
        // Each language names itself, in its own language, so it can be found by those who need it.
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => onChange(l)}>
          {t(`lang.${l}`, { lng: l })}
        </button>
      ))}
    </div>
  );
}
