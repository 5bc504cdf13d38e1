import { useTranslation } from 'react-i18next';
import type { Lang, Mention } from '../../pipeline/types';
import { sectionTitles, type AtlasModel, type PassageEntry } from '../data/model';
import { PassageText } from './PassageText';
import { ThemeChips } from './ThemeChips';

interface Props {
  entries: readonly PassageEntry[];
  model: AtlasModel;
  lang: Lang;
  /** Which mentions to highlight in each passage. */
  isMarked: (m: Mention) => boolean;
}

export function PassageList({ entries, model, lang, isMarked }: Props) {
  const { t } = useTranslation();
  // The passages are quoted in their source language.
  const textLang = lang === 'nl' ? undefined : 'nl';
  return (
    <ol className="passages">
      {entries.map((entry) => {
        const { passage } = entry;
        const idPrefix = `p-${entry.doc.meta.id}-${passage.id}`.replace(/[^\w-]/g, '-');
        const titles = sectionTitles(model, entry);
        return (
          <li key={entry.ref}>
            <article className="passage" aria-labelledby={`${idPrefix}-h`}>
              <h4 id={`${idPrefix}-h`} className="passage-heading" lang={textLang}>
                {titles.join(' › ') || t('panel.source', { id: passage.id })}
              </h4>
              <p lang={textLang}>
                <PassageText text={passage.text} spans={passage.spans} marks={passage.mentions.filter(isMarked)} idPrefix={idPrefix} />
              </p>
              {passage.footnotes.length > 0 && (
                <ol className="footnotes" aria-label={t('panel.footnotes')} lang={textLang}>
                  {passage.footnotes.map((f) => (
                    <li key={f.n} id={`${idPrefix}-fn-${f.n}`} value={f.n}>
                      {f.text}
                    </li>
                  ))}
                </ol>
              )}
              <ThemeChips themeIds={passage.themes} reasons={passage.themeReasons} themeById={model.themeById} lang={lang} />
            </article>
          </li>
        );
      })}
    </ol>
  );
}
