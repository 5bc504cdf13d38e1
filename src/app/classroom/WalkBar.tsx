import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { countryName, sectionTitles, type AtlasModel } from '../data/model';
import { PassageText } from '../panel/PassageText';
import { useAtlas } from '../store/context';
import { passageCountries, passageRegions } from './steps';
import { useStepKeys } from './useStepKeys';
import { useWalkTo } from './useWalk';
import { findPassage, letterOrder } from './walk';
import './classroom.css';

const WALK_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Escape']);

/** The passage being walked, with previous/next; the map and panel follow its countries. */
export function WalkBar({ model }: { model: AtlasModel }) {
  const { t } = useTranslation();
  const { walk, passage, lang, country, region } = useAtlas(
    useShallow((s) => ({ walk: s.walk, passage: s.passage, lang: s.lang, country: s.country, region: s.region })),
  );
  const walkSelect = useAtlas((s) => s.walkSelect);
  const stopWalk = useAtlas((s) => s.stopWalk);
  const go = useWalkTo(model);
  const order = useMemo(() => letterOrder(model), [model]);
  const entry = walk ? findPassage(model, passage) : null;
  const i = entry ? order.indexOf(entry) : -1;

  const move = (delta: number) => {
    const next = order[i + delta];
    if (next) go(next);
  };
  // Arrows only: Space and PageUp/Down keep scrolling the page while walking.
  useStepKeys(
    !!entry,
    (a) => (a === 'exit' ? stopWalk() : a === 'next' ? move(1) : a === 'prev' ? move(-1) : undefined),
    (e) => WALK_KEYS.has(e.key),
  );

  const countries = entry ? passageCountries(entry.passage).filter((c) => model.countryById.has(c)) : [];
  const regions = entry ? passageRegions(entry.passage).filter((r) => model.regionById.has(r)) : [];
  const names = [
    ...countries.map((c) => countryName(model.countryById.get(c)!, lang)),
    ...regions.map((r) => model.regionById.get(r)!.label[lang]),
  ];
  const titles = entry ? sectionTitles(model, entry) : [];
  const [announcement, setAnnouncement] = useState('');
  const announce = useEffectEvent(() => {
    if (!entry) return;
    setAnnouncement(t('walk.announce', { id: entry.passage.id, title: titles[titles.length - 1] ?? '', names: names.length ? names.join(', ') : t('walk.none') }));
  });
  // Announce per passage, not per language switch.
  useEffect(() => announce(), [entry?.ref]);

  if (!entry) return null;
  const textLang = lang === 'nl' ? undefined : 'nl';
  const marks = entry.passage.mentions.filter((m) => (m.iso2 && !m.home) || m.region);
  return (
    <section className="walk-bar" aria-labelledby="walk-title">
      <div className="walk-head">
        <h2 id="walk-title">{t('walk.label')}</h2>
        <p className="walk-position">{t('walk.position', { n: i + 1, count: order.length })}</p>
        <div className="walk-nav">
          <button type="button" onClick={() => move(-1)} disabled={i <= 0}>
            <span aria-hidden="true">← </span>
            {t('walk.prev')}
          </button>
          <button type="button" onClick={() => move(1)} disabled={i >= order.length - 1}>
            {t('walk.next')}
            <span aria-hidden="true"> →</span>
          </button>
          <button type="button" onClick={stopWalk}>
            {t('walk.stop')}
          </button>
        </div>
      </div>
      <div className="walk-body">
        <div>
          <p className="passage-heading" lang={textLang}>
            {entry.passage.id} · {titles.join(' › ')}
          </p>
          {/* Focusable so keyboard users can scroll a long passage. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container (axe: scrollable-region-focusable) */}
          <p className="walk-text" lang={textLang} tabIndex={0}>
            <PassageText text={entry.passage.text} spans={entry.passage.spans.filter((s) => s.kind !== 'footnote-ref')} marks={marks} idPrefix={`walk-${entry.passage.id}`} />
          </p>
        </div>
        {names.length > 0 ? (
          <ul className="button-list walk-countries" aria-label={t('walk.countries')}>
            {countries.map((c) => (
              <li key={c}>
                <button type="button" className="link-button" aria-pressed={country === c} onClick={() => walkSelect(c, null)}>
                  {countryName(model.countryById.get(c)!, lang)}
                </button>
              </li>
            ))}
            {regions.map((r) => (
              <li key={r}>
                <button type="button" className="link-button" aria-pressed={region === r} onClick={() => walkSelect(null, r)}>
                  {model.regionById.get(r)!.label[lang]}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="note">{t('walk.none')}</p>
        )}
      </div>
      <p className="visually-hidden">{t('walk.keys')}</p>
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden">
        {announcement}
      </div>
    </section>
  );
}
