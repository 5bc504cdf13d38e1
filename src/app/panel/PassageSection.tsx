import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  total: number;
  shown: number;
  headingId: string;
  children: ReactNode;
}

export function PassageSection({ total, shown, headingId, children }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('panel.passages')} ({shown})
      </h3>
      {shown < total && (
        <p className="note">{shown === 0 ? t('panel.noPassagesForFilter') : t('panel.filterNote', { shown, total })}</p>
      )}
      {children}
    </section>
  );
}
