import { useTranslation } from 'react-i18next';
import type { Lang } from '../../pipeline/types';
import { countryName, sectionTitles, type AtlasModel, type PassageEntry } from '../data/model';
import { PassageList } from './PassageList';

interface Props {
  model: AtlasModel;
  entry: PassageEntry;
  lang: Lang;
  onSelectCountry(iso2: string): void;
}

/** A permalinked passage opened without a country: the passage itself and what it names. */
export function PassagePanel({ model, entry, lang, onSelectCountry }: Props) {
  const { t } = useTranslation();
  const codes = [...new Set(entry.passage.mentions.filter((m) => m.iso2 && !m.home).map((m) => m.iso2!))].filter((c) => model.countryById.has(c));
  return (
    <>
      <p className="panel-kicker">{t('quote.passageTitle', { id: entry.passage.id })}</p>
      <h2 id="panel-title" tabIndex={-1} lang={lang === 'nl' ? undefined : 'nl'}>
        {sectionTitles(model, entry).at(-1) ?? entry.doc.meta.title}
      </h2>
      {codes.length > 0 && (
        <section aria-labelledby="panel-passage-countries">
          <h3 id="panel-passage-countries">{t('quote.countries')}</h3>
          <ul className="button-list">
            {codes.map((code) => (
              <li key={code}>
                <button type="button" className="link-button" onClick={() => onSelectCountry(code)}>
                  {countryName(model.countryById.get(code)!, lang)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PassageList entries={[entry]} model={model} lang={lang} isMarked={(m) => !m.home} />
    </>
  );
}
