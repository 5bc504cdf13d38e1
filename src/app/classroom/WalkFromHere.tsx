import { useTranslation } from 'react-i18next';
import type { AtlasModel, PassageEntry } from '../data/model';
import { useWalkTo } from './useWalk';
import './tools.css';

/** Starts the letter walk at this passage. The passage id is in the name: many of these sit in one panel. */
export function WalkFromHere({ model, entry }: { model: AtlasModel; entry: PassageEntry }) {
  const { t } = useTranslation();
  const go = useWalkTo(model);
  return (
    <button type="button" className="link-button walk-start" aria-label={`${t('walk.start')} (${entry.passage.id})`} onClick={() => go(entry)}>
      {t('walk.start')}
    </button>
  );
}
