import { useTranslation } from 'react-i18next';
import type { Lang } from '../../pipeline/types';
import { passagesPerTheme, topCountries } from '../data/counts';
import { countryName, type AtlasModel } from '../data/model';
import { PassageText } from '../panel/PassageText';
import type { SectionStep, Step } from './steps';

export const formatDate = (iso: string | null, lang: Lang): string | null =>
  iso ? new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)) : null;

/** The visible title of a step, also used for the announcement. */
export function stepTitle(step: Step, model: AtlasModel, t: (k: 'present.overview' | 'present.summary') => string): string {
  if (step.kind === 'section') return step.titles[step.titles.length - 1] ?? step.section.title;
  if (step.kind === 'summary') return t('present.summary');
  return model.letter?.meta.title ?? t('present.overview');
}

export function StepContent({ step, model, lang, sectionCount }: { step: Step; model: AtlasModel; lang: Lang; sectionCount: number }) {
  if (step.kind === 'section') return <SectionContent step={step} model={model} lang={lang} />;
  if (step.kind === 'summary') return <SummaryContent model={model} lang={lang} />;
  return <OverviewContent model={model} lang={lang} sectionCount={sectionCount} />;
}

function OverviewContent({ model, lang, sectionCount }: { model: AtlasModel; lang: Lang; sectionCount: number }) {
  const { t } = useTranslation();
  const meta = model.letter?.meta;
  const named = [...model.countryById.values()].filter((c) => !c.home && (c.direct.all ?? 0) > 0).length;
  return (
    <>
      <p className="present-kicker">{t('present.overview')}</p>
      <h1 id="present-title" tabIndex={-1} lang="nl">
        {meta?.title}
      </h1>
      <p className="present-lead">
        {meta?.kamerstuk && <>{t('app.kamerstuk', { ref: meta.kamerstuk })} · </>}
        {formatDate(meta?.date ?? null, lang)}
      </p>
      <p className="present-lead">{t('present.overviewStats', { sections: sectionCount, passages: model.passageByRef.size, countries: named })}</p>
      {meta && meta.signatories.length > 0 && (
        <>
          <h2>{t('present.signedBy')}</h2>
          <ul className="present-list" lang="nl">
            {meta.signatories.map((s) => (
              <li key={s.name}>
                {s.name}, {s.role.replace(/^De /, 'de ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function SectionContent({ step, model, lang }: { step: SectionStep; model: AtlasModel; lang: Lang }) {
  const { t } = useTranslation();
  const textLang = lang === 'nl' ? undefined : 'nl';
  const { key } = step;
  const marks = key.mentions.filter((m) => (m.iso2 && !m.home) || m.region);
  // Footnote markers would link to notes the slide does not show.
  const spans = key.spans.filter((s) => s.kind !== 'footnote-ref');
  const names = step.countries.map((c) => model.countryById.get(c)).filter((c) => c !== undefined).map((c) => countryName(c, lang));
  const more = step.passages.length - 1;
  return (
    <>
      {step.titles.length > 1 && (
        <p className="present-kicker" lang={textLang}>
          {step.titles.slice(0, -1).join(' › ')}
        </p>
      )}
      <h1 id="present-title" tabIndex={-1} lang={textLang}>
        {step.titles[step.titles.length - 1]}
      </h1>
      <figure className="present-quote">
        <blockquote lang={textLang}>
          <p>
            <PassageText text={key.text} spans={spans} marks={marks} idPrefix={`present-${key.id}`} />
          </p>
        </blockquote>
        <figcaption>
          {t('present.keyPassage', { id: key.id })}
          {more > 0 && <> · {t('present.morePassages', { count: more })}</>}
        </figcaption>
      </figure>
      <h2 className="present-named-heading">{names.length ? (step.viaRegions ? t('present.namedVia') : t('present.named')) : t('present.namedNone')}</h2>
      {names.length > 0 && (
        <ul className="present-names">
          {names.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function SummaryContent({ model, lang }: { model: AtlasModel; lang: Lang }) {
  const { t } = useTranslation();
  const perTheme = passagesPerTheme(model);
  const themes = [...model.themes].sort((a, b) => (perTheme.get(b.id) ?? 0) - (perTheme.get(a.id) ?? 0)).slice(0, 5);
  const countries = topCountries(model, 8);
  return (
    <>
      <h1 id="present-title" tabIndex={-1}>
        {t('present.summary')}
      </h1>
      <div className="present-columns">
        <section aria-labelledby="present-top-countries">
          <h2 id="present-top-countries">{t('present.topCountries')}</h2>
          <ol className="present-list">
            {countries.map((c) => (
              <li key={c.iso2}>
                {countryName(c, lang)} <span className="present-count">({t('panel.mentions', { count: c.direct.all ?? 0 })})</span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="present-top-themes">
          <h2 id="present-top-themes">{t('present.topThemes')}</h2>
          <ol className="present-list">
            {themes.map((th) => (
              <li key={th.id}>
                <span className="swatch" style={{ background: th.colour }} aria-hidden="true" />
                {th.label[lang]} <span className="present-count">({t('filter.passages', { count: perTheme.get(th.id) ?? 0 })})</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}
