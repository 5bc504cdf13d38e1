/**
 * WAI-ARIA combobox with a listbox popup (APG "editable combobox with list
 * autocomplete"): focus stays in the input, the active option is conveyed with
 * aria-activedescendant. A query naming a place the letter does not name gets a note
 * saying so, with the nearest places it does name as buttons (src/pipeline/unnamed.ts).
 */
import { useEffect, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, UnnamedIndex, UnnamedPlace } from '../../pipeline/types';
import { fold } from '../search/normalize';
import { search, type SearchItem } from '../search/searchIndex';

interface Props {
  items: readonly SearchItem[];
  lang: Lang;
  /** Region type lookup, to say "organisation" rather than "region" where it applies. */
  regionType(id: string): 'region' | 'organisation' | undefined;
  onChoose(item: SearchItem): void;
  /** The places the letter does not name; fetched the first time a query may need them. */
  loadUnnamed?: () => Promise<UnnamedIndex>;
}

export function CountrySearch({ items, lang, regionType, onChoose, loadUnnamed }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const nearId = `${id}-near`;
  const inputRef = useRef<HTMLInputElement>(null);
  const selectOnMouseUp = useRef(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const hits = useMemo(() => search(items, query, lang), [items, query, lang]);
  const expanded = open && query.trim().length > 0;
  const optionId = (i: number) => `${id}-opt-${i}`;

  // A place the letter does not name: a country option without a direct mention that the query
  // names exactly, or, when nothing matches, a region or country known only to unnamed.json.
  // Only those queries fetch the list; a search for a place the letter names never does.
  const top = hits[0];
  const unnamedCountry = !!top && top.item.kind === 'country' && top.item.mentions === 0 && top.item.keys.includes(fold(query));
  const wantsUnnamed = expanded && !!loadUnnamed && (hits.length === 0 || unnamedCountry);
  // The list and the code that searches it come together, only for those queries.
  const [unnamed, setUnnamed] = useState<{ index: UnnamedIndex; find: typeof import('../search/notNamed').findUnnamed } | null>(null);
  // A failed fetch leaves the plain "not found" for that query; the next query tries again.
  const [failedFor, setFailedFor] = useState<string | null>(null);
  const unnamedPending = wantsUnnamed && !unnamed && failedFor !== query;
  useEffect(() => {
    if (!unnamedPending || !loadUnnamed) return;
    let live = true;
    Promise.all([loadUnnamed(), import('../search/notNamed')]).then(
      ([index, { findUnnamed }]) => live && setUnnamed({ index, find: findUnnamed }),
      () => live && setFailedFor(query),
    );
    return () => {
      live = false;
    };
  }, [unnamedPending, loadUnnamed, query]);
  const notNamed: UnnamedPlace | null = useMemo(() => {
    if (!wantsUnnamed || !unnamed) return null;
    if (unnamedCountry) return unnamed.index.places.find((p) => p.id === top!.item.id) ?? null;
    return unnamed.find(unnamed.index, query, true);
  }, [wantsUnnamed, unnamed, unnamedCountry, top, query]);
  const near = notNamed
    ? [
        ...notNamed.regions.map((r) => items.find((i) => i.kind === 'region' && i.id === r)),
        ...notNamed.countries.map((c) => items.find((i) => i.kind === 'country' && i.id === c)),
      ].filter((i) => i !== undefined)
    : [];

  const pick = (item: SearchItem) => {
    onChoose(item);
    // Cleared, so what is typed next is a new search, not appended to the chosen name.
    setQuery('');
    setOpen(false);
    setActive(-1);
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (hit) pick(hit.item);
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
        if (!expanded || hits.length === 0) return;
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

  // Open while focus is anywhere in the search (the input or a "nearest" button).
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
  };

  const kindLabel = (item: SearchItem) =>
    item.kind === 'country' ? t('search.country') : regionType(item.id) === 'organisation' ? t('search.organisation') : t('search.region');
  const listed = expanded && hits.length > 0;
  const noted = expanded && (hits.length === 0 || notNamed !== null);

  return (
    <div className="search" onBlur={onBlur}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        aria-autocomplete="list"
        aria-expanded={listed}
        aria-controls={listId}
        aria-activedescendant={listed && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          // Selected, so typing replaces what is there.
          e.currentTarget.select();
          if (query) setOpen(true);
        }}
        // WebKit puts the caret where the click that focused the field landed, undoing the selection.
        onMouseDown={(e) => {
          selectOnMouseUp.current = document.activeElement !== e.currentTarget;
        }}
        onMouseUp={(e) => {
          if (selectOnMouseUp.current) e.preventDefault();
          selectOnMouseUp.current = false;
        }}
      />
      <div className="search-popup" hidden={!listed && !noted}>
        <ul id={listId} role="listbox" aria-label={t('search.label')} className="search-list" hidden={!listed}>
          {listed &&
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
        {noted && (
          <div className="search-empty">
            <p role="status">{notNamed ? t('search.notNamed', { name: notNamed.phrase?.[lang] ?? notNamed.name[lang] }) : unnamedPending ? t('panel.loading') : t('search.noResults')}</p>
            {near.length > 0 && (
              <>
                <p id={nearId} className="search-near-label">
                  {t('search.namedNearby')}
                </p>
                <ul aria-labelledby={nearId} className="search-near">
                  {near.map((item) => (
                    <li key={`${item.kind}-${item.id}`}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          pick(item);
                          inputRef.current?.focus();
                        }}
                      >
                        {item.names[lang]}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
