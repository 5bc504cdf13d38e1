import './compareClass.css';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../pipeline/types';
import { formatRate, type CountryChange } from './compare';
import { CLASS_COLOURS } from './comparePaint';

/** One place's change in words, beside its colour on the map: "Verandering: vaker, van 0,36 naar 0,71 per 1.000 woorden". */
export function CompareVerdict({ change, lang, className }: { change: Omit<CountryChange, 'iso2'>; lang: Lang; className: string }) {
  const { t } = useTranslation();
  return (
    <p className={className}>
      <span className="swatch compare-swatch" style={{ background: CLASS_COLOURS[change.class] }} aria-hidden="true" />
      <span>{t('compare.verdict', { change: t(`compare.${change.class}`), from: formatRate(lang, change.fromRate), to: formatRate(lang, change.toRate) })}</span>
    </p>
  );
}
