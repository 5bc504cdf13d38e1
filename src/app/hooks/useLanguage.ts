import { useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import type { Lang } from '../../pipeline/types';
import { hasLanguage, loadLanguage } from '../../i18n/i18n';
import { useAtlas } from '../store/context';

/**
 * The store decides the language; i18next, <html lang> and the title follow. A language
 * whose messages are not in yet (e.g. back/forward to an English URL) is loaded first:
 * the page keeps its current language until then, it never shows raw keys.
 */
export function useLanguage(instance: i18n, lang: Lang) {
  useLayoutEffect(() => {
    let live = true;
    const apply = () => {
      if (!live) return;
      if (instance.language !== lang) void instance.changeLanguage(lang);
      document.documentElement.lang = lang;
      document.title = `${instance.t('app.title')} · ${instance.t('app.subtitle')}`;
    };
    if (hasLanguage(instance, lang)) apply();
    else void loadLanguage(instance, lang).then(apply, () => {});
    return () => {
      live = false;
    };
  }, [instance, lang]);
}

/**
 * For the language switch: `change` sets the language once its messages are loaded (at
 * once if they are), so the switch never shows half-translated text; `prefetch` starts
 * that load on hover or focus. The last choice wins if an earlier load is still running.
 */
export function useLanguageSwitch() {
  const { i18n: instance } = useTranslation();
  const setLang = useAtlas((s) => s.setLang);
  const wanted = useRef<Lang | null>(null);
  const change = useCallback(
    (lang: Lang) => {
      wanted.current = lang;
      if (hasLanguage(instance, lang)) return setLang(lang);
      void loadLanguage(instance, lang).then(
        () => wanted.current === lang && setLang(lang),
        () => {},
      );
    },
    [instance, setLang],
  );
  const prefetch = useCallback((lang: Lang) => void loadLanguage(instance, lang).catch(() => {}), [instance]);
  return { change, prefetch };
}
