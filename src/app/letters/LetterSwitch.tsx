import './letters.css';
import { useTranslation } from 'react-i18next';
import type { LetterEntry } from '../../pipeline/types';
import { newestFirst } from '../data/model';
import { useAtlas } from '../store/context';

interface Props {
  letters: readonly LetterEntry[];
  shown: string;
  newest: string;
  /** The letter chosen is still being fetched, or could not be (then with a retry); the one before stays on screen. */
  waiting: { failed: boolean; retry(): void } | null;
}

/** Which letter the map shows; only rendered when there is more than one. Newest first. */
export function LetterSwitch({ letters, shown, newest, waiting }: Props) {
  const { t, i18n } = useTranslation();
  const setLetter = useAtlas((s) => s.setLetter);
  const setCompare = useAtlas((s) => s.setCompare);
  const comparing = useAtlas((s) => s.compare !== null);
  const date = (d: string | null) => (d ? new Date(`${d}T12:00:00`).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' }) : '');
  const sorted = [...letters].sort(newestFirst);
  // The letter shown against the one before it (or, for the oldest, the one after): older first.
  const at = sorted.findIndex((d) => d.id === shown);
  const other = sorted[at + 1] ?? sorted[at - 1];
  const pair = other && (sorted.indexOf(other) > at ? ([other.id, shown] as const) : ([shown, other.id] as const));
  return (
    <span className="letter-tools">
      <label className="letter-switch">
        <span>{t('letters.label')}</span>
        <select value={shown} onChange={(e) => setLetter(e.target.value === newest ? null : e.target.value)}>
          {sorted.map((d) => (
            <option key={d.id} value={d.id}>
              {d.date ? t('letters.option', { title: d.title, date: date(d.date) }) : d.title}
            </option>
          ))}
        </select>
      </label>
      {/* In the place of "Vergelijk", so the header keeps its size while a letter comes in. */}
      {waiting &&
        (waiting.failed ? (
          <span className="letter-state" role="alert">
            <span aria-hidden="true">⚠ </span>
            <span className="visually-hidden">{t('letters.failed')} </span>
            <button type="button" className="letter-retry" onClick={waiting.retry}>
              {t('load.retry')}
            </button>
          </span>
        ) : (
          <span className="letter-state" role="status">
            {t('panel.loading')}
          </span>
        ))}
      {pair && !comparing && !waiting && (
        <button type="button" className="letter-compare" onClick={() => setCompare(pair)}>
          {t('letters.compare')}
        </button>
      )}
    </span>
  );
}
