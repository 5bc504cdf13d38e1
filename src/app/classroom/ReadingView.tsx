import { Fragment, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Lang, LetterDocument, Mention, Passage } from '../../pipeline/types';
import { countryName, regionPlaces, type AtlasModel } from '../data/model';
import { segmentNode } from '../panel/PassageText';
import { useAtlas } from '../store/context';
import { formatDate } from './StepContent';
import { readingRuns } from './readingSegments';
import './classroom.css';

const anchorId = (docId: string, passageId: string) => `read-${docId}-${passageId}`.replace(/[^\w-]/g, '-');

interface Select {
  country: string | null;
  region: string | null;
  onMention(m: Mention): void;
  label(m: Mention): string | null;
}

function PassageBody({ doc, passage, sel }: { doc: LetterDocument; passage: Passage; sel: Select }) {
  const prefix = anchorId(doc.meta.id, passage.id);
  return (
    <p id={prefix} data-passage={passage.id}>
      {readingRuns(passage).map((run, i) => {
        const pieces = run.segments.map((s, j) => <Fragment key={j}>{segmentNode(s, prefix)}</Fragment>);
        const m = run.mention;
        const target = m ? sel.label(m) : null;
        if (!m || target === null) return <Fragment key={i}>{pieces}</Fragment>;
        const active = (!!m.iso2 && m.iso2 === sel.country) || (!!m.region && m.region === sel.region);
        // The name says where the button leads when the text uses another form ("Russische").
        const surface = run.segments.map((s) => s.text).join('');
        return (
          <button
            key={i}
            type="button"
            className="mention"
            data-kind={m.home ? 'home' : m.region ? 'region' : 'country'}
            data-active={active}
            aria-pressed={active}
            aria-label={target === surface ? undefined : `${surface} (${target})`}
            onClick={() => sel.onMention(m)}
          >
            {pieces}
          </button>
        );
      })}
    </p>
  );
}

function Head({ doc, lang }: { doc: LetterDocument; lang: Lang }) {
  const { t } = useTranslation();
  const { meta } = doc;
  return (
    <header className="reading-head">
      <h2 id={`${anchorId(meta.id, 'title')}`} lang="nl">
        {meta.title}
      </h2>
      <dl>
        {meta.kamerstuk && (
          <>
            <dt>{t('read.kamerstuk')}</dt>
            <dd>{meta.kamerstuk}</dd>
          </>
        )}
        {meta.date && (
          <>
            <dt>{t('read.date')}</dt>
            <dd>
              <time dateTime={meta.date}>{formatDate(meta.date, lang)}</time>
            </dd>
          </>
        )}
        {meta.place && (
          <>
            <dt>{t('read.place')}</dt>
            <dd>{meta.place}</dd>
          </>
        )}
        {meta.signatories.length > 0 && (
          <>
            <dt>{t('read.signatories')}</dt>
            {meta.signatories.map((s) => (
              <dd key={s.name} lang="nl">
                {s.name}, {s.role}
              </dd>
            ))}
          </>
        )}
      </dl>
    </header>
  );
}

/** The whole letter as text, every mention a button that selects its country or grouping. */
export function ReadingView({ model }: { model: AtlasModel }) {
  const { t } = useTranslation();
  const { country, region, lang } = useAtlas(useShallow((s) => ({ country: s.country, region: s.region, lang: s.lang })));
  const selectCountry = useAtlas((s) => s.selectCountry);
  const selectRegion = useAtlas((s) => s.selectRegion);
  const setRead = useAtlas((s) => s.setRead);
  const root = useRef<HTMLElement>(null);
  // A click in the text must not scroll the text away from where the reader is.
  const fromHere = useRef(false);

  const sel: Select = {
    country,
    region,
    label: (m) => {
      if (m.iso2) {
        const c = model.countryById.get(m.iso2);
        return c ? countryName(c, lang) : null;
      }
      const r = m.region ? model.regionById.get(m.region) : undefined;
      return r ? r.label[lang] : null;
    },
    onMention: (m) => {
      fromHere.current = true;
      if (m.iso2) selectCountry(m.iso2, { focus: true });
      else if (m.region) selectRegion(m.region, regionPlaces(model, m.region));
    },
  };

  useEffect(() => {
    if (fromHere.current) {
      fromHere.current = false;
      return;
    }
    // Scroll the letter only, never the page around it.
    const box = root.current;
    const first = box?.querySelector<HTMLElement>('.mention[data-active="true"]');
    if (!box || !first) return;
    const offset = first.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTop += offset - box.clientHeight / 2;
  }, [country, region]);

  const count = model.data.letters.documents
    .flatMap((d) => d.passages)
    .reduce((n, p) => n + p.mentions.filter((m) => (country && m.iso2 === country) || (region && m.region === region)).length, 0);
  const name = country ? sel.label({ iso2: country } as Mention) : region ? sel.label({ region } as Mention) : null;

  const textLang = lang === 'nl' ? undefined : 'nl';
  return (
    <section ref={root} className="reading" aria-labelledby="reading-label">
      <div className="reading-bar">
        <h2 id="reading-label" className="section-title">
          {t('read.label')}
        </h2>
        <button type="button" className="link-button" onClick={() => setRead(false)}>
          {t('read.close')}
        </button>
      </div>
      <p className="hint">{t('read.hint')}</p>
      {name && <p className="reading-found">{t('read.found', { count, name })}</p>}
      {model.data.letters.documents.map((doc) => (
        <article key={doc.meta.id} className="reading-doc" aria-labelledby={anchorId(doc.meta.id, 'title')}>
          <Head doc={doc} lang={lang} />
          <div lang={textLang}>
            {doc.sections.map((section) => {
              const passages = doc.passages.filter((p) => p.sectionPath[p.sectionPath.length - 1] === section.id);
              const Heading = section.level === 1 ? 'h3' : 'h4';
              return (
                <Fragment key={section.id}>
                  <Heading className="reading-section">{section.number ? `${section.number}. ${section.title}` : section.title}</Heading>
                  {passages.map((p) => (
                    <Fragment key={p.id}>
                      <PassageBody doc={doc} passage={p} sel={sel} />
                      {p.footnotes.length > 0 && (
                        <ol className="footnotes" aria-label={t('panel.footnotes')}>
                          {p.footnotes.map((f) => (
                            <li key={f.n} id={`${anchorId(doc.meta.id, p.id)}-fn-${f.n}`} value={f.n}>
                              {f.text}
                            </li>
                          ))}
                        </ol>
                      )}
                    </Fragment>
                  ))}
                </Fragment>
              );
            })}
          </div>
        </article>
      ))}
    </section>
  );
}
