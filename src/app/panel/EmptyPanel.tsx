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
        <h3 id="panel-top-themes">{t('panel.topThemes')}</h3>
        <ul className="button-list">
          {themes.map((th) => (
            <li key={th.id}>
              <button type="button" className="link-button" onClick={() => onPickTheme(th.id)}>
                <span className="swatch" style={{ background: th.colour }} aria-hidden="true" />
                {th.label[lang]}
              </button>{' '}
              <span className="muted">({t('filter.passages', { count: perTheme.get(th.id) ?? 0 })})</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="panel-top-countries">
        <h3 id="panel-top-countries">{t('panel.topCountries')}</h3>
        <ul className="button-list">
          {countries.map((c) => (
            <li key={c.iso2}>
              <PlaceButton place={{ kind: 'country', id: c.iso2 }} onSelect={() => onSelectCountry(c.iso2)}>
                {countryName(c, lang)}
              </PlaceButton>{' '}
              <span className="muted">({t('panel.mentions', { count: c.direct.all ?? 0 })})</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
