import './letters.css';
import { useTranslation } from 'react-i18next';
import type { LetterDocument } from '../../pipeline/types';
import { byNewest } from '../data/model';
import { useAtlas } from '../store/context';

/** Which letter the map shows; only rendered when there is more than one. Newest first. */
export function LetterSwitch({ letters, shown, newest }: { letters: readonly LetterDocument[]; shown: string; newest: string }) {
  const { t, i18n } = useTranslation();
  const setLetter = useAtlas((s) => s.setLetter);
  const date = (d: string | null) => (d ? new Date(`${d}T12:00:00`).toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' }) : '');
  const sorted = [...letters].sort(byNewest);
  return (
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
  );
}
