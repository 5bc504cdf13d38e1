import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../pipeline/types';
import en from './locales/en';
import nl from './locales/nl';

/** A fresh instance per app (and per test), so language changes never leak between them. */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    resources: { nl: { translation: nl }, en: { translation: en } },
    // React escapes text itself; escaping here would double-encode names like "Bosnië & …".
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
