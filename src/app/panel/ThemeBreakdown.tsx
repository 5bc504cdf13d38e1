import { scaleLinear } from 'd3-scale';
import { useTranslation } from 'react-i18next';
import type { Lang, Theme, ThemeCounts } from '../../pipeline/types';

interface Props {
  counts: ThemeCounts;
  themes: readonly Theme[];
  lang: Lang;
  headingId: string;
}

/** Bars are decoration; the label and number beside each carry the information. */
export function ThemeBreakdown({ counts, themes, lang, headingId }: Props) {
  const { t } = useTranslation();
  const rows = themes.map((th) => ({ theme: th, value: counts[th.id] ?? 0 })).filter((r) => r.value > 0);
  if (rows.length === 0) return null;
  const width = scaleLinear()
    .domain([0, Math.max(...rows.map((r) => r.value))])
    .range([0, 100]);
  return (
    <section className="breakdown" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('panel.byTheme')}</h3>
      <ul>
        {rows.map(({ theme, value }) => (
          <li key={theme.id}>
            <span className="breakdown-label">{theme.label[lang]}</span>
            <span className="breakdown-track" aria-hidden="true">
              <span className="breakdown-bar" style={{ width: `${width(value)}%`, background: theme.colour }} />
            </span>
            <span className="breakdown-value">{value}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
