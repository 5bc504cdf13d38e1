import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { lightPalette } from '../../map/style';
import { renderMapSvg } from '../../render/svgMap';
import { computeChoropleth } from '../choropleth/paint';
import { countryName, sectionTitles, type AtlasModel } from '../data/model';
import { useAtlas } from '../store/context';
import { buildHandout } from './handout';
import './handout.css';

/**
 * Print-only handout: the WebGL canvas prints blank, so the map is drawn again as
 * SVG (d3-geo), with the legend, the countries and the passages they come from.
 */
export default function HandoutBody({ model }: { model: AtlasModel }) {
  const { t } = useTranslation();
  const { themes, country, lang } = useAtlas(useShallow((s) => ({ themes: s.themes, country: s.country, lang: s.lang })));
  const kamerstuk = model.letter?.meta.kamerstuk ?? '';
  const themeList = themes.length ? themes.map((id) => model.themeById.get(id)?.label[lang] ?? id).join(', ') : t('print.allThemes');
  const selected = country ? model.countryById.get(country) : undefined;
  const date = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date());

  const svg = useMemo(() => {
    const { paint, legend } = computeChoropleth(model, themes);
    const unit = (n: number) => t('panel.mentions', { count: n }).replace(/^\d+\s*/, '');
    return renderMapSvg({
      countries: model.data.countries,
      paint,
      legend,
      palette: lightPalette,
      selected: country,
      width: 1000,
      height: 560,
      text: {
        title: `${t('app.title')} – ${t('app.subtitle')}`,
        subtitle: t('print.themes', { list: themeList }) + (selected ? ` · ${t('print.selection', { name: countryName(selected, lang) })}` : ''),
        legendTitle: t('legend.heading'),
        classLabels: legend.classes.map((c) => (c.min === c.max ? `${c.min} ${unit(c.min)}` : `${c.min}–${c.max} ${unit(c.max)}`)),
        viaOnlyLabel: t('legend.viaOnly'),
        homeLabel: t('legend.home'),
        source: t('print.source', { ref: kamerstuk }),
        date,
        description: t('print.mapDescription'),
      },
    });
  }, [model, themes, country, lang, t, themeList, selected, kamerstuk, date]);

  const handout = useMemo(() => buildHandout(model, themes, country), [model, themes, country]);
  const textLang = lang === 'nl' ? undefined : 'nl';
  return (
    <section className="print-handout" aria-labelledby="handout-title">
      <h1 id="handout-title">
        {t('app.title')} – {t('print.heading')}
      </h1>
      <p>
        {t('app.subtitle')} · {t('app.kamerstuk', { ref: kamerstuk })} · {t('print.printed', { date })}
      </p>
      <p>
        {t('print.themes', { list: themeList })}
        {selected && <> · {t('print.selection', { name: countryName(selected, lang) })}</>}
      </p>
      {/* Our own renderer's output: every text in it is escaped (src/render/escape.ts). */}
      <div className="print-map" dangerouslySetInnerHTML={{ __html: svg }} />
      <h2>{t('print.countries')}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('print.name')}</th>
            <th scope="col">{t('print.mentions')}</th>
            <th scope="col">{t('print.passages')}</th>
          </tr>
        </thead>
        <tbody>
          {handout.rows.map((r) => (
            <tr key={r.country.iso2}>
              <th scope="row">{countryName(r.country, lang)}</th>
              <td className="num">{r.mentions}</td>
              <td>{r.passages.map((p) => p.passage.id).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('print.quoted')}</h2>
      {handout.passages.map((e) => (
        <div key={e.ref} className="print-passage">
          <h3 lang={textLang}>
            {e.passage.id} · {sectionTitles(model, e).join(' › ')}
          </h3>
          <p lang={textLang}>{e.passage.text}</p>
        </div>
      ))}
    </section>
  );
}
