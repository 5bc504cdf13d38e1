import type { ReactNode } from 'react';

export type SortDir = 'ascending' | 'descending';
export interface Sort<K extends string> {
  key: K;
  dir: SortDir;
}

interface Props<K extends string> {
  column: K;
  label: ReactNode;
  sort: Sort<K>;
  /** The direction a first click on this column sorts in (names A–Z, counts highest first). */
  first: SortDir;
  onSort(next: Sort<K>): void;
  className?: string;
}

/**
 * A column header that sorts its table (the list view, the comparison's table): a button in the
 * header cell, the current order on the cell as aria-sort and as an arrow beside the label. A
 * click on the sorted column turns the order round; on another column it starts in its own
 * first direction.
 */
export function SortHeader<K extends string>({ column, label, sort, first, onSort, className }: Props<K>) {
  const active = sort.key === column;
  const turned: SortDir = sort.dir === 'ascending' ? 'descending' : 'ascending';
  return (
    <th scope="col" className={className} aria-sort={active ? sort.dir : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort({ key: column, dir: active ? turned : first })}>
        {label}
        <span aria-hidden="true" className="sort-icon">
          {active ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
