import { useTranslation } from 'react-i18next';
import { PlaceButton } from './PlaceButton';
import type { Lang } from '../../pipeline/types';
import { coMentions, countFor, filterPassages } from '../data/counts';
import { countryName, passagesFor, type AtlasModel } from '../data/model';
import { AuditTrail } from './AuditTrail';
import { Disclosure } from './Disclosure';
import { HeadingList } from './HeadingList';
import { PassageList } from './PassageList';
import { PassageSection } from './PassageSection';
import { ThemeBreakdown } from './ThemeBreakdown';

interface Props {
  model: AtlasModel;
  iso2: string;
  lang: Lang;
  themes: readonly string[];
  onSelectCountry(iso2: string): void;
  onSelectRegion(id: string): void;
}

export function CountryPanel({ model, iso2, lang, themes, onSelectCountry, onSelectRegion }: Props) {
  const { t } = useTranslation();
  const c = model.countryById.get(iso2);
  if (!c) return null;
  const name = countryName(c, lang);
  const all = c.direct.all ?? 0;
  const direct = passagesFor(model, c.passages);
  const via = passagesFor(model, c.viaPassages);
  const regions = c.regions.map((id) => model.regionById.get(id)).filter((r) => r !== undefined);
  const partners = coMentions(model, iso2);
  const viaRegionIds = new Set(c.regions);
  const headings = c.headings ?? [];

  return (
    <>
      <p className="panel-kicker">{t('panel.country')}</p>
      <h2 id="panel-title" tabIndex={-1}>
        {name}
      </h2>
      {c.home && <p className="note">{t('panel.home')}</p>}
      {all > 0 ? (
        <p className="panel-count">
          {t('panel.mentions', { count: all })} {t('panel.inPassages', { count: direct.length })}
          {headings.length > 0 && <> {t('panel.inHeadings', { count: headings.length })}</>}
          {themes.length > 0 && <> · {t('panel.filteredMentions', { count: countFor(c.direct, themes) })}</>}
        </p>
      ) : (
        <p className="note">{c.mentioned ? t('panel.onlyVia', { name }) : t('panel.notMentioned', { name })}</p>
      )}
      <ThemeBreakdown counts={c.direct} themes={model.themes} lang={lang} headingId="panel-breakdown" />
      <AuditTrail model={model} iso2={iso2} lang={lang} />

      {regions.length > 0 && (
        <section aria-labelledby="panel-regions">
          <h3 id="panel-regions">{t('panel.partOf')}</h3>
          <ul className="button-list">
            {regions.map((r) => (
              <li key={r.id}>
                <PlaceButton place={{ kind: 'region', id: r.id }} onSelect={() => onSelectRegion(r.id)}>
                  {r.label[lang]}
                </PlaceButton>
              </li>
            ))}
          </ul>
        </section>
      )}

      {partners.length > 0 && (
        <section aria-labelledby="panel-partners">
          <h3 id="panel-partners">{t('panel.coMentioned')}</h3>
          <ul className="button-list">
            {partners.map((p) => {
              const other = model.countryById.get(p.iso2)!;
              return (
                <li key={p.iso2}>
                  <PlaceButton place={{ kind: 'country', id: p.iso2 }} onSelect={() => onSelectCountry(p.iso2)}>
                    {countryName(other, lang)}
                  </PlaceButton>{' '}
                  <span className="muted">({t('panel.sharedPassages', { count: p.passages })})</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <HeadingList model={model} refs={headings} lang={lang} isMarked={(m) => m.iso2 === iso2} />

      {direct.length > 0 && (
        <PassageSection total={direct.length} shown={filterPassages(direct, themes).length} headingId="panel-passages">
          <PassageList
            entries={filterPassages(direct, themes)}
            model={model}
            lang={lang}
            isMarked={(m) => m.iso2 === iso2}
          />
        </PassageSection>
      )}

      {via.length > 0 && (
        <Disclosure className="via-passages" summary={t('panel.viaPassages', { count: via.length })}>
          <PassageList
            entries={filterPassages(via, themes)}
            model={model}
            lang={lang}
            isMarked={(m) => !!m.region && viaRegionIds.has(m.region)}
          />
        </Disclosure>
      )}
    </>
  );
}
