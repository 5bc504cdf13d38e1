import './compareClass.css';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, LetterDocument } from '../../pipeline/types';
import { SortHeader, type Sort } from '../components/SortHeader';
import { countryName, type AtlasModel } from '../data/model';
import { useAtlas } from '../store/context';
import { formatRate, letterDate, type Comparison, type CountryChange } from './compare';
import { CLASS_COLOURS } from './comparePaint';

interface Props {
  model: AtlasModel;
  comparison: Comparison;
  from: LetterDocument;
  to: LetterDocument;
  lang: Lang;
}

type Key = 'name' | 'fromRate' | 'toRate' | 'change';

/**
 * Every country either letter names with both rates and the change, sortable by each column; a
 * name selects the country (the panel then shows both letters' passages). Where the map is
 * narrow (phones, or the panel widened beside it) the class folds under the name and the
 * table fits without sideways scrolling (compare.css).
 */
export function CompareTable({ model, comparison, from, to, lang }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const setCompare = useAtlas((s) => s.setCompare);
  const selectCountry = useAtlas((s) => s.selectCountry);
  const selected = useAtlas((s) => s.country);
  const [sort, setSort] = useState<Sort<Key>>({ key: 'change', dir: 'descending' });
  // Folded, the table leaves the map to the reader and keeps its heading and its close button.
  const [open, setOpen] = useState(true);

  const name = (iso2: string) => {
    const c = model.countryById.get(iso2);
    return c ? countryName(c, lang) : iso2;
  };
  const rows = comparison.countries.filter((r) => !model.countryById.get(r.iso2)?.home);
  const value = (r: CountryChange) => (sort.key === 'name' ? 0 : r[sort.key]);
  const sorted = [...rows].sort((a, b) => {
    const d = sort.key === 'name' ? name(a.iso2).localeCompare(name(b.iso2), lang) : value(a) - value(b);
    return (sort.dir === 'ascending' ? d : -d) || name(a.iso2).localeCompare(name(b.iso2), lang);
  });
  const header = (key: Key, label: ReactNode, className?: string) => (
    <SortHeader column={key} label={label} sort={sort} first={key === 'name' ? 'ascending' : 'descending'} onSort={setSort} className={className} />
  );
  // Column heads: a letter's short date, where its title would crowd the table out; narrow, its
  // year alone when the two years differ (CSS shows one of the two, so the name is one of them).
  const year = (d: LetterDocument) => d.meta.date?.slice(0, 4);
  const years = year(from) !== year(to) && !!year(from) && !!year(to);
  const column = (d: LetterDocument) => (
    <>
      <span className={years ? 'col-date' : undefined}>{letterDate(d, lang, 'short')}</span>
      {years && <span className="col-year">{year(d)}</span>}
    </>
  );
  const classOf = (r: CountryChange) => (
    <>
      <span className="swatch compare-swatch" style={{ background: CLASS_COLOURS[r.class] }} aria-hidden="true" />
      {t(`compare.${r.class}`)}
    </>
  );

  return (
    <section className="compare-table" aria-labelledby={`${id}-t`} data-open={open} data-map-cover="">
      <div className="compare-table-head">
        <h2 id={`${id}-t`}>
          <button type="button" className="legend-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
            {t('compare.heading')}
            <span className="chevron" aria-hidden="true" />
          </button>
        </h2>
        <button type="button" className="compare-close" onClick={() => setCompare(null)}>
          {t('compare.close')}
        </button>
      </div>
      <div id={`${id}-body`} className="compare-scroll" hidden={!open}>
        <table>
          <caption>
            {t('compare.between', { from: from.meta.title, to: to.meta.title })} · {t('compare.measure')}
          </caption>
          <thead>
            <tr>
              {header('name', t('compare.country'))}
              {header('fromRate', column(from), 'num')}
              {header('toRate', column(to), 'num')}
              {header('change', t('compare.change'), 'num')}
              <th scope="col" className="col-class">
                {t('compare.class')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.iso2} data-class={r.class} aria-current={r.iso2 === selected ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => selectCountry(r.iso2, { focus: true })}>
                    {name(r.iso2)}
                  </button>
                  {/* Where the table is narrow the class column folds in here (CSS shows one of the two). */}
                  <span className="compare-class row-class">{classOf(r)}</span>
                </th>
                <td className="num">{formatRate(lang, r.fromRate)}</td>
                <td className="num">{formatRate(lang, r.toRate)}</td>
                <td className="num">{formatRate(lang, r.change, true)}</td>
                <td className="col-class">
                  <span className="compare-class">{classOf(r)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
