import { useTranslation } from 'react-i18next';
import type { Lang, Theme, ThemeReason } from '../../pipeline/types';

interface Props {
  themeIds: readonly string[];
  reasons: readonly ThemeReason[];
  themeById: ReadonlyMap<string, Theme>;
  lang: Lang;
}

/** Each chip says why the theme applies, so a reader can judge the tagging. */
export function ThemeChips({ themeIds, reasons, themeById, lang }: Props) {
  const { t } = useTranslation();
  // The matched heading or keyword is Dutch source text, whatever the UI language.
  const matchLang = lang === 'nl' ? undefined : 'nl';
  const reason = (r: ThemeReason, i: number) => (
    <span key={i} className="chip-reason">
      {i > 0 ? '; ' : ': '}
      {r.via === 'section' ? t('panel.reasonSection') : t('panel.reasonKeyword')} “<span lang={matchLang}>{r.match}</span>”
    </span>
  );
  return (
    <ul className="chips" aria-label={t('panel.themes')}>
      {themeIds.map((id) => {
        const theme = themeById.get(id);
        if (!theme) return null;
        const why = reasons.filter((r) => r.theme === id);
        return (
          <li key={id} className="chip">
            <span className="swatch" style={{ background: theme.colour }} aria-hidden="true" />
            <span className="chip-label">{theme.label[lang]}</span>
            {why.map(reason)}
          </li>
        );
      })}
    </ul>
  );
}
