import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Mention } from '../../pipeline/types';
import { sectionTitles, type AtlasModel, type PassageEntry } from '../data/model';
import { useAtlas } from '../store/context';
import { WalkFromHere } from '../classroom/WalkFromHere';
import { CopyQuote, idOf } from './CopyQuote';
import { PassageText } from './PassageText';
import { ThemeChips } from './ThemeChips';

interface Props {
  entries: readonly PassageEntry[];
  model: AtlasModel;
  lang: Lang;
  /** Which mentions to highlight in each passage. */
  isMarked: (m: Mention) => boolean;
  /** The passages' heading level: 5 under a letter's own heading (two letters side by side). */
  level?: 4 | 5;
  /** Offer "walk from here" (not beside another letter: a walk follows the letter the map shows). */
  walk?: boolean;
}

export function PassageList({ entries, model, lang, isMarked, level = 4, walk = true }: Props) {
  const Heading = `h${level}` as const;
  const { t } = useTranslation();
  // The passages are quoted in their source language.
  const textLang = lang === 'nl' ? undefined : 'nl';
  // A permalinked passage (?passage=) is scrolled to and marked, in words as well as colour.
  const linked = useAtlas((s) => s.passage);
  const linkedEntry = entries.find((e) => e.ref === linked);
  const linkedRef = linkedEntry?.ref ?? null;
  const scrollToLinked = useEffectEvent(() => {
    const el = linkedEntry ? document.getElementById(`${idOf(linkedEntry)}-h`) : null;
    // A passage reached only through a region sits in a closed disclosure: open it first.
    const details = el?.closest('details');
    if (details && !details.open) details.open = true;
    el?.scrollIntoView?.({ block: 'start' });
  });
  // Scroll once per linked passage, not on every render.
  useEffect(() => scrollToLinked(), [linkedRef]);
  return (
    <ol className="passages">
      {entries.map((entry) => {
        const { passage } = entry;
        const idPrefix = `p-${entry.doc.meta.id}-${passage.id}`.replace(/[^\w-]/g, '-');
        const titles = sectionTitles(model, entry);
        return (
          <li key={entry.ref}>
            <article className={entry.ref === linkedRef ? 'passage passage-linked' : 'passage'} aria-labelledby={`${idPrefix}-h`}>
              {entry.ref === linkedRef && <p className="linked-label">{t('quote.linked')}</p>}
              <Heading id={`${idPrefix}-h`} className="passage-heading" lang={textLang}>
                {titles.join(' › ') || t('panel.source', { id: passage.id })}
              </Heading>
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
              <CopyQuote model={model} entry={entry} />
              {walk && <WalkFromHere model={model} entry={entry} />}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
