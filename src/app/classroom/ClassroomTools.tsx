import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAtlas } from '../store/context';
import './tools.css';

/** Header entry points: start the presentation, open the letter beside the map. */
export function ClassroomTools() {
  const { t } = useTranslation();
  const { read } = useAtlas(useShallow((s) => ({ read: s.read })));
  const setPresent = useAtlas((s) => s.setPresent);
  const setRead = useAtlas((s) => s.setRead);
  return (
    <div role="group" aria-label={t('classroom.tools')} className="segmented classroom-tools">
      <button type="button" aria-pressed={read} onClick={() => setRead(!read)}>
        {t('classroom.read')}
      </button>
      <button type="button" onClick={() => setPresent(1)}>
        {t('classroom.present')}
      </button>
    </div>
  );
}
