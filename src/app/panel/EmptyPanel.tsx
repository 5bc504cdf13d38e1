import { useTranslation } from 'react-i18next';
import { PlaceButton } from './PlaceButton';
import type { Lang, Theme } from '../../pipeline/types';
import { passagesPerTheme, topCountries } from '../data/counts';
import { countryName, type AtlasModel } from '../data/model';

interface Props {
  model: AtlasModel;
  lang: Lang;
  onSelectCountry(iso2: string): void;
  onPickTheme(id: string): void;
}

export function EmptyPanel({ model, lang, onSelectCountry, onPickTheme }: Props) {
  const { t } = useTranslation();
  const perTheme = passagesPerTheme(model);
  const themes = [...model.themes].sort((a: Theme, b: Theme) => (perTheme.get(b.id) ?? 0) - (perTheme.get(a.id) ?? 0)).slice(0, 5);
  const countries = topCountries(model, 6);
  return (
    <>
      <h2 id="panel-title" tabIndex={-1}>
        {t('panel.emptyTitle')}
      </h2>
      <p>{t('panel.emptyIntro')}</p>
      <p>{t('panel.emptyHowTo')}</p>
      <section aria-labelledby="panel-top-themes">
        <RankedHead id="panel-top-themes" title={t('panel.topThemes')} unit={t('panel.unitPassages')} />
        <ul className="button-list ranked">
          {themes.map((th) => (
            <li key={th.id}>
              <button type="button" className="link-button" onClick={() => onPickTheme(th.id)}>
                <span className="swatch" style={{ background: th.colour }} aria-hidden="true" />
                {th.label[lang]}
              </button>{' '}
              <Count n={perTheme.get(th.id) ?? 0} spoken={(count) => t('filter.passages', { count })} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="panel-top-countries">
        <RankedHead id="panel-top-countries" title={t('panel.topCountries')} unit={t('panel.unitMentions')} />
        <ul className="button-list ranked">
          {countries.map((c) => (
            <li key={c.iso2}>
              <PlaceButton place={{ kind: 'country', id: c.iso2 }} onSelect={() => onSelectCountry(c.iso2)}>
                {countryName(c, lang)}
              </PlaceButton>{' '}
              <Count n={c.direct.all ?? 0} spoken={(count) => t('panel.mentions', { count })} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** A ranked list's heading, with the unit of its count column beside it (screen readers hear the unit with each count). */
function RankedHead({ id, title, unit }: { id: string; title: string; unit: string }) {
  return (
    <div className="ranked-head">
      <h3 id={id}>{title}</h3>
      <span className="muted" aria-hidden="true">
        {unit}
      </span>
    </div>
  );
}

/** A count as a bare number in the right-hand column, spelled out with its unit for screen readers. */
function Count({ n, spoken }: { n: number; spoken: (count: number) => string }) {
  return (
    <span className="ranked-count">
      <span aria-hidden="true">{n}</span>
      <span className="visually-hidden">{spoken(n)}</span>
    </span>
  );
}
