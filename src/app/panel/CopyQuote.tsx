import { useTranslation } from 'react-i18next';
import './journalist.css';
import { passageRef, sectionTitles, type AtlasModel, type PassageEntry } from '../data/model';
import { CopyFallback } from '../share/CopyFallback';
import { passageUrl } from '../share/links';
import { formatQuote } from '../share/quote';
import { useCopy } from '../share/useCopy';
import { pageHref, useCurrentState } from '../share/useLinks';
import { baseDefaults } from '../url/state';

/** The passage as a citation with a permalink: text, section, Kamerstuk reference. */
export function quoteFor(model: AtlasModel, entry: PassageEntry, url: string, lang: 'nl' | 'en'): string {
  const titles = sectionTitles(model, entry);
  const section = model.sectionById.get(passageRef(entry.doc.meta.id, entry.passage.sectionPath.at(-1) ?? ''));
  return formatQuote({
    text: entry.passage.text,
    passageId: entry.passage.id,
    section: section?.title ?? titles.at(-1) ?? entry.doc.meta.title,
    title: entry.doc.meta.title,
    kamerstuk: entry.doc.meta.kamerstuk,
    date: entry.doc.meta.date,
    url,
    lang,
  });
}

export function CopyQuote({ model, entry }: { model: AtlasModel; entry: PassageEntry }) {
  const { t } = useTranslation();
  const current = useCurrentState();
  const { state, copy } = useCopy();
  const onCopy = () => {
    const s = current();
    // The link leaves the language to the reader's browser, like any shared link without ?lang=.
    const url = passageUrl(pageHref(), s, baseDefaults(s.lang), entry.ref);
    void copy(quoteFor(model, entry, url, s.lang));
  };
  return (
    <div className="quote-tools">
      <button type="button" className="tool-link" onClick={onCopy} aria-describedby={`${idOf(entry)}-h`}>
        {t('quote.copy')}
      </button>
      <span className="copy-status" aria-live="polite">
        {state.status === 'copied' ? t('quote.copied') : ''}
      </span>
      {state.status === 'manual' && <CopyFallback text={state.text} label={t('quote.label')} multiline />}
    </div>
  );
}

/** Same id scheme as PassageList's article headings. */
export const idOf = (entry: PassageEntry) => `p-${entry.doc.meta.id}-${entry.passage.id}`.replace(/[^\w-]/g, '-');
