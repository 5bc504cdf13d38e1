import { useTranslation } from 'react-i18next';

export function ViewToggle({ list, onChange }: { list: boolean; onChange(list: boolean): void }) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('view.label')} className="segmented">
      <button type="button" aria-pressed={!list} onClick={() => onChange(false)}>
        {t('view.map')}
      </button>
      <button type="button" aria-pressed={list} onClick={() => onChange(true)}>
        {t('view.list')}
      </button>
    </div>
  );
}
