import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  total: number;
  shown: number;
  headingId: string;
  level?: 3 | 4;
  children: ReactNode;
}

export function PassageSection({ total, shown, headingId, level = 3, children }: Props) {
  const Heading = `h${level}` as const;
  const { t } = useTranslation();
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>
        {t('panel.passages')} ({shown})
      </Heading>
      {shown < total && (
        <p className="note">{shown === 0 ? t('panel.noPassagesForFilter') : t('panel.filterNote', { shown, total })}</p>
      )}
      {children}
    </section>
  );
}
