import './compare.css';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryPaint } from '../../map/contract';
import type { Lang, LetterDocument } from '../../pipeline/types';
import type { AtlasModel } from '../data/model';
import { SortHeader, type Sort } from '../components/SortHeader';
import { useAtlas } from '../store/context';
import { compareLetters, type CountryChange } from './compare';
import { CLASS_COLOURS, CLASS_ORDER, comparePaint } from './comparePaint';

interface Props {
  model: AtlasModel;
  letters: readonly LetterDocument[];
  ids: readonly [string, string];
  lang: Lang;
  /** The map, painted with the comparison (the shell's own map component). */
  map(paint: Map<string, CountryPaint>): ReactNode;
}

type Key = 'name' | 'fromRate' | 'toRate' | 'change';

const fmt = (lang: Lang, v: number, signed = false) =>
  v.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: signed ? 'exceptZero' : 'auto' });

/** `compare=a,b`: the map painted by change, a legend naming the measure, and a sortable table of the changes. */
export function CompareStage({ model, letters, ids, lang, map }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const setCompare = useAtlas((s) => s.setCompare);
  const selectCountry = useAtlas((s) => s.selectCountry);
  const [from, to] = ids.map((i) => letters.find((d) => d.meta.id === i));
  const comparison = useMemo(() => (from && to ? compareLetters(from, to) : null), [from, to]);
  const home = (iso2: string) => !!model.countryById.get(iso2)?.home;
  const paint = useMemo(() => (comparison ? comparePaint(comparison, home) : new Map<string, CountryPaint>()), [comparison]); // eslint-disable-line react-hooks/exhaustive-deps
  const [sort, setSort] = useState<Sort<Key>>({ key: 'change', dir: 'descending' });
  if (!from || !to || !comparison) return map(new Map());

  const name = (iso2: string) => {
    const c = model.countryById.get(iso2);
    return c ? (lang === 'en' ? c.name_en : c.name_nl) : iso2;
  };
  const rows = comparison.countries.filter((r) => !home(r.iso2));
  const value = (r: CountryChange) => (sort.key === 'name' ? 0 : r[sort.key]);
  const sorted = [...rows].sort((a, b) => {
    const d = sort.key === 'name' ? name(a.iso2).localeCompare(name(b.iso2), lang) : value(a) - value(b);
    return (sort.dir === 'ascending' ? d : -d) || name(a.iso2).localeCompare(name(b.iso2), lang);
  });
  const header = (key: Key, label: string) => <SortHeader column={key} label={label} sort={sort} first={key === 'name' ? 'ascending' : 'descending'} onSort={setSort} />;
  // Column heads: a letter's date is short where its title would crowd the table out.
  const short = (d: LetterDocument) => (d.meta.date ? new Date(`${d.meta.date}T12:00:00`).toLocaleDateString(lang, { day: 'numeric', month: 'short', year: 'numeric' }) : d.meta.title);
  const between = t('compare.between', { from: from.meta.title, to: to.meta.title });

  return (
    <>
      {map(paint)}
      <section className="legend compare-legend" aria-labelledby={`${id}-l`} data-map-cover="">
        <h2 id={`${id}-l`} className="legend-heading">
          {t('compare.heading')}
        </h2>
        <p className="compare-measure">{t('compare.measure')}</p>
        <ul className="compare-classes">
          {CLASS_ORDER.map((c) => (
            <li key={c}>
              <span className="swatch" style={{ background: CLASS_COLOURS[c] }} aria-hidden="true" />
              {t(`compare.${c}`)}
            </li>
          ))}
        </ul>
      </section>
      <section className="compare-table" aria-labelledby={`${id}-t`} data-map-cover="">
        <div className="compare-table-head">
          <h2 id={`${id}-t`}>{t('compare.heading')}</h2>
          <button type="button" onClick={() => setCompare(null)}>
            {t('compare.close')}
          </button>
        </div>
        <div className="compare-scroll">
          <table>
            <caption>
              {between} · {t('compare.measure')}
            </caption>
            <thead>
              <tr>
                {header('name', t('compare.country'))}
                {header('fromRate', short(from))}
                {header('toRate', short(to))}
                {header('change', t('compare.change'))}
                <th scope="col">{t('compare.class')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => (
                <tr key={r.iso2} data-class={r.class}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => selectCountry(r.iso2, { focus: true })}>
                      {name(r.iso2)}
                    </button>
                  </th>
                  <td>{fmt(lang, r.fromRate)}</td>
                  <td>{fmt(lang, r.toRate)}</td>
                  <td>{fmt(lang, r.change, true)}</td>
                  <td>
                    <span className="compare-class">
                      <span className="swatch" style={{ background: CLASS_COLOURS[r.class] }} aria-hidden="true" />
                      {t(`compare.${r.class}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
