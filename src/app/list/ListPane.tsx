import { useMemo } from 'react';
import type { Lang } from '../../pipeline/types';
import type { AtlasModel } from '../data/model';
import { ListView } from './ListView';
import { buildRows, type ListRow } from './rows';

interface Props {
  model: AtlasModel;
  themes: readonly string[];
  lang: Lang;
  selectedId: string | null;
  onSelect(row: ListRow): void;
}

/** The list with its rows: one chunk, loaded when the list is first shown (most visits never do). */
export function ListPane({ model, themes, lang, selectedId, onSelect }: Props) {
  const rows = useMemo(() => buildRows(model, themes, lang), [model, themes, lang]);
  return <ListView rows={rows} lang={lang} selectedId={selectedId} onSelect={onSelect} />;
}
