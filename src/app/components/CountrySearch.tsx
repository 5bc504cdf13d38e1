/**
 * WAI-ARIA combobox with a listbox popup (APG "editable combobox with list
 * autocomplete"): focus stays in the input, the active option is conveyed with
 * aria-activedescendant.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../pipeline/types';
import { search, type SearchItem } from '../search/searchIndex';

interface Props {
  items: readonly SearchItem[];
  lang: Lang;
  /** Region type lookup, to say "organisation" rather than "region" where it applies. */
  regionType(id: string): 'region' | 'organisation' | undefined;
  onChoose(item: SearchItem): void;
}

export function CountrySearch({ items, lang, regionType, onChoose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const hits = useMemo(() => search(items, query, lang), [items, query, lang]);
  const expanded = open && query.trim().length > 0;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    onChoose(hit.item);
    setQuery(hit.item.names[lang]);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        setActive((a) => (hits.length === 0 ? -1 : (a + 1) % hits.length));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        setActive((a) => (hits.length === 0 ? -1 : a <= 0 ? hits.length - 1 : a - 1));
        break;
      case 'Enter':
        if (!expanded) return;
        e.preventDefault();
        choose(active >= 0 ? active : 0);
        break;
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          e.preventDefault();
          setQuery('');
        }
        break;
    }
  };

  const kindLabel = (item: SearchItem) =>
    item.kind === 'country' ? t('search.country') : regionType(item.id) === 'organisation' ? t('search.organisation') : t('search.region');

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => query && setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label={t('search.label')} className="search-list" hidden={!expanded || hits.length === 0}>
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={`${hit.item.kind}-${hit.item.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-option"
              // mousedown, not click: the input must not blur before the choice lands.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              <span>{hit.item.names[lang]}</span>
              {hit.matchedName && <> <span className="muted">({hit.matchedName})</span></>}{' '}
              <span className="muted">· {kindLabel(hit.item)}</span>
            </li>
          ))}
      </ul>
      {expanded && hits.length === 0 && (
        <p className="search-empty" role="status">
          {t('search.noResults')}
        </p>
      )}
    </div>
  );
}
