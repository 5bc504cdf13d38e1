import './letters.css';
import { useTranslation } from 'react-i18next';
import type { LetterDocument } from '../../pipeline/types';
import { byNewest } from '../data/model';
import { useAtlas } from '../store/context';

/** Which letter the map shows; only rendered when there is more than one. Newest first. */
export function LetterSwitch({ letters, shown, newest }: { letters: readonly LetterDocument[]; shown: string; newest: string }) {
  const { t, i18n } = useTranslation();
  const setLetter = useAtlas((s) => s.setLetter);
  const setCompare = useAtlas((s) => s.setCompare);
  const comparing = useAtlas((s) => s.compare !== null);
  const date = (d: string | null) => (d ? new Date(`${d}T12:00:00`).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' }) : '');
  const sorted = [...letters].sort(byNewest);
  // The letter shown against the one before it (or, for the oldest, the one after): older first.
  const at = sorted.findIndex((d) => d.meta.id === shown);
  const other = sorted[at + 1] ?? sorted[at - 1];
  const pair = other && (sorted.indexOf(other) > at ? ([other.meta.id, shown] as const) : ([shown, other.meta.id] as const));
  return (
    <span className="letter-tools">
      <label className="letter-switch">
        <span>{t('letters.label')}</span>
        <select value={shown} onChange={(e) => setLetter(e.target.value === newest ? null : e.target.value)}>
          {sorted.map((d) => (
            <option key={d.meta.id} value={d.meta.id}>
              {d.meta.date ? t('letters.option', { title: d.meta.title, date: date(d.meta.date) }) : d.meta.title}
            </option>
          ))}
        </select>
      </label>
      {pair && !comparing && (
        <button type="button" className="letter-compare" onClick={() => setCompare(pair)}>
          {t('letters.compare')}
        </button>
      )}
    </span>
  );
}
