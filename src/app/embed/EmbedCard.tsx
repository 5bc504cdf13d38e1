/**
 * An embed's answer to a selection: a compact card instead of the full panel, so the embed
 * keeps its planned height whatever the letter says. The whole story is one link away, in
 * the full atlas at the same view.
 */
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasModel } from '../data/model';
import { useAtlas } from '../store/context';
import { placeChange, type Place } from '../letters/compare';
import { CompareVerdict } from '../letters/CompareVerdict';
import { cardContent, openingWords, type CardContent } from './card';

interface Props {
  model: AtlasModel;
  /** Two letters compared (their models, in order): the card gives the change instead of one letter's count. */
  compared?: readonly [AtlasModel, AtlasModel] | undefined;
  /** The same view in the full atlas (no embed keys). */
  fullHref: string;
  onClose(): void;
}

export function EmbedCard({ model, compared, fullHref, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const s = useAtlas(useShallow((st) => ({ country: st.country, region: st.region, passage: st.passage, lang: st.lang, themes: st.themes })));
  const content = cardContent(model, s, s.themes, s.lang);
  if (!content) return null;
  const place: Place | null = s.country ? { kind: 'country', iso2: s.country } : s.region ? { kind: 'region', id: s.region } : null;
  const change = compared && place ? placeChange(compared, place) : null;
  const first = change ? null : content.quoted;
  const count = change ? 0 : content.passages.length;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onClose();
  };

  return (
    <section className="embed-card" aria-labelledby={`${id}-title`} data-map-cover="" onKeyDown={onKeyDown}>
      <div className="embed-card-head">
        <div>
          <p className="embed-card-kicker">{kicker(content, t)}</p>
          <h2 id={`${id}-title`} className="embed-card-title" lang={content.kind === 'passage' && s.lang !== 'nl' ? 'nl' : undefined}>
            {content.name}
          </h2>
        </div>
        <button type="button" className="embed-card-close" aria-label={t('embed.closePanel')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {change ? <CompareVerdict change={change} lang={s.lang} className="embed-card-count compare-verdict" /> : <CountLine content={content} themed={s.themes.length > 0} />}
      {first && (
        <p className="embed-card-quote" lang={s.lang === 'nl' ? undefined : 'nl'}>
          „{openingWords(first.passage.text)}”
        </p>
      )}
      <a className="embed-card-link" href={fullHref} target="_blank" rel="noopener">
        {count > 0 ? t('embed.card.readAll', { count }) : t('embed.card.open')} <span className="visually-hidden">{t('embed.newWindow')}</span>
      </a>
    </section>
  );
}

function kicker(c: CardContent, t: ReturnType<typeof useTranslation>['t']): string {
  if (c.kind === 'passage') return t('quote.passageTitle', { id: c.passages[0]?.passage.id ?? '' });
  return t(`panel.${c.kind}`);
}

function CountLine({ content, themed }: { content: CardContent; themed: boolean }) {
  const { t } = useTranslation();
  if (content.mentions === null) return null;
  const passages = content.passages.length;
  let text: string;
  if (content.via) text = t('embed.card.via', { count: passages });
  else if (content.mentions === 0) text = themed ? t('embed.card.none') : t('panel.notMentioned', { name: content.name });
  else text = `${t('panel.mentions', { count: content.mentions })} ${t('panel.inPassages', { count: passages })}${themed ? ` ${t('embed.card.underThemes')}` : ''}`;
  return <p className="embed-card-count">{text}</p>;
}
