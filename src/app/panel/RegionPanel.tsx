import { useTranslation } from 'react-i18next';
import { PlaceButton } from './PlaceButton';
import type { Lang } from '../../pipeline/types';
import { countFor, filterPassages } from '../data/counts';
import { countryName, passagesFor, type AtlasModel } from '../data/model';
import { HeadingList } from './HeadingList';
import { PassageList } from './PassageList';
import { PassageSection } from './PassageSection';
import { ThemeBreakdown } from './ThemeBreakdown';

interface Props {
  model: AtlasModel;
  id: string;
  lang: Lang;
  themes: readonly string[];
  onSelectCountry(iso2: string): void;
}

export function RegionPanel({ model, id, lang, themes, onSelectCountry }: Props) {
  const { t } = useTranslation();
  const r = model.regionById.get(id);
  if (!r) return null;
  const entries = passagesFor(model, r.passages);
  const shown = filterPassages(entries, themes);
  const members = r.members
    .map((code) => model.countryById.get(code))
    .filter((c) => c !== undefined)
    .sort((a, b) => countryName(a, lang).localeCompare(countryName(b, lang), lang));

  return (
    <>
      <p className="panel-kicker">{r.type === 'organisation' ? t('panel.organisation') : t('panel.region')}</p>
      <h2 id="panel-title" tabIndex={-1}>
        {r.label[lang]}
      </h2>
      <p className="panel-count">
        {t('panel.mentions', { count: r.direct.all ?? 0 })} {t('panel.inPassages', { count: entries.length })}
        {(r.headings?.length ?? 0) > 0 && <> {t('panel.inHeadings', { count: r.headings!.length })}</>}
        {themes.length > 0 && <> · {t('panel.filteredMentions', { count: countFor(r.direct, themes) })}</>}
      </p>
      <ThemeBreakdown counts={r.direct} themes={model.themes} lang={lang} headingId="panel-breakdown" />
      <section aria-labelledby="panel-members">
        <h3 id="panel-members">
          {t('panel.members')} {members.length > 0 && `(${members.length})`}
        </h3>
        {members.length === 0 ? (
          <p className="note">{t('panel.openMembership')}</p>
        ) : (
          <ul className="button-list">
            {members.map((c) => (
              <li key={c.iso2}>
                <PlaceButton place={{ kind: 'country', id: c.iso2 }} onSelect={() => onSelectCountry(c.iso2)}>
                  {countryName(c, lang)}
                </PlaceButton>
              </li>
            ))}
          </ul>
        )}
      </section>
      <HeadingList model={model} refs={r.headings ?? []} lang={lang} isMarked={(m) => m.region === id} />
      <PassageSection total={entries.length} shown={shown.length} headingId="panel-passages">
        <PassageList entries={shown} model={model} lang={lang} isMarked={(m) => m.region === id} />
      </PassageSection>
    </>
  );
}
