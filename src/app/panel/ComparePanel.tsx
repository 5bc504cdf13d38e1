/**
 * The panel while two letters are compared (`compare=a,b`): what each letter says about the
 * chosen country, region or organisation, side by side (stacked on phones), each side under
 * its letter's title and date with its count and rate, and the change in words on top.
 * Each side is that letter's own model, so passage keys, marks, section paths and quotes
 * are those of the letter the passage comes from.
 */
import './comparePanel.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, LetterDocument, Mention } from '../../pipeline/types';
import { filterPassages } from '../data/counts';
import { countryName, passagesFor, type AtlasModel, type PassageEntry } from '../data/model';
import { formatRate, letterDate, placeChange, placeIn, type Place } from '../letters/compare';
import { CompareVerdict } from '../letters/CompareVerdict';
import { HeadingList } from './HeadingList';
import { PassageList } from './PassageList';
import { PassageSection } from './PassageSection';

interface Props {
  /** The two letters' models, from the first letter to the second. */
  models: readonly [AtlasModel, AtlasModel];
  selection: Place;
  lang: Lang;
  themes: readonly string[];
}

interface Side {
  model: AtlasModel;
  doc: LetterDocument;
  count: number;
  passages: PassageEntry[];
  headings: readonly string[];
}

function sideOf(model: AtlasModel, place: Place): Side | null {
  const doc = model.letter;
  if (!doc) return null;
  const entry = placeIn(model, place);
  return { model, doc, count: entry?.direct.all ?? 0, passages: passagesFor(model, entry?.passages ?? []), headings: entry?.headings ?? [] };
}

export function ComparePanel({ models, selection, lang, themes }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [a, b] = models.map((m) => sideOf(m, selection));
  const [country, region] = selection.kind === 'country' ? [models[0].countryById.get(selection.iso2), undefined] : [undefined, models[0].regionById.get(selection.id)];
  const change = placeChange(models, selection);
  if (!a || !b || !change || !(country ?? region)) return null;
  const name = country ? countryName(country, lang) : region!.label[lang];
  const kicker = country ? t('panel.country') : region!.type === 'organisation' ? t('panel.organisation') : t('panel.region');
  const rates = [change.fromRate, change.toRate];
  const isMarked = (m: Mention) => (selection.kind === 'country' ? m.iso2 === selection.iso2 : m.region === selection.id);

  return (
    <>
      <p className="panel-kicker">{kicker}</p>
      <h2 id="panel-title" tabIndex={-1}>
        {name}
      </h2>
      <CompareVerdict change={change} lang={lang} className="compare-verdict" />
      <div className="compare-sides">
        {[a, b].map((side, i) => {
          const pre = `${id}-${i}`.replace(/[^\w-]/g, '');
          const shown = filterPassages(side.passages, themes);
          return (
            <section key={side.doc.meta.id} className="compare-side" aria-labelledby={`${pre}-h`}>
              <h3 id={`${pre}-h`} className="compare-side-heading">
                {side.doc.meta.title}{' '}
                <span className="compare-side-date">{letterDate(side.doc, lang)}</span>
              </h3>
              {side.count > 0 ? (
                <p className="panel-count">
                  {t('panel.mentions', { count: side.count })} · {t('compare.rate', { rate: formatRate(lang, rates[i]!) })}
                </p>
              ) : (
                <p className="note">{t('compare.notIn', { name })}</p>
              )}
              <HeadingList model={side.model} refs={side.headings} lang={lang} isMarked={isMarked} headingId={`${pre}-k`} level={4} />
              {side.passages.length > 0 && (
                <PassageSection total={side.passages.length} shown={shown.length} headingId={`${pre}-p`} level={4}>
                  <PassageList entries={shown} model={side.model} lang={lang} isMarked={isMarked} level={5} walk={false} />
                </PassageSection>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
