import { useLayoutEffect } from 'react';
import type { i18n } from 'i18next';
import type { Lang } from '../../pipeline/types';

/** The store decides the language; i18next, <html lang> and the title follow. */
export function useLanguage(instance: i18n, lang: Lang) {
  useLayoutEffect(() => {
    if (instance.language !== lang) void instance.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.title = `${instance.t('app.title')} · ${instance.t('app.subtitle')}`;
  }, [instance, lang]);
}
