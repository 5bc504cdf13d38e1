import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../pipeline/types';
import { SortHeader, type Sort, type SortDir } from '../components/SortHeader';
import { sortRows, type ListRow, type SortKey } from './rows';

interface Props {
  rows: readonly ListRow[];
  lang: Lang;
  selectedId: string | null;
  onSelect(row: ListRow): void;
}

const FIRST_DIR: Record<SortKey, SortDir> = { name: 'ascending', mentions: 'descending', theme: 'ascending' };

export function ListView({ rows, lang, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort<SortKey>>({ key: 'mentions', dir: 'descending' });
  const sorted = sortRows(rows, sort.key, sort.dir, lang);

  const header = (key: SortKey, label: string) => <SortHeader column={key} label={label} sort={sort} first={FIRST_DIR[key]} onSort={setSort} />;

  const kind = (r: ListRow) => (r.kind === 'country' ? t('list.country') : r.kind === 'region' ? t('list.region') : t('list.organisation'));

  return (
    <div className="list-view">
      <h2 className="section-title" id="list-heading">
        {t('list.heading')}
      </h2>
      <div className="table-scroll" role="region" aria-labelledby="list-heading" tabIndex={0}>
        <table>
          <caption>{t('list.caption')}</caption>
          <thead>
            <tr>
              {header('name', t('list.name'))}
              <th scope="col" className="col-kind">
                {t('list.type')}
              </th>
              {header('mentions', t('list.mentions'))}
              <th scope="col">{t('list.via')}</th>
              {header('theme', t('list.theme'))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={`${r.kind}-${r.id}`} aria-current={r.id === selectedId ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(r)}>
                    {r.name}
                  </button>
                  {r.home && <span className="muted"> ({t('list.home')})</span>}
                  {/* On phones the type column folds into the name cell (CSS swaps which one shows). */}
                  <span className="row-kind muted">{kind(r)}</span>
                </th>
                <td className="col-kind">{kind(r)}</td>
                <td className="num">{r.mentions}</td>
                <td className="num">{r.kind === 'country' ? r.via : t('list.none')}</td>
                <td>
                  {r.topTheme ? (
                    <>
                      <span className="swatch" style={{ background: r.topTheme.colour }} aria-hidden="true" />
                      {r.topTheme.label[lang]}
                    </>
                  ) : (
                    t('list.none')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
