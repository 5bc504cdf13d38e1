import { useTranslation } from 'react-i18next';
import type { Lang, Mention, ThemeReason } from '../../pipeline/types';
import { sectionTitles, type AtlasModel } from '../data/model';
import { auditCountry, auditHeadings } from './audit';
import { Disclosure } from './Disclosure';

interface Props {
  model: AtlasModel;
  iso2: string;
  lang: Lang;
}

/** "Why is this country here?": each mention, the rule that matched it, and why each theme applies. */
export function AuditTrail({ model, iso2, lang }: Props) {
  const { t } = useTranslation();
  const c = model.countryById.get(iso2);
  if (!c || !c.mentioned) return null;
  const passages = auditCountry(model, iso2);
  const headings = auditHeadings(model, iso2);
  const count = (via: boolean) => [...headings, ...passages].filter((p) => p.via === via).reduce((n, p) => n + p.mentions.length, 0);
  const textLang = lang === 'nl' ? undefined : 'nl';

  const rule = (m: Mention) => {
    const region = m.region ? (model.regionById.get(m.region)?.label[lang] ?? m.region) : '';
    const base = t(`audit.kind.${m.kind}`, { form: m.form, region });
    if (m.definedAs) return `${base} · ${t('audit.defined', { name: m.definedAs })}`;
    if (m.resolvedFrom) return `${base} · ${t('audit.resolved')}`;
    return base;
  };
  const themesOf = (reasons: ThemeReason[]) =>
    reasons.length > 0 && (
      <div className="audit-themes">
        <p>{t('audit.themes')}:</p>
        <ul>
          {[...new Set(reasons.map((r) => r.theme))].map((theme) => (
            <li key={theme}>
              {model.themeById.get(theme)?.label[lang] ?? theme}:{' '}
              <span lang={textLang}>
                {reasons
                  .filter((r) => r.theme === theme)
                  .map((r) => (r.via === 'section' ? t('audit.reasonSection', { match: r.match }) : t('audit.reasonKeyword', { match: r.match })))
                  .join(', ')}
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  const mentionItems = (mentions: { mention: Mention; before: string; after: string }[]) => (
    <ul>
      {mentions.map(({ mention, before, after }) => (
        <li key={`${mention.start}-${mention.end}`}>
          <span lang={textLang}>
            {before}
            <mark>{mention.surface}</mark>
            {after}
          </span>
          <br />
          <span className="muted">
            {t('audit.rule')}: {rule(mention)}
            {mention.compound && <> · {t('audit.compound')}</>}
          </span>
        </li>
      ))}
    </ul>
  );

  return (
    <Disclosure className="audit" summary={t('audit.summary')}>
      {passages.length + headings.length > 0 ? (
        <>
          <p>{t('audit.counts', { direct: count(false), via: count(true) })}</p>
          <p className="hint">{t('audit.explain')}</p>
        </>
      ) : (
        <p>{t('audit.none')}</p>
      )}
      <ol className="audit-list">
        {headings.map(({ ref, section, via, mentions, reasons }) => (
          <li key={`${ref}-${via}`} className="audit-passage">
            <p className="audit-head">
              <strong>
                {t('audit.heading')} {section.id}
              </strong>{' '}
              <span lang={textLang}>{section.title}</span> · {via ? t('audit.via') : t('audit.direct')}
            </p>
            {mentionItems(mentions)}
            {themesOf(reasons)}
          </li>
        ))}
        {passages.map(({ entry, via, mentions, reasons }) => (
          <li key={entry.ref} className="audit-passage">
            <p className="audit-head">
              <strong>
                {t('audit.passage')} {entry.passage.id}
              </strong>{' '}
              <span lang={textLang}>{sectionTitles(model, entry).at(-1)}</span> · {via ? t('audit.via') : t('audit.direct')}
            </p>
            {mentionItems(mentions)}
            {themesOf(reasons)}
          </li>
        ))}
      </ol>
    </Disclosure>
  );
}
