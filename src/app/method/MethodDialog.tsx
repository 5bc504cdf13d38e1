import { useEffect, useEffectEvent, useId, useState } from 'react';
import type { EvalFile } from '../../../scripts/evaluation';
import type { MentionKind } from '../../pipeline/types';
import { Modal } from '../share/Modal';
import { useCopy } from '../share/useCopy';
import { useMethodT } from './useMethodT';
import './method.css';

export interface LetterRef {
  title: string;
  kamerstuk: string | null;
  date?: string | null;
}

interface Props {
  letter: LetterRef;
  /** Where data/ is, as for the other data files. */
  base: string;
  onClose(): void;
  fetcher?: (url: string) => Promise<Response>;
}

/** The official publication of the letter (Kamerstuk 36 800 V, nr. 103). */
export const OFFICIAL_URL = 'https://zoek.officielebekendmakingen.nl/kst-36800-V-103.html';
const KINDS: MentionKind[] = ['country', 'demonym', 'abbreviation', 'city', 'territory', 'region', 'organisation'];
type Evaluation = Pick<EvalFile, 'gold' | 'measured' | 'overall' | 'misses' | 'falseHits'>;

/** "Hoe is deze kaart gemaakt?": the method and its measured accuracy, from eval.json. */
export function MethodDialog({ letter, base, onClose, fetcher = (u) => fetch(u) }: Props) {
  const t = useMethodT();
  const titleId = useId();
  const [evaluation, setEvaluation] = useState<Evaluation | 'failed' | null>(null);
  const { copy, state } = useCopy();
  // The default fetcher is a new function each render; fetch once per base, with the latest one.
  const fetchLatest = useEffectEvent((url: string) => fetcher(url));
  useEffect(() => {
    let live = true;
    fetchLatest(`${base}data/eval.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Evaluation>) : Promise.reject(new Error(String(r.status)))))
      .then((e) => live && setEvaluation(e), () => live && setEvaluation('failed'));
    return () => {
      live = false;
    };
  }, [base]);
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
  const report = t('reportText', { url: location.href });

  return (
    <Modal titleId={titleId} title={t('title')} onClose={onClose} className="method">
      <div className="method-body">
        <section>
          <h3>{t('sourceHeading')}</h3>
          <p>{t('source', { title: letter.title, kamerstuk: letter.kamerstuk ?? '', date: letter.date ?? '' })}</p>
          <p>
            <a href={OFFICIAL_URL} target="_blank" rel="noopener">
              {t('official')}
            </a>
          </p>
        </section>
        <section>
          <h3>{t('mentionHeading')}</h3>
          <p>{t('mentionIntro')}</p>
          <ul>
            {KINDS.map((k) => (
              <li key={k}>{t(`kinds.${k}`)}</li>
            ))}
          </ul>
          <p>{t('directVia')}</p>
        </section>
        <section>
          <h3>{t('themesHeading')}</h3>
          <p>{t('themesIntro')}</p>
          <ul>
            <li>{t('themeSection')}</li>
            <li>{t('themeKeyword')}</li>
          </ul>
        </section>
        <section>
          <h3>{t('bordersHeading')}</h3>
          <p>{t('borders')}</p>
        </section>
        <section>
          <h3>{t('accuracyHeading')}</h3>
          {evaluation === null && <p>{t('loading')}</p>}
          {evaluation === 'failed' && <p role="alert">{t('loadFailed')}</p>}
          {evaluation && evaluation !== 'failed' && (
            <>
              <p>{t('accuracyIntro', { count: evaluation.gold, date: evaluation.measured })}</p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('level')}</th>
                    <th scope="col">{t('precision')}</th>
                    <th scope="col">{t('recall')}</th>
                    <th scope="col">{t('f1')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(['mention', 'country'] as const).map((level) => (
                    <tr key={level}>
                      <th scope="row">{t(level === 'mention' ? 'mentionLevel' : 'countryLevel')}</th>
                      <td>{pct(evaluation.overall[level].precision)}</td>
                      <td>{pct(evaluation.overall[level].recall)}</td>
                      <td>{pct(evaluation.overall[level].f1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="hint">{t('precisionHelp')}</p>
              <h4>{t('missesHeading')}</h4>
              <ul>
                {evaluation.misses.map((m) => (
                  <li key={`${m.document}${m.unit}${m.surface}`}>
                    “{m.surface}” ({m.document}, {m.unit}): {m.reason}
                  </li>
                ))}
              </ul>
              <h4>{t('falseHitsHeading')}</h4>
              <ul>
                {evaluation.falseHits.map((m) => (
                  <li key={`${m.document}${m.unit}${m.surface}`}>
                    “{m.surface}” ({m.document}, {m.unit}): {m.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section>
          <h3>{t('notShownHeading')}</h3>
          <p>{t('notShown')}</p>
        </section>
        <section>
          <h3>{t('reportHeading')}</h3>
          <p>{t('report')}</p>
          <label className="method-report">
            {t('reportLabel')}
            <textarea readOnly rows={5} value={report} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" className="tool-button" onClick={() => void copy(report)}>
            {state.status === 'copied' ? t('copied') : t('copy')}
          </button>
        </section>
      </div>
    </Modal>
  );
}
